package vn.dienhinh.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.testutil.OnPostgres;

/**
 * A shared registry on a real PostgreSQL server gets, from its own migrations, the tables, columns and
 * catalogue a workstation's file gets from the SQLite ones: the repositories can count on the same names.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedSchemaTest {

    @TempDir
    static Path dir;
    Database file;
    Database server;

    @BeforeAll
    void open() {
        file = Database.open(dir.resolve("file.db"));
        server = Database.open(OnPostgres.newDatabase());
    }

    @AfterAll
    void close() {
        file.close();
        server.close();
    }

    /** Each table's columns in order, from the engine's own catalogue. */
    private static Map<String, List<String>> columns(Database db) {
        return db.read(c -> {
            Map<String, List<String>> out = new LinkedHashMap<>();
            String tables = db.isShared()
                    ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                    + "AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history' ORDER BY 1"
                    : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'exemplar_fts%' "
                    + "AND name <> 'flyway_schema_history' ORDER BY 1";
            for (String t : strings(c, tables)) {
                out.put(t, strings(c, db.isShared()
                        ? "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '"
                        + t + "' ORDER BY ordinal_position"
                        : "SELECT name FROM pragma_table_info('" + t + "') ORDER BY cid"));
            }
            return out;
        });
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Every row of a table as text, in key order. */
    private static List<String> rows(Database db, String table) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    StringBuilder b = new StringBuilder();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        Object v = rs.getObject(i);
                        // 297.0 on both; 1 as a long on both
                        b.append(v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                                && !(v instanceof Double || v instanceof Float) ? String.valueOf(n.longValue())
                                : String.valueOf(v)).append('|');
                    }
                    out.add(b.toString());
                }
            }
            return out;
        });
    }

    /**
     * The program's sessions price a random read as on SSD, so that a common prefix is counted in the search
     * index, not by reading the whole table; an address that sets its own planner options keeps them.
     */
    @Test
    void theServerIsToldItsPagesAreReadAsFromSsdUnlessTheAddressSaysOtherwise() {
        List<String> cost = server.read(c -> strings(c, "SHOW random_page_cost"));
        assertThat(cost).containsExactly("1.1");
        String url = OnPostgres.newDatabase();
        try (Database own = Database.open(url + (url.contains("?") ? "&" : "?") + "options=-c%20random_page_cost%3D3")) {
            List<String> own3 = own.read(c -> strings(c, "SHOW random_page_cost"));
            assertThat(own3).containsExactly("3");
        }
    }

    @Test
    void theServerHasTheFilesTablesAndColumnsBesideItsSearchTable() {
        Map<String, List<String>> onFile = columns(file);
        Map<String, List<String>> onServer = columns(server);
        // the officer is each connection's on the server, not the file's one session row; its search index is a table
        onFile.remove("app_session");
        assertThat(onServer.keySet()).containsAll(onFile.keySet()).contains("exemplar_fts").hasSize(onFile.size() + 1);
        onFile.forEach((table, cols) -> assertThat(onServer.get(table)).as(table).isEqualTo(cols));
    }

    @Test
    void theServerIsAtTheFilesSchemaVersionSoEveryNewStepOfTheFileNeedsItsPortHere() {
        String version = server.read(c -> Sql.one(c, "SELECT version FROM flyway_schema_history WHERE success "
                + "ORDER BY installed_rank DESC LIMIT 1", rs -> rs.getString(1)));
        assertThat(version).isEqualTo(Database.VERSIONS.get(Database.VERSIONS.size() - 1));
    }

    @Test
    void theServerStartsWithTheSameCatalogueAndRules() {
        for (String table : List.of("field", "award_level", "award_form", "certificate_layout", "certificate_field",
                "certificate_printer", "council_setting", "reward_rate", "eligibility_rule", "office_profile")) {
            assertThat(rows(server, table)).as(table).isNotEmpty().isEqualTo(rows(file, table));
        }
    }

    @Test
    void newRowsOnTheServerTakeIdsAfterTheCatalogues() {
        try (Database other = Database.open(OnPostgres.newDatabase())) {
            long id = other.inTransaction(c -> Sql.insert(c,
                    "INSERT INTO field (name, sort_order, active, name_fold) VALUES (?,?,?,?)",
                    "Chuyển đổi số", 99, true, "chuyen doi so"));
            long last = file.read(c -> Sql.count(c, "SELECT max(id) FROM field"));
            assertThat(id).isEqualTo(last + 1);
        }
    }

    /** The same edits on each engine; what the change history of each then holds, field by field. */
    private static List<String> historyOf(Database db) {
        db.inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                if (db.isShared()) {
                    st.execute("SET LOCAL dienhinh.user_name = 'Cán bộ Lan'");
                }
                st.executeUpdate("INSERT INTO unit (id, name, sort_key, name_fold) VALUES (501, 'Phường Bến Nghé', 'b', 'phuong ben nghe')");
                st.executeUpdate("INSERT INTO exemplar (id, kind, name, birth_year, id_number, sort_key, name_fold) "
                        + "VALUES (900, 'INDIVIDUAL', 'Nguyễn Văn An', 1980, '079080001234', 'n', 'nguyen van an')");
                st.executeUpdate("UPDATE exemplar SET name = 'Nguyễn Văn Ân', birth_year = 1981, unit_id = 501, "
                        + "id_number = '079080009999' WHERE id = 900");
                st.executeUpdate("INSERT INTO deed (id, exemplar_id, deed_date, title) VALUES (7, 900, '2026-05-01', 'Cứu người')");
                st.executeUpdate("UPDATE deed SET title = 'Cứu hai em nhỏ' WHERE id = 7");
                st.executeUpdate("DELETE FROM deed WHERE id = 7");
            }
            return null;
        });
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            String fields = db.isShared()
                    ? "SELECT string_agg(coalesce(j ->> 0, '') || '=' || coalesce(j ->> 1, '∅') || '→' || coalesce(j ->> 2, '∅'), '; ' "
                    + "ORDER BY k) FROM jsonb_array_elements(l.changes::jsonb) WITH ORDINALITY AS e(j, k)"
                    : "SELECT group_concat(coalesce(value ->> 0, '') || '=' || coalesce(value ->> 1, '∅') || '→' "
                    + "|| coalesce(value ->> 2, '∅'), '; ') FROM (SELECT value FROM json_each(l.changes) ORDER BY key)";
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT l.entity, l.entity_id, "
                    + "l.exemplar_id, l.action, l.label, (" + fields + "), l.user_name FROM change_log l ORDER BY l.id")) {
                while (rs.next()) {
                    out.add(rs.getString(1) + " " + rs.getLong(2) + " " + rs.getLong(3) + " " + rs.getString(4) + " "
                            + rs.getString(5) + " [" + rs.getString(6) + "]" + (db.isShared() ? " " + rs.getString(7) : ""));
                }
            }
            return out;
        });
    }

    @Test
    void theServerKeepsTheSameChangeHistoryAsTheFileAndNamesTheConnectionsOfficer() {
        try (Database f = Database.open(dir.resolve("history.db")); Database s = Database.open(OnPostgres.newDatabase())) {
            List<String> onFile = historyOf(f);
            List<String> onServer = historyOf(s);
            assertThat(onServer).hasSameSizeAs(onFile).allSatisfy(l -> assertThat(l).endsWith(" Cán bộ Lan"));
            assertThat(onServer).extracting(l -> l.substring(0, l.length() - " Cán bộ Lan".length()))
                    .isEqualTo(onFile);
            // a creation is one line, a change only what changed, an id number only its last four digits
            assertThat(onFile).contains("exemplar 900 900 INSERT Nguyễn Văn An [null]",
                    "exemplar 900 900 UPDATE Nguyễn Văn Ân [name=Nguyễn Văn An→Nguyễn Văn Ân; birth_year=1980→1981; "
                            + "id_number=•••1234→•••9999; unit=∅→Phường Bến Nghé]");
        }
    }
}
