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
     * Writes a consistent backup of the database to {@code target}, a zip ({@link BackupArchive}) unless
     * its name ends in {@code .db} (then the bare snapshot). The snapshot is taken with {@code VACUUM INTO}
     * (one read of one state of the file, while the program goes on) into a temporary file beside the
     * target; it is checked ({@code PRAGMA quick_check}, while it is compressed), the zip is read back
     * whole against its CRC-32, and only then moved into place. Nothing is written before the disk is
     * known to have room for the snapshot and the zip; a disk that fills up meanwhile, like any other
     * failure, leaves no file behind, and the database and the backups already there as they were.
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
        Path file = target.toAbsolutePath().normalize();
        boolean zip = !file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".db");
        String random = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
        Path snapshot = file.resolveSibling("." + file.getFileName() + "." + random + ".snapshot.tmp");
        Path packed = file.resolveSibling("." + file.getFileName() + "." + random + ".tmp");
        long needed = roomNeeded(zip);
        try {
            Files.createDirectories(file.getParent());
            long free = disk.usableSpace(file.getParent());
            if (free < needed) {
                throw new UserException("backup.noRoom", file, sizeText(free), sizeText(needed));
            }
            db.read(c -> Sql.update(c, "VACUUM INTO ?", snapshot.toString()));
            DatabaseReport report;
            if (zip) {
                java.util.concurrent.CompletableFuture<DatabaseReport> check =
                        java.util.concurrent.CompletableFuture.supplyAsync(() -> check(snapshot, false));
                String entry = databaseEntry(db.file());
                BackupArchive.Manifest m = BackupArchive.write(snapshot, entry, packed, disk, (name, size, crc) -> {
                    DatabaseReport r = check.join();
                    if (!r.sound()) {
                        throw new UserException("backup.sourceDamaged", db.file(), String.join("; ", r.damage()));
                    }
                    return new BackupArchive.Manifest(name, size, crc, r.exemplars(), r.units(), r.version(),
                            java.time.LocalDateTime.now().withNano(0).toString());
                });
                try {
                    BackupArchive.verify(packed);
                } catch (IOException e) {
                    throw new UserException(e, "backup.verifyFailed", file, String.valueOf(e.getMessage()));
                }
                report = DatabaseReport.sound(file, m.exemplars(), m.units(), m.version());
            } else {
                DatabaseReport r = check(snapshot, false);
                if (!r.sound()) {
                    throw new UserException("backup.sourceDamaged", db.file(), String.join("; ", r.damage()));
                }
                try (FileChannel ch = FileChannel.open(snapshot, StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
                Files.move(snapshot, packed);
                report = DatabaseReport.sound(file, r.exemplars(), r.units(), r.version());
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

    /**
     * Room a backup needs: the snapshot (the size of the database with its log), and for a zip the zip
     * too (at most half of it), with a margin.
     */
    long roomNeeded(boolean zip) {
        long size = 0;
        for (Path p : List.of(db.file(), db.file().resolveSibling(db.file().getFileName() + "-wal"))) {
            try {
                size += Files.size(p);
            } catch (IOException e) {
                // no log
            }
        }
        return size + (zip ? size / 2 : 0) + (1 << 20);
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
        if (Files.isRegularFile(abs) && BackupArchive.isZip(abs)) {
            return inspectZip(abs);
        }
        return check(abs, true);
    }

    /**
     * A zip backup is sound when every byte of its database matches the CRC-32 written with it: those
     * are the bytes that passed the check when it was made. A zip made by hand, without the program's
     * description, has its database taken out into a temporary file and checked in full.
     */
    private static DatabaseReport inspectZip(Path zip) {
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
            LOG.log(Level.INFO, "damaged zip backup " + zip, e);
            String m = String.valueOf(e.getMessage());
            // a zip without a database in it (a workbook, an archive of documents) is no backup at all
            return m.contains("no database") || m.contains("not an SQLite") ? DatabaseReport.notSqlite(zip)
                    : DatabaseReport.damaged(zip, List.of(m));
        } catch (IOException e) {
            LOG.log(Level.INFO, "cannot read zip backup " + zip, e);
            return DatabaseReport.damaged(zip, List.of(String.valueOf(e.getMessage())));
        }
    }

    /** Looks at a closed database file: {@code full}, the integrity check, else the quick check. */
    public static DatabaseReport check(Path file, boolean full) {
        Path abs = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(abs) || !startsWithMagic(abs)) {
            return DatabaseReport.notSqlite(abs);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + abs, config.toProperties())) {
            List<String> tables = Sql.list(c, "SELECT name FROM sqlite_master WHERE type = 'table'", rs -> rs.getString(1));
            if (!tables.containsAll(OUR_TABLES)) {
                return DatabaseReport.notOurs(abs);
            }
            List<String> damage = damage(c, full ? "PRAGMA integrity_check" : "PRAGMA quick_check");
            if (!damage.isEmpty()) {
                return DatabaseReport.damaged(abs, damage);
            }
            // the highest: a step added between released ones is applied after them (9 after 12)
            String version = Sql.one(c, "SELECT version FROM flyway_schema_history WHERE success = 1 "
                    + "AND version IS NOT NULL ORDER BY CAST(version AS INTEGER) DESC LIMIT 1", rs -> rs.getString(1));
            return DatabaseReport.sound(abs, Sql.count(c, "SELECT count(*) FROM exemplar"),
                    Sql.count(c, "SELECT count(*) FROM unit"), version);
        } catch (SQLException e) {
            LOG.log(Level.INFO, "cannot inspect " + abs, e);
            String m = String.valueOf(e.getMessage());
            if (m.contains("NOTADB") || m.contains("not a database")) {
                return DatabaseReport.notSqlite(abs);
            }
            return DatabaseReport.damaged(abs, List.of(m));
        }
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
