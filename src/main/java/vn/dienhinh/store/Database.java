package vn.dienhinh.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import vn.dienhinh.model.Officer;
import vn.dienhinh.util.UserException;

/**
 * The SQLite file: refuses a second instance, refuses a file that is not ours or is newer than
 * this program, migrates with Flyway, and lends configured connections (WAL, foreign keys, busy
 * timeout) from a small pool.
 */
public final class Database implements AutoCloseable {

    /** What the program tells the server a random page read costs, beside a sequential one (1.0): as for SSD. */
    static final String RANDOM_PAGE_COST = "1.1";


    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    private static final int POOL = 4;
    /**
     * Pages of 16 KB, not SQLite's 4 KB: an exemplar's row is over a kilobyte, and a page ends with
     * the part of a row that did not fit; four times fewer page ends waste four times less.
     */
    static final int PAGE_SIZE = 16_384;
    /**
     * Every schema version this program has, in order (db/migration/V*.sql and the Java ones). A
     * database that has exactly these applied opens without Flyway, whose start costs more than half a
     * second; any other goes through Flyway (new steps, a failed step, a newer program's steps).
     * {@code DatabaseTest} checks the list against the migrations on disk.
     */
    static final List<String> VERSIONS = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "11", "12", "13", "14", "15", "16", "17", "18", "19");

    private final Path file;
    /** The file, or the server and database without user or password, for messages and the log. */
    private final String name;
    private final Dialect dialect;
    /** Whom the history names beside this program's changes when not whom the engine names; null: the engine's. */
    private volatile String historyName;
    /** The file's lock while it is open here; null for a shared registry. */
    private final DatabaseLock lock;
    private final javax.sql.DataSource dataSource;
    private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(POOL);
    private volatile boolean closed;
    /** How long a connection waits for another's lock before it gives up. */
    static final int BUSY_TIMEOUT_MS = 10_000;
    private java.nio.channels.FileChannel reader;
    /** Who is signed in: on a file its one officer (the workstation's user), on a server the login's row of app_user. */
    private volatile Officer officer = Officer.workstation(System.getProperty("user.name"));
    private volatile boolean firstOfficer;

    private Database(Path file, DatabaseLock lock, SQLiteDataSource dataSource) {
        this(file, String.valueOf(file), SqliteDialect.INSTANCE, lock, dataSource);
    }

    private Database(Path file, String name, Dialect dialect, DatabaseLock lock, javax.sql.DataSource dataSource) {
        this.file = file;
        this.name = name;
        this.dialect = dialect;
        this.lock = lock;
        this.dataSource = dataSource;
    }

    /** Opens (creating if needed) and migrates the database at {@code file}. */
    public static Database open(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        SqliteFile.checkIsSqlite(abs);
        try {
            if (abs.getParent() != null) {
                Files.createDirectories(abs.getParent());
            }
        } catch (IOException e) {
            throw new UserException(e, "db.cannotCreate", abs);
        }
        DatabaseLock held = lock(abs);
        try {
            SqliteFile.prepareNew(abs, PAGE_SIZE);
        } catch (RuntimeException e) {
            closeQuietly(held);
            throw e;
        }
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // every transaction is a write's (reads run outside one) and takes the write lock as it begins: a
        // writer that meets another waits its turn (the busy timeout) instead of being refused at its first
        // write because its reading began before the other's commit
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setEncoding(SQLiteConfig.Encoding.UTF8);
        // 32 MB of page cache per connection (SQLite's default is 2 MB): an import or a long report
        // over a large registry touches more index pages than that, and would read them over and again
        config.setCacheSize(-32_000);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + abs);
        Database db = new Database(abs, held, ds);
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

    /**
     * Opens what {@code target} names: a shared registry on a PostgreSQL server
     * ({@code jdbc:postgresql://HOST/DB}, see {@link SharedServer}), else the SQLite file at that path.
     */
    public static Database open(String target) {
        return SharedServer.isServer(target) ? openShared(SharedServer.of(target)) : open(Path.of(target));
    }

    /**
     * As {@link #openShared(SharedServer)}, with the changes named {@code historyName} in the history: the
     * benchmark's simulated officers, each a program of its own on one server and one login.
     */
    public static Database openShared(SharedServer server, String historyName) {
        return open(server, historyName);
    }

    /** Opens and migrates the shared registry on the server; several programs may have it open at once. */
    public static Database openShared(SharedServer server) {
        return open(server, null);
    }

    private static Database open(SharedServer server, String historyName) {
        org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
        ds.setURL(server.url());
        if (server.user() != null) {
            ds.setUser(server.user());
            ds.setPassword(server.password());
        }
        ds.setApplicationName("Điển Hình");
        ds.setConnectTimeout(10);
        if (ds.getOptions() == null) {
            // the server's default prices a random read as four sequential ones, as on a spinning disk: the
            // planner then reads the whole search table for a common prefix ("hu", 88 ms at 100,000) where
            // its index takes 30-45 ms. A server's data is on SSD or in memory today; an office's database
            // administrator who knows better says so in the address (options=-c random_page_cost=…)
            ds.setOptions("-c random_page_cost=" + RANDOM_PAGE_COST);
        }
        Database db = new Database(null, server.display(), PostgresDialect.INSTANCE, null, ds);
        db.historyName = historyName; // before the first connection is made
        try {
            db.read(c -> null); // reaches the server, or says why not
            db.migrate();
            UserRepository.SignedIn in = UserRepository.signIn(db);
            db.officer = in.officer();
            db.firstOfficer = in.first();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /** The officer signed in; on a workstation's file its one officer, the office's, who sees all. */
    public Officer officer() {
        return officer;
    }

    /** True when the officer signing in was the first of a shared registry, and so was made the office's officer. */
    public boolean firstOfficer() {
        return firstOfficer;
    }

    /** The SQLite file; null for a shared registry on a server. */
    public Path file() {
        return file;
    }

    /** True when this is a shared registry on a server, not a workstation's file. */
    public boolean isShared() {
        return file == null;
    }

    /** What the user knows the registry by: the file, or the server and database (never a password). */
    public String name() {
        return name;
    }

    Dialect dialect() {
        return dialect;
    }

    /**
     * Takes the lock a running Điển Hình holds on the database {@code db}, so files can be replaced
     * (a restore) while no program has it open; refused with {@code db.inUse} when one has.
     */
    public static DatabaseLock lock(Path db) {
        return DatabaseLock.take(db);
    }

    /**
     * Gives the file's free pages back to the disk (incremental vacuum: no rewrite, no second copy of
     * the file): after a load or a compaction of the history. Does nothing on a file made before
     * version 9 that was never compacted (its pages cannot be given back one by one).
     */
    public void releaseFreePages() {
        if (isShared()) {
            return; // the server's autovacuum does it
        }
        read(c -> {
            // each step of the pragma gives back one page, and a JDBC execute takes one step
            long free = Sql.count(c, "PRAGMA freelist_count");
            try (Statement st = c.createStatement()) {
                for (long i = 0; i < free; i++) {
                    st.execute("PRAGMA incremental_vacuum(1)");
                }
                if (free > 0) {
                    // the file is cut short when the log is written back into it: now, not at some later time
                    st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
            }
            return null;
        });
    }

    /** The registry's size in bytes: the file with its write-ahead log, or the database on the server. */
    public long size() {
        if (isShared()) {
            return read(c -> Sql.count(c, "SELECT pg_database_size(current_database())"));
        }
        long size = 0;
        for (Path p : List.of(file, file.resolveSibling(file.getFileName() + "-wal"))) {
            try {
                size += Files.size(p);
            } catch (IOException e) {
                // no log: nothing to add
            }
        }
        return size;
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
        Schema.migrate(dataSource, isShared(), name);
    }

    /**
     * The workstation's user name, which the change-history triggers (V5) write beside every change.
     * Only one program has the file open (the lock), so one row is enough.
     */
    private void recordUser() {
        inTransaction(c -> Sql.update(c, "UPDATE app_session SET user_name = ?, creating_from = NULL WHERE id = 1",
                System.getProperty("user.name")));
    }

    /** A configured connection; close it to give it back. */
    public Connection connection() throws SQLException {
        if (closed) {
            throw new SQLException("database closed");
        }
        Connection c = idle.poll();
        if (c == null || c.isClosed()) {
            c = dataSource.getConnection();
            try {
                dialect.connected(c);
                if (historyName != null) {
                    dialect.nameInHistory(c, historyName);
                }
            } catch (SQLException e) {
                closeQuietly(c);
                throw e;
            }
        }
        return PooledConnection.wrap(c, this::giveBack, dialect);
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

    /** A Vietnamese message for the failures a user can meet ({@link Dialect#translate}); others keep their text for the log. */
    public UserException translate(SQLException e) {
        LOG.log(Level.WARNING, "SQL failure on " + name, e);
        return dialect.translate(e, name);
    }

    static String rootMessage(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null) {
            r = r.getCause();
        }
        return String.valueOf(r.getMessage());
    }

    /**
     * The database file open for reading its bytes (a backup reads its pages while a read transaction
     * holds them still), kept open until this closes: on Linux and macOS, closing any descriptor of the
     * file would drop the locks SQLite holds on it, POSIX locks being the whole process's.
     */
    synchronized java.nio.channels.FileChannel fileReader() throws java.io.IOException {
        if (closed || file == null) {
            throw new java.io.IOException("database closed");
        }
        if (reader == null) {
            reader = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.READ);
        }
        return reader;
    }

    @Override
    public void close() {
        closed = true;
        Connection c;
        while ((c = idle.poll()) != null) {
            closeQuietly(c);
        }
        synchronized (this) {
            closeQuietly(reader); // after SQLite's own descriptors: see fileReader
            reader = null;
        }
        closeQuietly(lock);
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
