package vn.dienhinh.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import vn.dienhinh.util.UserException;

/**
 * The SQLite file: refuses a second instance, refuses a file that is not ours or is newer than
 * this program, migrates with Flyway, and lends configured connections (WAL, foreign keys, busy
 * timeout) from a small pool.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int POOL = 4;
    /**
     * Every schema version this program has, in order (db/migration/V*.sql and the Java ones). A
     * database that has exactly these applied opens without Flyway, whose start costs more than half a
     * second; any other goes through Flyway (new steps, a failed step, a newer program's steps).
     * {@code DatabaseTest} checks the list against the migrations on disk.
     */
    static final List<String> VERSIONS = List.of("1", "2", "3", "4", "5", "6", "7", "8", "11", "12");

    private final Path file;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final SQLiteDataSource dataSource;
    private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(POOL);
    private volatile boolean closed;

    private Database(Path file, FileChannel lockChannel, FileLock lock, SQLiteDataSource dataSource) {
        this.file = file;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.dataSource = dataSource;
    }

    /** Opens (creating if needed) and migrates the database at {@code file}. */
    public static Database open(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        checkIsSqlite(abs);
        try {
            if (abs.getParent() != null) {
                Files.createDirectories(abs.getParent());
            }
        } catch (IOException e) {
            throw new UserException(e, "db.cannotCreate", abs);
        }
        Lock held = lock(abs);
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setEncoding(SQLiteConfig.Encoding.UTF8);
        // 32 MB of page cache per connection (SQLite's default is 2 MB): an import or a long report
        // over a large registry touches more index pages than that, and would read them over and again
        config.setCacheSize(-32_000);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + abs);
        Database db = new Database(abs, held.channel, held.lock, ds);
        try {
            db.checkReadable();
            db.migrate();
            db.recordUser();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    public Path file() {
        return file;
    }

    /**
     * Takes the lock a running Điển Hình holds on the database {@code db}, so files can be replaced
     * (a restore) while no program has it open; refused with {@code db.inUse} when one has.
     */
    public static Lock lock(Path db) {
        Path abs = db.toAbsolutePath().normalize();
        FileChannel channel = null;
        FileLock lock;
        try {
            channel = FileChannel.open(lockFile(abs), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = channel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new UserException("db.inUse", abs);
        }
        return new Lock(channel, lock);
    }

    /** The lock on a database file; close it to let a program open the file. */
    public static final class Lock implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;

        private Lock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        @Override
        public void close() {
            try {
                if (lock.isValid()) {
                    lock.release();
                }
            } catch (IOException e) {
                LOG.log(Level.FINE, "lock release", e);
            }
            closeQuietly(channel);
        }
    }

    static Path lockFile(Path db) {
        return db.resolveSibling(db.getFileName() + ".lock");
    }

    private static void checkIsSqlite(Path abs) {
        if (!Files.exists(abs)) {
            return;
        }
        if (Files.isDirectory(abs)) {
            throw new UserException("db.notSqlite", abs);
        }
        try (InputStream in = Files.newInputStream(abs)) {
            byte[] head = in.readNBytes(SQLITE_MAGIC.length);
            if (head.length == 0) {
                return; // an empty file becomes a new database
            }
            if (!Arrays.equals(head, SQLITE_MAGIC)) {
                throw new UserException("db.notSqlite", abs);
            }
        } catch (IOException e) {
            throw new UserException(e, "db.cannotRead", abs, e.getMessage());
        }
    }

    private void checkReadable() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
            rs.next();
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    private void migrate() {
        if (upToDate()) {
            return;
        }
        Flyway flyway = Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new V7__Search_in_list_order())
                .load();
        // A database written by a newer version has applied steps this program does not know.
        MigrationInfo newer = Arrays.stream(flyway.info().applied())
                .filter(i -> i.getState().name().startsWith("FUTURE"))
                .reduce((a, b) -> b).orElse(null);
        if (newer != null) {
            throw new UserException("db.newer", file, newer.getVersion());
        }
        try {
            flyway.migrate();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "migration failed", e);
            throw new UserException(e, "db.migrationFailed", file, rootMessage(e));
        }
    }

    /**
     * The workstation's user name, which the change-history triggers (V5) write beside every change.
     * Only one program has the file open (the lock), so one row is enough.
     */
    private void recordUser() {
        inTransaction(c -> Sql.update(c, "UPDATE app_session SET user_name = ? WHERE id = 1",
                System.getProperty("user.name")));
    }

    /** True when the database has applied exactly this program's schema versions, all successfully. */
    private boolean upToDate() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                    + "AND name = 'flyway_schema_history'")) {
                if (!rs.next() || rs.getInt(1) == 0) {
                    return false;
                }
            }
            List<String> applied = new java.util.ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT version, success FROM flyway_schema_history "
                    + "WHERE version IS NOT NULL ORDER BY installed_rank")) {
                while (rs.next()) {
                    if (!rs.getBoolean(2)) {
                        return false;
                    }
                    applied.add(rs.getString(1));
                }
            }
            return applied.equals(VERSIONS);
        } catch (SQLException e) {
            return false; // Flyway will say what is wrong
        }
    }

    /** A configured connection; close it to give it back. */
    public Connection connection() throws SQLException {
        if (closed) {
            throw new SQLException("database closed");
        }
        Connection c = idle.poll();
        if (c == null || c.isClosed()) {
            c = dataSource.getConnection();
        }
        return PooledConnection.wrap(c, this::giveBack);
    }

    private void giveBack(Connection c) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            }
            if (closed || !idle.offer(c)) {
                c.close();
            }
        } catch (SQLException e) {
            closeQuietly(c);
        }
    }

    /** Runs {@code work} in one transaction: all of it is written, or none. */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** Runs {@code work} on a connection outside a transaction (reads). */
    public <T> T read(SqlWork<T> work) {
        try (Connection c = connection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** A Vietnamese message for the SQLite failures a user can meet; others keep their text for the log. */
    public UserException translate(SQLException e) {
        String msg = String.valueOf(e.getMessage());
        LOG.log(Level.WARNING, "SQL failure on " + file, e);
        if (msg.contains("SQLITE_NOTADB") || msg.contains("file is not a database")) {
            return new UserException(e, "db.notSqlite", file);
        }
        if (msg.contains("SQLITE_CORRUPT") || msg.contains("malformed")) {
            return new UserException(e, "db.corrupt", file);
        }
        if (msg.contains("SQLITE_BUSY") || msg.contains("SQLITE_LOCKED")) {
            return new UserException(e, "db.busy", file);
        }
        if (msg.contains("SQLITE_FULL") || msg.contains("disk is full")) {
            return new UserException(e, "db.full", file);
        }
        if (msg.contains("SQLITE_READONLY") || msg.contains("SQLITE_CANTOPEN") || msg.contains("SQLITE_IOERR")) {
            return new UserException(e, "db.io", file, msg);
        }
        return new UserException(e, "db.error", msg);
    }

    private static String rootMessage(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null) {
            r = r.getCause();
        }
        return String.valueOf(r.getMessage());
    }

    @Override
    public void close() {
        closed = true;
        Connection c;
        while ((c = idle.poll()) != null) {
            closeQuietly(c);
        }
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "lock release", e);
        }
        closeQuietly(lockChannel);
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            LOG.log(Level.FINE, "close", e);
        }
    }

    /** Work done with a connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }
}
