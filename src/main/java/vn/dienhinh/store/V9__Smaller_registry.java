package vn.dienhinh.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.dienhinh.util.VietnameseText;

/**
 * Schema 9: a registry a third of the size (a 100,000-exemplar file was 900 MB).
 * <ul>
 * <li><b>Change history.</b> A creation is one line: who, when and the name (V5 kept every value,
 * which the record itself holds and any later change keeps as its "before"). The fields, deeds and
 * evaluations written with a new exemplar are part of its creation, not lines of their own
 * ({@code app_session.creating_from}, set by the writers while they create exemplars). Existing
 * creations are made one line the same way, the lines of parts written within seconds of their
 * exemplar folded into it. The index by record serves only records outside an exemplar (units,
 * fields, campaigns): an exemplar's history is read by exemplar.</li>
 * <li><b>Sort keys</b> are written anew in their shorter form (same order, see
 * {@link VietnameseText#sortKey}); they are stored in five of the exemplar's indexes.</li>
 * <li><b>Places and search index.</b> Places are handed out again {@link ListOrder#GAP} apart and the
 * index is rebuilt without a copy of the texts and without positions ({@link SearchIndex}).</li>
 * </ul>
 * Java, because sort keys and index entries are made the way the program makes them. The file
 * shrinks on the next VACUUM, which {@link Database} runs after a migration that freed much space.
 */
public final class V9__Smaller_registry extends BaseJavaMigration {

    private static final String NOW = "strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')";
    private static final String USER = "(SELECT user_name FROM app_session WHERE id = 1)";
    /** A part of an exemplar written while the writer creates that exemplar is part of its creation. */
    private static final String NOT_CREATING = "WHEN NEW.exemplar_id < coalesce((SELECT creating_from FROM app_session "
            + "WHERE id = 1), 9223372036854775807)";

