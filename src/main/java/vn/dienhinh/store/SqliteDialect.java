package vn.dienhinh.store;

import java.sql.Connection;
import java.sql.SQLException;
import vn.dienhinh.util.UserException;

/** A workstation's SQLite file: FTS5 search, packed texts, the history's marks in {@code app_session}. */
final class SqliteDialect implements Dialect {

    static final SqliteDialect INSTANCE = new SqliteDialect();

    private SqliteDialect() {
    }

    @Override
    public String now() {
        return "strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')";
    }

    @Override
    public String isSame() {
        return "IS";
    }

    @Override
    public String groupConcat(String expr, String separator) {
        return "group_concat(" + expr + ", " + separator + ")";
    }

    @Override
    public String drivingJoin() {
        return "CROSS JOIN";
    }

    @Override
    public String match() {
        return "exemplar_fts MATCH ?";
    }

    @Override
    public String matchArgument(String expression) {
        return expression;
    }

    @Override
    public String searchInsert() {
        return "INSERT INTO exemplar_fts (rowid, name, unit, body) VALUES (?,?,?,?)";
    }

    @Override
    public void clearSearch(Connection c) throws SQLException {
        Sql.update(c, "INSERT INTO exemplar_fts (exemplar_fts) VALUES ('delete-all')");
    }

    @Override
    public void optimizeSearch(Connection c) throws SQLException {
        Sql.update(c, "INSERT INTO exemplar_fts (exemplar_fts) VALUES ('optimize')");
    }

    @Override
    public Object pack(String text) {
        return PackedText.pack(text);
    }

    @Override
    public String sortKey(String key) {
        return key;
    }

    @Override
    public String jsonElements(String json) {
        return "json_each(" + json + ") j";
    }

    @Override
    public void creatingFrom(Connection c, Long firstId) throws SQLException {
        Sql.update(c, "UPDATE app_session SET creating_from = ? WHERE id = 1", firstId);
    }

    @Override
    public void lockForBulkLoad(Connection c) {
        // the transaction took the file's write lock as it began (Database: BEGIN IMMEDIATE)
    }

    @Override
    public void idsWritten(Connection c, String table) {
        // an INTEGER PRIMARY KEY goes on after the largest id by itself
    }

    @Override
    public Long creatingFrom(Connection c) throws SQLException {
        return Sql.one(c, "SELECT creating_from FROM app_session WHERE id = 1", rs -> Sql.id(rs, "creating_from"));
    }

    @Override
    public void connected(Connection c) {
        // configured by the data source (WAL, foreign keys, busy timeout)
    }

    @Override
    public UserException translate(SQLException e, String file) {
        String msg = String.valueOf(e.getMessage());
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

    @Override
    public Object portable(String table, String column, Object stored) {
        return PackedText.isPacked(table, column) ? PackedText.unpack(stored) : stored;
    }

    @Override
    public Object stored(String table, String column, Object value) {
        return PackedText.isPacked(table, column) && value instanceof String s ? PackedText.pack(s) : value;
    }

    /** SQLite cannot switch a trigger off: each is dropped, and created again from its own text. */
    @Override
    public Restore setTriggersAside(Connection c, java.util.List<String> tables) throws SQLException {
        java.util.List<String[]> triggers = new java.util.ArrayList<>();
        for (String t : tables) {
            triggers.addAll(Sql.list(c, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                    rs -> new String[]{rs.getString(1), rs.getString(2)}, t));
        }
        try (java.sql.Statement st = c.createStatement()) {
            for (String[] t : triggers) {
                st.execute("DROP TRIGGER \"" + t[0] + "\"");
            }
        }
        return () -> {
            try (java.sql.Statement st = c.createStatement()) {
                for (String[] t : triggers) {
                    st.execute(t[1]);
                }
            }
        };
    }
}
