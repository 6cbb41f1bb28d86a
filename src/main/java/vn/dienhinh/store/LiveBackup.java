package vn.dienhinh.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import vn.dienhinh.model.DatabaseReport;

/**
 * A {@code .db.zst} of the database file itself, with no snapshot copied first. After a checkpoint
 * that empties the log ({@code wal_checkpoint(TRUNCATE)}), a read transaction begun while the log is
 * still empty reads the database file alone, and while it lasts no checkpoint may write into that
 * file (SQLite's read mark 0): the file is then one consistent state, read page by page and compressed
 * while the same transaction checks that same state table by table ({@link Maintenance.Check#TABLES}).
 * The file is read through the one channel {@link Database#fileReader} keeps open. The program's writes
 * meanwhile wait in the log.
 */
final class LiveBackup {

    private static final Logger LOG = Logger.getLogger(LiveBackup.class.getName());

    private LiveBackup() {
    }

    /**
     * Writes {@code packed} from the file as it holds still, its description from {@code maintenance},
     * the blocks unchanged since {@code base} (an earlier {@code .db.zst}, or null) copied from it.
     * Returns null when a write came in between every time (a few tries): the caller then takes a snapshot.
     */
    static BackupArchive.Manifest pack(Maintenance maintenance, Database db, String entry, Path packed, BackupDisk disk,
                                       Path base) throws IOException {
        FileChannel file = db.fileReader();
        Path wal = db.file().resolveSibling(db.file().getFileName() + "-wal");
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                BackupArchive.Manifest m = db.read(c -> {
                    // a reader of an older state keeps the log from emptying: wait for it a moment, not the usual 10 s
                    execute(c, "PRAGMA busy_timeout = 250");
                    try {
                        execute(c, "PRAGMA wal_checkpoint(TRUNCATE)");
                    } finally {
                        execute(c, "PRAGMA busy_timeout = " + Database.BUSY_TIMEOUT_MS);
                    }
                    // a read, not the program's usual BEGIN IMMEDIATE: the program's writes go on meanwhile
                    execute(c, "BEGIN DEFERRED");
                    try {
                        if (!readsTheFileAlone(c, wal)) {
                            return null;
                        }
                        int pageSize = (int) Sql.count(c, "PRAGMA page_size");
                        long length = Sql.count(c, "PRAGMA page_count") * pageSize;
                        java.util.concurrent.CompletableFuture<DatabaseReport> checked =
                                new java.util.concurrent.CompletableFuture<>();
                        java.util.concurrent.CompletableFuture<BackupArchive.Manifest> packing =
                                java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                                    try {
                                        ZstdBackup.Written w = ZstdBackup.write(file, length, pageSize, entry, packed,
                                                disk, (name, size, crc) -> maintenance.manifest(checked.join(), name, size, crc),
                                                base);
                                        LOG.fine(() -> w.copied() + " of " + w.frames() + " frames copied from " + base);
                                        return w.manifest();
                                    } catch (IOException e) {
                                        throw new java.io.UncheckedIOException(e);
                                    }
                                }, r -> {
                                    Thread t = new Thread(r, "sao-luu");
                                    t.setDaemon(true);
                                    t.start();
                                });
                        try {
                            checked.complete(Maintenance.report(c, db.file(), Maintenance.Check.TABLES,
                                    left -> beside(db, wal, left)));
                        } catch (SQLException | RuntimeException e) {
                            checked.completeExceptionally(e);
                        }
                        try {
                            return packing.join();
                        } catch (java.util.concurrent.CompletionException e) {
                            Throwable cause = e.getCause() instanceof java.io.UncheckedIOException u ? u.getCause() : e.getCause();
                            throw new java.util.concurrent.CompletionException(cause);
                        }
                    } finally {
                        execute(c, "ROLLBACK");
                    }
                });
                if (m != null) {
                    return m;
                }
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
            try {
                Thread.sleep(20L << attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("backup interrupted");
            }
        }
        LOG.info("the database file did not hold still for a backup; taking a snapshot");
        return null;
    }

    /**
     * Checks tables taken from {@code left} on a second connection, in a thread of its own, when that
     * connection reads the same state: the log still empty once its read has begun (no write has come in
     * since the first began, and none can be emptied into the file while the first reads). Else it checks
     * none, and the first connection checks them all.
     */
    private static java.util.concurrent.Future<java.util.List<String>> beside(Database db, Path wal,
                                                                            java.util.Queue<String> left) {
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> db.read(c -> {
            execute(c, "BEGIN DEFERRED");
            try {
                return readsTheFileAlone(c, wal) ? TableCheck.check(c, left) : java.util.List.<String>of();
            } finally {
                execute(c, "ROLLBACK");
            }
        }), r -> {
            Thread t = new Thread(r, "sao-luu-kiem-tra");
            t.setDaemon(true);
            t.start();
        });
    }

    /**
     * Begins the read of the transaction open on {@code c} and tells whether it reads the database file alone:
     * the log empty once the read has begun (no checkpoint may then write into the file until it ends), or no
     * log at all (the read then keeps every write out until it ends).
     */
    private static boolean readsTheFileAlone(Connection c, Path wal) throws SQLException {
        Sql.count(c, "SELECT count(*) FROM sqlite_master"); // the read begins here
        boolean logged = "wal".equalsIgnoreCase(Sql.one(c, "PRAGMA journal_mode", rs -> rs.getString(1)));
        return !logged || logSize(wal) == 0;
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (java.sql.Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static long logSize(Path wal) throws SQLException {
        try {
            return Files.size(wal);
        } catch (java.nio.file.NoSuchFileException e) {
            return 0;
        } catch (IOException e) {
            throw new SQLException("cannot read the size of " + wal, e);
        }
    }
}
