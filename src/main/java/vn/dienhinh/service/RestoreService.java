package vn.dienhinh.service;

import static vn.dienhinh.service.BackupService.BEFORE_RESTORE;
import static vn.dienhinh.service.BackupService.STAMP;
import static vn.dienhinh.service.BackupService.folderOf;
import static vn.dienhinh.service.BackupService.stem;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dienhinh.model.DatabaseReport;
import vn.dienhinh.store.BackupArchive;
import vn.dienhinh.store.BackupDisk;
import vn.dienhinh.store.Database;
import vn.dienhinh.store.Maintenance;
import vn.dienhinh.util.UserException;

/**
 * Restoring a backup over the registry's file: reads a compressed one directly, checks what it reads, keeps the database
 * it replaces as a backup too, and never touches a file a program has open (it takes the database's lock).
 * It works on the closed file, so no context holds it: the CLI calls it before opening one, the application
 * after closing its own ({@code Startup.restore}).
 */
public final class RestoreService {

    private static final Logger LOG = Logger.getLogger(RestoreService.class.getName());

    private RestoreService() {
    }

    /**
     * Replaces the (closed) database {@code db} with the backup: reads it into a copy beside the
     * database (a compressed one is read directly, every byte checked against its CRC-32; a bare file is checked
     * first, then copied), opens the copy as the program will (migrating it) and checks it, keeps the
     * current database as {@code backups/…-truoc-khoi-phuc-….db}, then moves the copy into place.
     * Returns the kept copy (null when there was no database). Whatever goes wrong, the database is
     * left as it was.
     *
     * @throws UserException when the backup is not a sound Điển Hình database, the disk has no room
     *                       for it, or the database is open
     */
    public static Path restore(Path db, Path backup, Clock clock) {
        return restore(db, backup, clock, BackupDisk.REAL);
    }

    /** {@link #restore(Path, Path, Clock)} writing through {@code disk}. */
    public static Path restore(Path db, Path backup, Clock clock, BackupDisk disk) {
        Path target = db.toAbsolutePath().normalize();
        boolean compressed = Files.isRegularFile(backup) && BackupArchive.isCompressed(backup);
        if (!compressed) {
            DatabaseReport report = Maintenance.inspect(backup);
            if (!report.sound()) {
                throw new UserException("backup.notUsable." + report.state().name(), backup);
            }
        }
        try (vn.dienhinh.store.DatabaseLock lock = Database.lock(target)) {
            Path copy = target.resolveSibling("." + target.getFileName() + ".restore.tmp");
            try {
                if (compressed) {
                    extract(backup, copy, disk);
                } else {
                    Files.copy(backup, copy, StandardCopyOption.REPLACE_EXISTING);
                }
                probe(copy, backup, !compressed);
                Path kept = keepCurrent(target, clock);
                for (String suffix : List.of("-wal", "-shm", "-journal")) {
                    // a log left by the replaced file must never be applied to the restored one
                    Files.deleteIfExists(target.resolveSibling(target.getFileName() + suffix));
                }
                force(copy);
                try {
                    Files.move(copy, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(copy, target, StandardCopyOption.REPLACE_EXISTING);
                }
                return kept;
            } catch (IOException e) {
                if (BackupDisk.isDiskFull(e)) {
                    throw new UserException(e, "backup.restoreDiskFull", backup, target.getParent());
                }
                throw new UserException(e, "backup.restoreFailed", target, String.valueOf(e.getMessage()));
            } finally {
                deleteQuietly(copy);
                deleteQuietly(copy.resolveSibling(copy.getFileName() + ".lock"));
                for (String suffix : List.of("-wal", "-shm")) {
                    deleteQuietly(copy.resolveSibling(copy.getFileName() + suffix));
                }
            }
        }
    }

    /**
     * Reads a compressed backup's database into {@code copy}, every byte checked against its CRC-32; refused, with
     * nothing written, when the disk has no room for it. A backup the program wrote needs no second check: its
     * description is written only after its snapshot passed the program's check, and the bytes read match that
     * snapshot's size and CRC-32. One made by hand has its database checked in full here.
     */
    private static void extract(Path backup, Path copy, BackupDisk disk) throws IOException {
        BackupArchive.Manifest m;
        try {
            m = BackupArchive.describe(backup);
        } catch (IOException e) {
            throw new UserException(e, "backup.notUsable.DAMAGED", backup);
        }
        long needed = m == null ? 0 : m.size() + (1 << 20);
        if (needed > 0 && disk.usableSpace(copy.getParent()) < needed) {
            throw new UserException("backup.restoreDiskFull", backup, copy.getParent());
        }
        try {
            BackupArchive.extract(backup, copy, disk);
        } catch (java.util.zip.ZipException e) {
            LOG.log(Level.WARNING, "backup " + backup + " does not read back", e);
            // a zip without a database in it (a workbook, an archive of documents) is no backup at all
            throw new UserException(e, e instanceof BackupArchive.Damaged d && d.notDatabase()
                    ? "backup.notUsable.NOT_SQLITE" : "backup.notUsable.DAMAGED", backup);
        }
        if (m == null) {
            // made by hand: nothing says what its database passed; checked in full
            DatabaseReport r = Maintenance.check(copy, true);
            if (!r.sound()) {
                throw new UserException("backup.notUsable." + r.state().name(), backup);
            }
        }
    }

    /**
     * Opens the copy as the program will (refusing a newer version, migrating an older one); a bare
     * file is checked in full once more. A compressed backup's database was matched byte for byte against the CRC-32
     * of a checked snapshot, or checked in full when nothing describes it ({@link #extract}).
     */
    private static void probe(Path copy, Path backup, boolean full) {
        try (Database probe = Database.open(copy)) {
            if (full && !new Maintenance(probe).integrityCheck().isEmpty()) {
                throw new UserException("backup.notUsable.DAMAGED", backup);
            }
        } catch (UserException e) {
            if (e.key().startsWith("backup.")) {
                throw e;
            }
            throw new UserException(e, "backup.cannotOpen", backup, e.getMessage());
        }
    }

    /**
     * Keeps the database a restore replaces in the backups folder: a second name for the same file
     * (a hard link: no copy, no room needed) where the disk allows, else a copy.
     */
    private static Path keepCurrent(Path db, Clock clock) throws IOException {
        if (!Files.exists(db) || Files.size(db) == 0) {
            return null;
        }
        Path dir = folderOf(db);
        Files.createDirectories(dir);
        Path kept = dir.resolve(stem(db) + BEFORE_RESTORE + STAMP.format(LocalDateTime.now(clock)) + ".db");
        for (int i = 2; Files.exists(kept); i++) {
            kept = dir.resolve(stem(db) + BEFORE_RESTORE + STAMP.format(LocalDateTime.now(clock)) + "-" + i + ".db");
        }
        try {
            Files.createLink(kept, db);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(db, kept);
        }
        Path wal = db.resolveSibling(db.getFileName() + "-wal");
        if (Files.exists(wal)) {
            // a crash left changes in the log: keep them with the copy (SQLite reads them beside it)
            Files.copy(wal, kept.resolveSibling(kept.getFileName() + "-wal"));
        }
        return kept;
    }

    private static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot delete " + p, e);
        }
    }
}
