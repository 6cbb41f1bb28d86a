package vn.dienhinh.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;
import vn.dienhinh.model.DatabaseReport;
import vn.dienhinh.util.UserException;

/**
 * Keeping the file healthy: SQLite's own checks of the open database, a consistent copy of it taken
 * while it is in use ({@code VACUUM INTO}, which reads one snapshot), and a read-only inspection of a
 * closed file (a backup) before it may replace the database.
 */
public final class Maintenance {

    private static final Logger LOG = Logger.getLogger(Maintenance.class.getName());
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** Tables every Điển Hình database has, whatever its version. */
    private static final List<String> OUR_TABLES = List.of("flyway_schema_history", "exemplar", "unit", "field");

    private final Database db;

    public Maintenance(Database db) {
        this.db = db;
    }

    /** {@code PRAGMA quick_check}: the damage found, empty when the file is sound. Fast enough for every start. */
    public List<String> quickCheck() {
        return db.read(c -> damage(c, "PRAGMA quick_check"));
    }

    /** {@code PRAGMA integrity_check} and the foreign keys: every problem found, empty when all is well. */
    public List<String> integrityCheck() {
        return db.read(c -> {
            List<String> out = damage(c, "PRAGMA integrity_check");
            out.addAll(Sql.list(c, "PRAGMA foreign_key_check", rs -> "foreign key: " + rs.getString(1) + " row "
                    + rs.getLong(2) + " → " + rs.getString(3)));
            return out;
        });
    }

    /**
     * Writes a consistent backup of the database to {@code target}: {@code .db.zst} ({@link BackupArchive}),
     * a zip when its name ends in {@code .zip}, the bare snapshot when it ends in {@code .db}. A
     * {@code .db.zst} is read straight from the database file while a read transaction holds it still
     * ({@link LiveBackup}), checked table by table ({@link Check#TABLES}) in that transaction while it is
     * compressed, the blocks unchanged since the previous backup copied from it;
     * when the file cannot be held still, and for the other forms, the snapshot is taken with {@code VACUUM
     * INTO} (one read of one state of the file, while the program goes on) into a temporary file beside the
     * target and checked. The backup is read back (a zip whole against its CRC-32; a {@code .db.zst} frame by
     * frame against the CRC-32C of each, every one matched against its block when it was made), and only then
     * moved into place.
     * Nothing is written before the disk is known to have room for what will be written; a disk that fills
     * up meanwhile, like any other failure, leaves no file behind, and the database and the backups already
     * there as they were.
     *
     * @return what the backup holds
     * @throws UserException {@code backup.noRoom} when the disk has no room beforehand (nothing written),
     *                       {@code backup.diskFull} when it filled up meanwhile, else another
     *                       {@code backup.*} one
     */
    public DatabaseReport backupTo(Path target) {
        return backupTo(target, BackupDisk.REAL);
    }

    /** {@link #backupTo(Path)} through {@code disk}. */
    public DatabaseReport backupTo(Path target, BackupDisk disk) {
        return backupTo(target, disk, null);
    }

