package vn.dienhinh.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema 14: an exemplar's full account and the reasons of its lifecycle steps stored packed
 * ({@link PackedText}): the account was half of the exemplar table. The change history triggers of
 * the exemplar write a packed account in a form the history can read back ({@link PackedText#forHistory}):
 * JSON cannot hold bytes. The triggers are changed where they stand, whatever earlier versions made of them.
 * The history gets what its compaction needs ({@link ChangeLogRepository#compactBefore}): how many
 * changes a line stands for and when the first of them was made.
 */
public final class V14__Packed_texts extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        // packing is no change a user made: the exemplar's trigger is set aside meanwhile
        V9__Smaller_registry.setAside(c, "log_exemplar_update", () -> pack(c, "exemplar", "account"));
        pack(c, "status_change", "reason");
        history(c, "log_exemplar_update", "OLD.account AS o", "NEW.account AS n");
        history(c, "log_exemplar_delete", "OLD.account AS o");
        // compacted history: a line may stand for several changes of a record, from first_at to at
        try (Statement st = c.createStatement()) {
            st.execute("ALTER TABLE change_log ADD COLUMN merged INTEGER");
            st.execute("ALTER TABLE change_log ADD COLUMN first_at TEXT");
        }
    }

    private static void pack(Connection c, String table, String column) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, " + column + " FROM " + table
                + " WHERE typeof(" + column + ") = 'text' AND length(" + column + ") >= " + PackedText.MIN_LENGTH)) {
            while (rs.next()) {
                Object packed = PackedText.pack(rs.getString(2));
                if (packed instanceof byte[]) {
                    rows.add(new Object[]{packed, rs.getLong(1)});
                }
            }
        }
        V9__Smaller_registry.updateAll(c, "UPDATE " + table + " SET " + column + " = ? WHERE id = ?", rows);
    }

    /** Makes the trigger write each of {@code columns} ("OLD.account AS o") readable for the history. */
    private static void history(Connection c, String trigger, String... columns) throws SQLException {
        String sql = Sql.one(c, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                rs -> rs.getString(1), trigger);
        if (sql == null) {
            throw new IllegalStateException("no trigger " + trigger);
        }
        for (String col : columns) {
            if (!sql.contains(col)) {
                throw new IllegalStateException(trigger + " does not write " + col);
            }
            String value = col.substring(0, col.indexOf(" AS "));
            sql = sql.replace(col, PackedText.forHistory(value) + col.substring(col.indexOf(" AS ")));
        }
        try (Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER " + trigger);
            st.execute(sql);
        }
    }
}
