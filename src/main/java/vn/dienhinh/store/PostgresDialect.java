package vn.dienhinh.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import vn.dienhinh.util.UserException;

/**
 * An office's shared registry on PostgreSQL (15 or newer).
 * <ul>
 * <li><b>Search.</b> {@code exemplar_fts} is a table keyed by the place in the list ({@code rowid}, as
 * FTS5's), holding the very terms the SQLite index holds ({@link SearchIndex#values}: folded by the
 * program, so case, diacritics and đ fold the same on both engines) as a {@code tsvector} built with
 * {@code array_to_tsvector}, which takes them as they are (no parser splitting the marked words at
 * their {@code _}), under a GIN index that serves prefix queries ({@code 'ng':*}). FTS5's match
 * expression becomes the same {@code tsquery}. Neither {@code unaccent} nor {@code pg_trgm} is needed.</li>
 * <li><b>Order.</b> Sort keys are compared byte by byte ({@code COLLATE "C"} in the schema), as SQLite
 * compares them; the NUL a person's key has between given and full name, which PostgreSQL text cannot
 * hold, is written as U+0001, which keeps the order (both keys reach it at the same place only when
 * all before it is equal).</li>
 * <li><b>Texts</b> are stored as they are: the server compresses long values itself (TOAST).</li>
 * <li><b>History.</b> Who is writing and which exemplars a transaction is creating are settings of
 * the connection and of the transaction ({@code dienhinh.user_name}, {@code dienhinh.creating_from}),
 * not a row shared by every officer.</li>
 * </ul>
 */
final class PostgresDialect implements Dialect {

    static final PostgresDialect INSTANCE = new PostgresDialect();

    private PostgresDialect() {
    }

    @Override
    public String now() {
        return "to_char(localtimestamp, 'YYYY-MM-DD\"T\"HH24:MI:SS')";
    }

    @Override
    public String isSame() {
        return "IS NOT DISTINCT FROM";
    }

    @Override
    public String groupConcat(String expr, String separator) {
        return "string_agg(" + expr + ", " + separator + ")";
    }

    @Override
    public String drivingJoin() {
        return "JOIN";
    }

    @Override
    public String match() {
        return "exemplar_fts.terms @@ CAST(? AS tsquery)";
    }

    /**
     * {@code ("_ng" * AND "_van") OR ("ng_van")} becomes {@code ('_ng':* & '_van') | ('ng_van')}; the
     * terms are letters, digits and {@code _} only ({@link SearchIndex#matchExpression}).
     */
    @Override
    public String matchArgument(String expression) {
        return expression.replaceAll("\"([^\"]*)\" \\*", "'$1':*").replaceAll("\"([^\"]*)\"", "'$1'")
                .replace(" AND ", " & ").replace(" OR ", " | ");
    }

    @Override
    public String searchInsert() {
        return "INSERT INTO exemplar_fts (rowid, terms) VALUES (?, array_to_tsvector(array_remove(string_to_array("
                + "concat_ws(' ', CAST(? AS text), CAST(? AS text), CAST(? AS text)), ' '), '')))";
    }

    @Override
    public void clearSearch(Connection c) throws SQLException {
        Sql.update(c, "DELETE FROM exemplar_fts");
    }

    @Override
    public void optimizeSearch(Connection c) {
        // the GIN index takes its pending entries in by itself (autovacuum)
    }

    @Override
    public Object pack(String text) {
        return text;
    }

    @Override
    public String sortKey(String key) {
        return key == null ? null : key.replace('\u0000', '\u0001');
    }

    @Override
    public void nameInHistory(Connection c, String userName) throws SQLException {
        Sql.one(c, "SELECT set_config('dienhinh.user_name', ?, false)", rs -> rs.getString(1), userName);
    }

    @Override
    public String jsonElements(String json) {
        return "jsonb_array_elements(CAST(" + json + " AS jsonb)) WITH ORDINALITY j(value, key)";
    }

    @Override
    public void creatingFrom(Connection c, Long firstId) throws SQLException {
        Sql.one(c, "SELECT set_config('dienhinh.creating_from', ?, true)", rs -> rs.getString(1),
                firstId == null ? "" : firstId.toString());
    }

    @Override
    public void lockForBulkLoad(Connection c) throws SQLException {
        // conflicts with the lock every INSERT, UPDATE and DELETE takes, and with itself; reading goes on.
        // Held to the commit: a second load, or an officer's save, waits for this one instead of taking its ids.
        try (var st = c.createStatement()) {
            st.execute("LOCK TABLE exemplar IN SHARE ROW EXCLUSIVE MODE");
        }
    }

    @Override
    public void idsWritten(Connection c, String table) throws SQLException {
        Sql.one(c, "SELECT setval(pg_get_serial_sequence(?, 'id'), (SELECT coalesce(max(id), 0) + 1 FROM " + table
                + "), false)", rs -> rs.getLong(1), table);
    }

    @Override
    public Long creatingFrom(Connection c) throws SQLException {
        String mark = Sql.one(c, "SELECT current_setting('dienhinh.creating_from', true)", rs -> rs.getString(1));
        return mark == null || mark.isEmpty() ? null : Long.valueOf(mark);
    }

    /**
     * Each connection names the officer signed in (their server login, as a file's history names the
     * workstation's user) for the history, and writes times in the workstation's zone.
     */
    @Override
    public void connected(Connection c) throws SQLException {
        Sql.one(c, "SELECT set_config('dienhinh.user_name', CAST(current_user AS text), false), set_config('TimeZone', ?, false)",
                rs -> rs.getString(1), ZoneId.systemDefault().getId());
    }

    @Override
    public UserException translate(SQLException e, String server) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08")) {
            return new UserException(e, "db.serverUnreachable", server);
        }
        if (state.startsWith("28")) {
            return new UserException(e, "db.serverLogin", server);
        }
        if (state.equals("3D000")) {
            return new UserException(e, "db.serverNoDatabase", server);
        }
        if (state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
            return new UserException(e, "db.busy", server);
        }
        if (state.equals("42501")) {
            return new UserException(e, "db.serverNoRights", server);
        }
        if (state.equals("53100")) {
            return new UserException(e, "db.full", server);
        }
        return new UserException(e, "db.error", String.valueOf(e.getMessage()));
    }

    @Override
    public Object portable(String table, String column, Object stored) {
        // a person's sort key cannot be given its NUL back here (a key has U+0001 of its own): the copy makes
        // the exemplars' keys anew from their names (RegistryCopy)
        return stored;
    }

    @Override
    public Object stored(String table, String column, Object value) {
        return Dialect.isSortKey(column) && value instanceof String s ? sortKey(s) : value;
    }

    /**
     * The triggers are switched off for this transaction ({@code DISABLE TRIGGER USER}, which leaves the foreign
     * keys' own triggers on): it takes the tables' owner, the account that created the schema.
     */
    @Override
    public Restore setTriggersAside(Connection c, java.util.List<String> tables) throws SQLException {
        try (java.sql.Statement st = c.createStatement()) {
            for (String t : tables) {
                st.execute("ALTER TABLE \"" + t + "\" DISABLE TRIGGER USER");
            }
        }
        return () -> {
            try (java.sql.Statement st = c.createStatement()) {
                for (String t : tables) {
                    st.execute("ALTER TABLE \"" + t + "\" ENABLE TRIGGER USER");
                }
            }
        };
    }
}