    /** The creation triggers: table, condition, entity, entity id, exemplar id, label. */
    private static final String[][] CREATIONS = {
        {"exemplar", "", "exemplar", "NEW.id", "NEW.id", "NEW.name"},
        {"exemplar_field", NOT_CREATING, "exemplar_field", "NEW.field_id", "NEW.exemplar_id",
            "(SELECT name FROM field WHERE id = NEW.field_id)"},
        {"deed", NOT_CREATING, "deed", "NEW.id", "NEW.exemplar_id", "NEW.title"},
        {"evaluation", NOT_CREATING, "evaluation", "NEW.id", "NEW.exemplar_id", "coalesce(NEW.period, NEW.eval_date)"},
        {"introduction", "", "introduction", "NEW.id", "NEW.exemplar_id", "'Quý ' || NEW.quarter || '/' || NEW.year "
            + "|| coalesce(' – ' || (SELECT name FROM field WHERE id = NEW.field_id), '')"},
        {"unit", "", "unit", "NEW.id", "NULL", "NEW.name"},
        {"field", "", "field", "NEW.id", "NULL", "NEW.name"},
        {"campaign", "", "campaign", "NEW.id", "NULL", "NEW.name"},
        {"activity", "", "activity", "NEW.id", "NULL", "NEW.title"},
        {"commendation", "", "commendation", "NEW.id", "NEW.exemplar_id",
            "(SELECT name FROM award_form WHERE id = NEW.form_id) || coalesce(', số ' || NEW.decision_number, '')"},
        {"nominee", "", "nominee", "NEW.id", "NEW.exemplar_id", "'Đề nghị số ' || NEW.nomination_id"},
    };

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement st = c.createStatement()) {
            st.execute("ALTER TABLE app_session ADD COLUMN creating_from INTEGER");
            existingCreations(st);
            for (String[] t : CREATIONS) {
                st.execute("DROP TRIGGER IF EXISTS log_" + t[0] + "_insert");
                st.execute("CREATE TRIGGER log_" + t[0] + "_insert AFTER INSERT ON " + t[0] + " " + t[1] + " BEGIN "
                        + "INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes) "
                        + "VALUES (" + NOW + ", " + USER + ", '" + t[2] + "', " + t[3] + ", " + t[4] + ", 'INSERT', "
                        + t[5] + ", '[]'); END");
            }
            st.execute("DROP INDEX ix_change_log_entity");
            st.execute("CREATE INDEX ix_change_log_entity ON change_log (entity, entity_id, id) WHERE exemplar_id IS NULL");
        }
        sortKeys(c, "exemplar", true);
        sortKeys(c, "unit", false);
        sortKeys(c, "campaign", false);
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE exemplar_fts");
            st.execute(SearchIndex.CREATE);
        }
        ListOrder.renumber(c);
        SearchIndex.rebuild(c);
    }

    /**
     * Existing creations become one line: a part's label says which part (the field's name, the
     * quarter of an introduction, the decision of a commendation), the parts written within five
     * seconds of their exemplar's creation are folded into it, and no creation keeps its values.
     */
    private static void existingCreations(Statement st) throws SQLException {
        String value = "(SELECT j.value ->> 2 FROM json_each(change_log.changes) j WHERE j.value ->> 0 = '%s')";
        st.execute("UPDATE change_log SET label = coalesce(" + value.formatted("field") + ", label) "
                + "WHERE entity = 'exemplar_field' AND action = 'INSERT'");
        st.execute("UPDATE change_log SET label = 'Quý ' || " + value.formatted("quarter") + " || '/' || "
                + value.formatted("year") + " || coalesce(' – ' || " + value.formatted("field") + ", '') "
                + "WHERE entity = 'introduction' AND action = 'INSERT' AND " + value.formatted("quarter") + " IS NOT NULL");
        st.execute("UPDATE change_log SET label = label || coalesce(', số ' || " + value.formatted("decision_number")
                + ", '') WHERE entity = 'commendation' AND action = 'INSERT'");
        st.execute("DELETE FROM change_log WHERE action = 'INSERT' AND entity IN ('exemplar_field', 'deed', 'evaluation') "
                + "AND EXISTS (SELECT 1 FROM change_log x WHERE x.entity = 'exemplar' AND x.entity_id = change_log.exemplar_id "
                + "AND x.action = 'INSERT' AND change_log.at BETWEEN x.at AND strftime('%Y-%m-%dT%H:%M:%S', x.at, '+5 seconds'))");
        st.execute("UPDATE change_log SET changes = '[]' WHERE action = 'INSERT' AND changes <> '[]'");
    }

    /**
     * Writes the table's sort keys in the new form, its change trigger set aside meanwhile (a sort key
     * is no change a user made, and the trigger would weigh every row's values to find that out).
     */
    private static void sortKeys(Connection c, String table, boolean person) throws SQLException {
        setAside(c, "log_" + table + "_update", () -> {
            List<Object[]> keys = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id, name" + (person ? ", kind" : "") + " FROM " + table)) {
                while (rs.next()) {
                    String name = rs.getString(2);
                    String key = person && !"COLLECTIVE".equals(rs.getString(3)) ? VietnameseText.personSortKey(name)
                            : VietnameseText.sortKey(name);
                    keys.add(new Object[]{key, rs.getLong(1)});
                }
            }
            updateAll(c, "UPDATE " + table + " SET sort_key = ? WHERE id = ?", keys);
        });
    }

    /** Runs {@code work} with the trigger dropped, then creates it again exactly as it was. */
    static void setAside(Connection c, String trigger, SqlRun work) throws SQLException {
        String sql = Sql.one(c, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                rs -> rs.getString(1), trigger);
        try (Statement st = c.createStatement()) {
            if (sql != null) {
                st.execute("DROP TRIGGER " + trigger);
            }
            work.run();
            if (sql != null) {
                st.execute(sql);
            }
        }
    }

    /** Runs the update once per row of arguments, in batches. */
    static void updateAll(Connection c, String sql, List<Object[]> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int n = 0;
            for (Object[] r : rows) {
                Sql.bind(ps, r);
                ps.addBatch();
                if (++n % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** Work on the migration's connection. */
    @FunctionalInterface
    interface SqlRun {
        void run() throws SQLException;
    }
}
