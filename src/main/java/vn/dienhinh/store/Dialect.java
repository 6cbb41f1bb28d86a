package vn.dienhinh.store;

import java.sql.Connection;
import java.sql.SQLException;
import vn.dienhinh.util.UserException;

/**
 * What differs between the two engines the registry runs on, in one place per engine: a workstation's
 * SQLite file ({@link SqliteDialect}) and an office's shared PostgreSQL server ({@link PostgresDialect}).
 * The repositories write one SQL for both wherever the two agree, and ask the dialect of their connection
 * ({@link #of}) for the rest: the current time, null-safe equality, string aggregation, the search index,
 * packed texts, the sort key's form, the change history's JSON and its session marks, the translation of
 * failures into messages.
 */
public interface Dialect {

    /** The dialect of a connection lent by {@link Database}; a bare connection (a migration's) is SQLite's. */
    static Dialect of(Connection c) {
        return c instanceof Bound b ? b.dialect() : SqliteDialect.INSTANCE;
    }

    /** The dialect of what {@code target} names: a shared registry on a server ({@link SharedServer}), else a SQLite file. */
    static Dialect forTarget(String target) {
        return SharedServer.isServer(target) ? PostgresDialect.INSTANCE : SqliteDialect.INSTANCE;
    }

    /** A connection that knows its engine (the pool's, see {@link PooledConnection}). */
    interface Bound {
        Dialect dialect();
    }

    /** The local time as ISO text ({@code 2026-11-23T08:00:00}), as the registry stores times. */
    String now();

    /** Null-safe equality: {@code a <isSame> ?} is true when both are null. */
    String isSame();

    /** The values of {@code expr} over a group joined with {@code separator} (a SQL string literal). */
    String groupConcat(String expr, String separator);

    /** A join whose left side drives (the search index): SQLite is told so, PostgreSQL plans it itself. */
    String drivingJoin();

    /** The condition that a row of {@code exemplar_fts} matches the one argument {@link #matchArgument} gives. */
    String match();

    /** The argument of {@link #match} for a match expression of {@link SearchIndex#matchExpression}. */
    String matchArgument(String expression);

    /** Adds an entry to the search index: the place, then the name, unit and body terms ({@link SearchIndex#values}). */
    String searchInsert();

    /** Empties the search index. */
    void clearSearch(Connection c) throws SQLException;

    /** Merges the search index after a bulk load, where the engine needs it. */
    void optimizeSearch(Connection c) throws SQLException;

    /** What to store for a long free text (SQLite packs it, {@link PackedText}); read back with {@link PackedText#unpack}. */
    Object pack(String text);

    /** A sort key as this engine stores it, keeping its order ({@link vn.dienhinh.util.VietnameseText#sortKey}). */
    String sortKey(String key);

    /** A FROM item of the elements of a JSON array {@code json} (SQL), as {@code j} with columns {@code key, value}. */
    String jsonElements(String json);

    /**
     * Marks (or, with null, unmarks) the exemplars from {@code firstId} on as being created by this
     * transaction: their parts get no history line of their own (see {@link ChangeLogRepository#creatingFrom}).
     */
    void creatingFrom(Connection c, Long firstId) throws SQLException;

    /** The mark {@link #creatingFrom(Connection, Long)} set, null when there is none. */
    Long creatingFrom(Connection c) throws SQLException;

    /**
     * At the start of a bulk load, before its first id is chosen: takes the right to add exemplars until the
     * load commits, so that no one else's exemplar takes an id the load gives (others' saves wait, then go on).
     */
    void lockForBulkLoad(Connection c) throws SQLException;

    /** After rows of {@code table} were written with ids of their own (a bulk load): new rows get ids after them. */
    void idsWritten(Connection c, String table) throws SQLException;

    /** Prepares a new connection of the pool. */
    void connected(Connection c) throws SQLException;

    /**
     * Has the history name {@code userName} beside this connection's changes instead of whom the engine
     * names ({@link Database#openShared(SharedServer, String)}: the benchmark's simulated officers). A file
     * names its one user in {@code app_session}: nothing to do.
     */
    default void nameInHistory(Connection c, String userName) throws SQLException {
        // the file's user is the workstation's
    }

    /** A Vietnamese message for the failures a user can meet on this engine; others keep their text for the log. */
    UserException translate(SQLException e, String database);

    /**
     * A value of {@code table.column} read from this engine in the form both engines share ({@link RegistryCopy}):
     * a packed text unpacked. (Sort keys are the exception: an exemplar's is made anew for the target.)
     */
    Object portable(String table, String column, Object stored);

    /** What this engine stores for a value of {@code table.column} in the shared form ({@link #portable}). */
    Object stored(String table, String column, Object value);

    /**
     * Sets the triggers of {@code tables} aside for a copy of the registry, whose rows and history are written as
     * they are: no trigger writes a history line or changes a row meanwhile. Returns what puts them back, to be run
     * in the same transaction (a rollback puts them back by itself).
     */
    Restore setTriggersAside(Connection c, java.util.List<String> tables) throws SQLException;

    /** Puts back what {@link #setTriggersAside} set aside. */
    @FunctionalInterface
    interface Restore {
        void run() throws SQLException;
    }

    /** True when {@code column} holds a sort key (a person's has a NUL between given and full name). */
    static boolean isSortKey(String column) {
        return column.equals("sort_key");
    }
}
