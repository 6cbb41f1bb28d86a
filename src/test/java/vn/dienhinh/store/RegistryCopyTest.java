package vn.dienhinh.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.context.RegistryMove;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.testutil.OnPostgres;
import vn.dienhinh.util.UserException;

/**
 * Moving a workstation's registry into an empty shared one on a real server and back out into a new
 * file: every row of every table arrives as it was, the server's copy searches and numbers like the file,
 * and a copy that cannot be complete leaves nothing behind.
 */
class RegistryCopyTest {

    @TempDir
    Path dir;

    @Test
    void aFileMovesIntoAnEmptySharedRegistryAndBackOutWithEveryRowAsItWas() throws Exception {
        Path file = dir.resolve("so-phuong.db");
        try (AppContext ctx = AppContext.open(file)) {
            ctx.demo().load(120);
        }
        String url = OnPostgres.newDatabase();
        List<String> heard = new ArrayList<>();
        List<RegistryCopy.Table> in = RegistryMove.copy(file.toString(), url, t -> heard.add(t.name()));
        assertThat(in).allSatisfy(t -> assertThat(t.target()).isEqualTo(t.source()));
        assertThat(heard).contains("unit", "exemplar", "deed", "change_log", "nomination", "certificate_field");
        assertThat(heard.indexOf("unit")).isLessThan(heard.indexOf("exemplar"));
        assertThat(in.stream().filter(t -> t.name().equals("exemplar")).findFirst().orElseThrow().source()).isEqualTo(120);

        Map<String, List<String>> original = dump(Database.open(file));
        assertThat(dump(Database.open(url))).isEqualTo(original);

        try (AppContext server = AppContext.open(url)) {
            Exemplar someone = server.registry().require(server.registry().page(ExemplarFilter.ALL, 0, 1).get(0).id());
            String folded = vn.dienhinh.util.VietnameseText.fold(someone.name().split(" ")[0]);
            assertThat(server.registry().count(ExemplarFilter.ALL.withSearch(folded)))
                    .as("search on the server's copy, folded: " + folded).isPositive();
            assertThat(server.registry().count(ExemplarFilter.ALL)).isEqualTo(120);
            Exemplar added = server.registry().save(someone.toBuilder().id(null).name("Đặng Thị Mới").build());
            assertThat(added.id()).as("the next exemplar gets a fresh number").isEqualTo(121);
            assertThat(server.registry().count(ExemplarFilter.ALL.withSearch("dang thi moi"))).isEqualTo(1);
        }

        Path back = dir.resolve("ban-sao.db");
        RegistryMove.copy(url, back.toString(), t -> { });
        Map<String, List<String>> out = dump(Database.open(back));
        assertThat(out.keySet()).isEqualTo(original.keySet());
        assertThat(out.get("exemplar")).hasSize(121);
        try (AppContext copy = AppContext.open(back)) {
            assertThat(copy.registry().count(ExemplarFilter.ALL.withSearch("dang thi moi"))).isEqualTo(1);
        }
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("dang-chep"));
    }

    @Test
    void aSharedRegistryThatHoldsSomethingIsRefusedAndLeftAsItWas() {
        Path file = dir.resolve("so.db");
        try (AppContext ctx = AppContext.open(file)) {
            ctx.demo().load(10);
        }
        String url = OnPostgres.newDatabase();
        try (AppContext server = AppContext.open(url)) {
            server.demo().load(3);
        }
        Map<String, List<String>> before = dump(Database.open(url));
        assertThatThrownBy(() -> RegistryMove.copy(file.toString(), url, t -> { }))
                .isInstanceOf(UserException.class).hasMessageContaining("không trống").hasMessageContaining("Không có gì");
        assertThat(dump(Database.open(url))).isEqualTo(before);
    }

    @Test
    void aCopyThatFailsHalfWayLeavesTheServerEmptyAndNoFile() throws Exception {
        Path file = dir.resolve("so.db");
        try (AppContext ctx = AppContext.open(file)) {
            ctx.demo().load(30);
        }
        String url = OnPostgres.newDatabase();
        try (Database server = Database.open(url)) {
            // a rule the server keeps and the file does not: the deeds cannot all come over
            server.inTransaction(c -> Sql.update(c, "ALTER TABLE deed ADD CONSTRAINT short_title CHECK (length(title) < 5)"));
        }
        assertThatThrownBy(() -> RegistryMove.copy(file.toString(), url, t -> { })).isInstanceOf(UserException.class);
        Map<String, List<String>> after = dump(Database.open(url));
        assertThat(after.get("exemplar")).isEmpty();
        assertThat(after.get("unit")).isEmpty();
        assertThat(after.get("change_log")).isEmpty();

        Path existing = dir.resolve("co-roi.db");
        Files.writeString(existing, "");
        assertThatThrownBy(() -> RegistryMove.copy(url, existing.toString(), t -> { }))
                .hasMessageContaining(existing.toString()).hasMessageContaining("đã có");
    }

    /** Every table's rows as text, sorted, the way either engine stores them read back alike. */
    private static Map<String, List<String>> dump(Database db) {
        try (db; Connection c = db.connection()) {
            List<String> tables = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(db.isShared()
                    ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                    + "AND table_type = 'BASE TABLE'"
                    : "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")) {
                while (rs.next()) {
                    String t = rs.getString(1);
                    if (!t.startsWith("sqlite_") && !t.startsWith("exemplar_fts") && !t.equals("flyway_schema_history")
                            && !t.equals("app_session") && !t.equals("app_user")) {
                        tables.add(t);
                    }
                }
            }
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (String t : tables.stream().sorted().toList()) {
                out.put(t, rows(c, t));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> rows(Connection c, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.append(md.getColumnName(i).toLowerCase(java.util.Locale.ROOT)).append('=')
                            .append(value(rs.getObject(i))).append('|');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }

    private static String value(Object v) {
        if (v instanceof byte[] b) {
            return PackedText.unpack(b);
        }
        if (v instanceof Double d) {
            return d == Math.rint(d) ? String.valueOf(d.longValue()) : d.toString();
        }
        if (v instanceof Number n) {
            return String.valueOf(n.longValue());
        }
        return v == null ? "null" : v.toString().replace('\u0000', '\u0001');
    }
}