    /**
     * {@link #backupTo(Path, BackupDisk)}; a {@code .db.zst} copies the blocks of the file that are as they
     * were in {@code base}, an earlier {@code .db.zst} of this database (null: none), instead of compressing
     * them again.
     */
    public DatabaseReport backupTo(Path target, BackupDisk disk, Path base) {
        Path file = target.toAbsolutePath().normalize();
        String lower = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        Form form = lower.endsWith(".db") ? Form.BARE : lower.endsWith(".zip") ? Form.ZIP : Form.ZSTD;
        String random = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
        Path snapshot = file.resolveSibling("." + file.getFileName() + "." + random + ".snapshot.tmp");
        Path packed = file.resolveSibling("." + file.getFileName() + "." + random + ".tmp");
        long needed = roomNeeded(form, form != Form.ZSTD);
        try {
            Files.createDirectories(file.getParent());
            long free = disk.usableSpace(file.getParent());
            if (free < needed) {
                throw new UserException("backup.noRoom", file, sizeText(free), sizeText(needed));
            }
            String entry = databaseEntry(db.file());
            BackupArchive.Manifest packedLive = form == Form.ZSTD ? LiveBackup.pack(this, db, entry, packed, disk, base) : null;
            if (form == Form.ZSTD && packedLive == null) {
                // the file would not hold still: a snapshot first, which needs its own room
                needed = roomNeeded(form, true);
                free = disk.usableSpace(file.getParent());
                if (free < needed) {
                    throw new UserException("backup.noRoom", file, sizeText(free), sizeText(needed));
                }
            }
            DatabaseReport report;
            if (form == Form.BARE) {
                db.read(c -> Sql.update(c, "VACUUM INTO ?", snapshot.toString()));
                DatabaseReport r = check(snapshot, Check.TABLES);
                if (!r.sound()) {
                    throw new UserException("backup.sourceDamaged", db.file(), String.join("; ", r.damage()));
                }
                try (FileChannel ch = FileChannel.open(snapshot, StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
                Files.move(snapshot, packed);
                report = DatabaseReport.sound(file, r.exemplars(), r.units(), r.version());
            } else {
                BackupArchive.Manifest m = packedLive;
                if (m == null) {
                    db.read(c -> Sql.update(c, "VACUUM INTO ?", snapshot.toString()));
                    java.util.concurrent.CompletableFuture<DatabaseReport> check =
                            java.util.concurrent.CompletableFuture.supplyAsync(() -> check(snapshot, Check.TABLES));
                    BackupArchive.Describer describe = (name, size, crc) -> manifest(check.join(), name, size, crc);
                    if (form == Form.ZIP) {
                        m = BackupArchive.write(snapshot, entry, packed, disk, describe);
                    } else {
                        try (FileChannel ch = FileChannel.open(snapshot, StandardOpenOption.READ)) {
                            m = ZstdBackup.write(ch, ch.size(), 0, entry, packed, disk, describe, base).manifest();
                        }
                    }
                }
                try {
                    if (form == Form.ZIP) {
                        BackupArchive.verify(packed);
                    } else {
                        ZstdBackup.readBack(packed);
                    }
                } catch (IOException e) {
                    throw new UserException(e, "backup.verifyFailed", file, String.valueOf(e.getMessage()));
                }
                report = DatabaseReport.sound(file, m.exemplars(), m.units(), m.version());
            }
            try {
                Files.move(packed, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(packed, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return report;
        } catch (IOException | RuntimeException e) {
            throw failure(e, file, disk, needed);
        } finally {
            for (Path p : List.of(snapshot, packed)) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.log(Level.FINE, "temporary backup left behind", e);
                }
            }
        }
    }

    /** The forms of a backup file. */
    private enum Form { BARE, ZIP, ZSTD }

    /** The description of a snapshot that passed {@code r}'s check; refused when it did not. */
    BackupArchive.Manifest manifest(DatabaseReport r, String name, long size, long crc) {
        if (!r.sound()) {
            throw new UserException("backup.sourceDamaged", db.file(), String.join("; ", r.damage()));
        }
        return new BackupArchive.Manifest(name, size, crc, r.exemplars(), r.units(), r.version(),
                java.time.LocalDateTime.now().withNano(0).toString());
    }

    /**
     * Room a backup needs: the compressed file (at most half the database with its log), or the bare
     * snapshot, with the snapshot itself when one is taken first ({@code snapshot}), and a margin.
     */
    long roomNeeded(Form form, boolean snapshot) {
        long size = 0;
        for (Path p : List.of(db.file(), db.file().resolveSibling(db.file().getFileName() + "-wal"))) {
            try {
                size += Files.size(p);
            } catch (IOException e) {
                // no log
            }
        }
        long written = form == Form.BARE ? 0 : size / 2;
        return written + (snapshot ? size : 0) + (1 << 20);
    }

    /** The failure of a backup as the user is told it: the disk full, or the reason. */
    private static UserException failure(Exception e, Path file, BackupDisk disk, long needed) {
        Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        if (BackupDisk.isDiskFull(cause)) {
            long free;
            try {
                free = disk.usableSpace(file.getParent());
            } catch (IOException x) {
                free = 0;
            }
            return new UserException(cause, "backup.diskFull", file, sizeText(free), sizeText(needed));
        }
        if (cause instanceof UserException u && u.key().startsWith("backup.")) {
            return u;
        }
        LOG.log(Level.WARNING, "backup to " + file + " failed", cause);
        return new UserException(cause, "backup.writeFailed", file, String.valueOf(cause.getMessage()));
    }

    private static String sizeText(long bytes) {
        return vn.dienhinh.util.FileSizes.format(Math.max(0, bytes));
    }

    /** The name of the database inside a zip backup: the database's own name ({@code dienhinh.db}). */
    static String databaseEntry(Path db) {
        String name = db.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".db") ? name : name + ".db";
    }

    /**
     * Looks at a closed database file without changing it: is it SQLite, is it a Điển Hình database,
     * does {@code PRAGMA integrity_check} pass, how many exemplars and units does it hold.
     */
    public static DatabaseReport inspect(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (Files.isRegularFile(abs) && BackupArchive.isCompressed(abs)) {
            return inspectCompressed(abs);
        }
        return check(abs, true);
    }

    /**
     * A compressed backup is sound when every byte of its database matches the CRC-32 written with it:
     * those are the bytes that passed the check when it was made. One made by hand, without the program's
     * description, has its database taken out into a temporary file and checked in full.
     */
    private static DatabaseReport inspectCompressed(Path zip) {
        try {
            BackupArchive.Manifest m = BackupArchive.describe(zip);
            if (m != null) {
                BackupArchive.verify(zip);
                return DatabaseReport.sound(zip, m.exemplars(), m.units(), m.version());
            }
            Path tmp = Files.createTempFile("dienhinh-kiem-tra-", ".db");
            try {
                BackupArchive.extract(zip, tmp, BackupDisk.REAL);
                DatabaseReport r = check(tmp, true);
                return new DatabaseReport(zip, r.state(), r.damage(), r.exemplars(), r.units(), r.version());
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (java.util.zip.ZipException e) {
            LOG.log(Level.INFO, "damaged backup " + zip, e);
            // a zip without a database in it (a workbook, an archive of documents) is no backup at all
            return e instanceof BackupArchive.Damaged d && d.notDatabase() ? DatabaseReport.notSqlite(zip)
                    : DatabaseReport.damaged(zip, List.of(String.valueOf(e.getMessage())));
        } catch (IOException e) {
            LOG.log(Level.INFO, "cannot read backup " + zip, e);
            return DatabaseReport.damaged(zip, List.of(String.valueOf(e.getMessage())));
        }
    }

    /** Looks at a closed database file: {@code full}, the integrity check, else the quick check. */
    public static DatabaseReport check(Path file, boolean full) {
        return check(file, full ? Check.FULL : Check.QUICK);
    }

    /**
     * How much a check reads. A backup's snapshot gets {@link #TABLES}: the program ran the quick check
     * of the whole file when it started, just before the day's backup, and FTS5's own check of its search
     * index there (three quarters of that check's time at 100,000 exemplars) re-derives an index that
     * the program can build again from the registry.
     */
    enum Check {
        /** {@code PRAGMA integrity_check}. */
        FULL,
        /** {@code PRAGMA quick_check}: every b-tree and the file's page accounting, and FTS5's check of its index. */
        QUICK,
        /**
         * {@code PRAGMA quick_check} of every ordinary table with its indexes, FTS5's tables as stored: every
         * b-tree's pages and order, every record's format and NOT NULL columns. Not the file's page accounting
         * (pages used twice or never), nor the CHECK constraints (SQLite enforces them at every write; their
         * expressions are a quarter of this check's time at 100,000): the quick check at every start does both.
         */
        TABLES
    }

    private static DatabaseReport check(Path file, Check how) {
        Path abs = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(abs) || !startsWithMagic(abs)) {
            return DatabaseReport.notSqlite(abs);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + abs, config.toProperties())) {
            return report(c, abs, how);
        } catch (SQLException e) {
            LOG.log(Level.INFO, "cannot inspect " + abs, e);
            String m = String.valueOf(e.getMessage());
            if (m.contains("NOTADB") || m.contains("not a database")) {
                return DatabaseReport.notSqlite(abs);
            }
            return DatabaseReport.damaged(abs, List.of(m));
        }
    }

    /** What the database on {@code c} is: ours or not, checked as {@code how} says, its counts. */
    static DatabaseReport report(Connection c, Path abs, Check how) throws SQLException {
        return report(c, abs, how, null);
    }

    /** {@link #report(Connection, Path, Check)}; for {@link Check#TABLES}, {@code beside} as {@link TableCheck#damage} takes it. */
    static DatabaseReport report(Connection c, Path abs, Check how, TableCheck.Beside beside) throws SQLException {
        List<String> tables = Sql.list(c, "SELECT name FROM sqlite_master WHERE type = 'table'", rs -> rs.getString(1));
        if (!tables.containsAll(OUR_TABLES)) {
            return DatabaseReport.notOurs(abs);
        }
        List<String> damage = new ArrayList<>();
        if (how == Check.TABLES) {
            damage.addAll(TableCheck.damage(c, beside));
        } else {
            damage = damage(c, how == Check.FULL ? "PRAGMA integrity_check" : "PRAGMA quick_check");
        }
        if (!damage.isEmpty()) {
            return DatabaseReport.damaged(abs, damage);
        }
        // the highest: a step added between released ones is applied after them (9 after 12)
        String version = Sql.one(c, "SELECT version FROM flyway_schema_history WHERE success = 1 "
                + "AND version IS NOT NULL ORDER BY CAST(version AS INTEGER) DESC LIMIT 1", rs -> rs.getString(1));
        return DatabaseReport.sound(abs, Sql.count(c, "SELECT count(*) FROM exemplar"),
                Sql.count(c, "SELECT count(*) FROM unit"), version);
    }

    private static boolean startsWithMagic(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_MAGIC.length), SQLITE_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> damage(Connection c, String pragma) throws SQLException {
        List<String> out = new ArrayList<>(Sql.list(c, pragma, rs -> rs.getString(1)));
        out.removeIf("ok"::equalsIgnoreCase);
        return out;
    }
}
