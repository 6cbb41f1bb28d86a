package vn.dienhinh.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dienhinh.testutil.ExemplarFixtures.person;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.CopiedTable;
import vn.dienhinh.model.CopyProgress;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.service.RegistryMoveService;
import vn.dienhinh.testutil.OnPostgres;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.util.UserException;

/** A whole registry copied between a file and the embedded server, both ways, all or nothing. */
class RegistryCopyTest {

    private static final String ACCOUNT = "Nhiều năm liền tích cực tham gia hiến máu nhân đạo, vận động bà con "
            + "trong tổ dân phố cùng tham gia, giúp đỡ các gia đình có hoàn cảnh khó khăn.";

    @TempDir
    Path dir;

    /** A file with the demo registry and two exemplars whose names search must fold, with packed accounts. */
    private TestDb demoFile() {
        TestDb t = new TestDb(dir);
        t.demo.load(40);
        t.exemplarRepo.insert(person("Đặng Thị Lan", 1980).account(ACCOUNT).build(), LocalDate.of(2024, 3, 1), ACCOUNT);
        t.exemplarRepo.insert(person("Nguyễn Văn Ánh", 1975).account(ACCOUNT).build(), LocalDate.of(2024, 3, 2), null);
        return t;
    }

    @Test
    void aFileMovesOntoTheServerAndBackOutIntoANewFileWithEveryRowAsItWas() {
        try (TestDb file = demoFile(); Database server = Database.open(OnPostgres.newDatabase())) {
            Map<String, List<List<Object>>> before = dump(file.db);
            assertThat(before.get("change_log")).isNotEmpty();
            assertThat(count(file.db, "SELECT count(*) FROM exemplar WHERE typeof(account) = 'blob'"))
                    .as("the file packs the accounts").isPositive();
            List<CopiedTable> in = RegistryCopy.copy(file.db, server, CopyProgress.NONE);

            sameRows(dump(server), before);
            assertThat(in).extracting(CopiedTable::table).containsAll(before.keySet());
            assertThat(in).filteredOn(t -> t.table().equals("exemplar")).extracting(CopiedTable::rows)
                    .containsExactly(42L);
            assertThat(server.<String>read(c -> Sql.one(c, "SELECT account FROM exemplar WHERE name = 'Đặng Thị Lan'",
                    rs -> rs.getString(1)))).as("plain text on the server").isEqualTo(ACCOUNT);
            // the history is as it was: the copy wrote no line of its own
            assertThat(dump(server).get("change_log")).isEqualTo(before.get("change_log"));

            ExemplarRepository onServer = new ExemplarRepository(server);
            for (String typed : List.of("nguyen", "dang", "dang thi lan", "ng v a")) {
                ExemplarFilter f = ExemplarFilter.ALL.withSearch(typed);
                assertThat(onServer.count(f)).as(typed).isPositive().isEqualTo(file.exemplarRepo.count(f));
                assertThat(onServer.page(f, 0, 500)).isEqualTo(file.exemplarRepo.page(f, 0, 500));
            }
            assertThat(onServer.page(ExemplarFilter.ALL.withSearch("dang thi lan"), 0, 5))
                    .extracting(r -> r.name()).contains("Đặng Thị Lan");

            Path out = dir.resolve("ban-sao.db");
            try (Database back = Database.open(out)) {
                RegistryCopy.copy(server, back, CopyProgress.NONE);
                sameRows(dump(back), before);
                assertThat(count(back, "SELECT count(*) FROM exemplar WHERE typeof(account) = 'blob'"))
                        .as("packed again on the file").isEqualTo(count(file.db, "SELECT count(*) FROM exemplar WHERE typeof(account) = 'blob'"));
                assertThat(sortKeys(back)).as("a person's key has its NUL again").isEqualTo(sortKeys(file.db))
                        .anyMatch(k -> k.indexOf('\u0000') > 0);
                assertThat(new ExemplarRepository(back).count(ExemplarFilter.ALL.withSearch("dang")))
                        .isEqualTo(file.exemplarRepo.count(ExemplarFilter.ALL.withSearch("dang")));
                nextExemplarGetsAFreshIdAndAHistoryLine(back);
            }
            nextExemplarGetsAFreshIdAndAHistoryLine(server);
        }
    }

    @Test
    void theSharedRegistryGoesOutIntoAFileAndOntoAnotherServerUnchanged() {
        try (TestDb start = demoFile(); Database server = Database.open(OnPostgres.newDatabase());
             Database file = Database.open(dir.resolve("out.db"));
             Database other = Database.open(OnPostgres.newDatabase())) {
            RegistryCopy.copy(start.db, server, CopyProgress.NONE);
            new ExemplarRepository(server).insert(person("Đỗ Văn Sau", 1970).account(ACCOUNT).build(),
                    LocalDate.of(2024, 6, 1), null);
            Map<String, List<List<Object>>> before = dump(server);
            RegistryCopy.copy(server, file, CopyProgress.NONE);
            sameRows(dump(file), before);
            RegistryCopy.copy(file, other, CopyProgress.NONE);
            sameRows(dump(other), before);
        }
    }

    @Test
    void aTargetWithRecordsIsRefusedByNameAndLeftAsItWas() {
        try (TestDb file = demoFile(); Database server = Database.open(OnPostgres.newDatabase())) {
            new ExemplarRepository(server).insert(person("Lê Văn Tám", 1990).build(), LocalDate.of(2024, 1, 1), null);
            Map<String, List<List<Object>>> target = dump(server);
            String name = server.name();
            assertThatThrownBy(() -> RegistryCopy.copy(file.db, server, CopyProgress.NONE))
                    .isInstanceOf(UserException.class)
                    .hasMessageContaining(name).hasMessageContaining("đã có dữ liệu").hasMessageContaining("được giữ nguyên");
            assertThat(dump(server)).isEqualTo(target);
        }
    }

    @Test
    void aFailureMidCopyLeavesTheServerEmptyAndItsTriggersOn() {
        try (TestDb file = demoFile(); Database server = Database.open(OnPostgres.newDatabase())) {
            breakAReference(file.db);
            Map<String, List<List<Object>>> empty = dump(server);
            assertThatThrownBy(() -> RegistryCopy.copy(file.db, server, CopyProgress.NONE))
                    .isInstanceOf(UserException.class).hasMessageContaining("Lĩnh vực của điển hình")
                    .hasMessageContaining("được giữ nguyên");
            assertThat(dump(server)).isEqualTo(empty);
            assertThat(count(server, "SELECT count(*) FROM exemplar")).isZero();
            new ExemplarRepository(server).insert(person("Lê Văn Tám", 1990).build(), LocalDate.of(2024, 1, 1), null);
            assertThat(count(server, "SELECT count(*) FROM change_log")).as("history still written").isOne();
        }
    }

    @Test
    void rowsTheCopyCouldNotWriteInOrderAreCountedAndRollEverythingBack() {
        try (TestDb file = demoFile(); Database server = Database.open(OnPostgres.newDatabase())) {
            // two units each the other's parent: no order writes one after the other, so they are left out
            long units = count(file.db, "SELECT count(*) FROM unit");
            file.db.inTransaction(c -> {
                long a = Sql.insert(c, "INSERT INTO unit (name, sort_key, name_fold) VALUES ('Vòng A', 'vong a', 'vong a')");
                long b = Sql.insert(c, "INSERT INTO unit (name, parent_id, sort_key, name_fold) VALUES ('Vòng B', ?, 'vong b', 'vong b')", a);
                return Sql.update(c, "UPDATE unit SET parent_id = ? WHERE id = ?", b, a);
            });
            Map<String, List<List<Object>>> empty = dump(server);
            assertThatThrownBy(() -> RegistryCopy.copy(file.db, server, CopyProgress.NONE))
                    .isInstanceOf(UserException.class)
                    .hasMessageContaining("Đơn vị (unit) có " + (units + 2) + " dòng ở sổ nguồn nhưng " + units + " dòng")
                    .hasMessageContaining(server.name());
            assertThat(dump(server)).isEqualTo(empty);
        }
    }

    @Test
    void aFailedCopyIntoAFileLeavesNoFileBehind() throws Exception {
        try (TestDb file = demoFile()) {
            breakAReference(file.db);
            Path out = dir.resolve("sub").resolve("ban-sao.db");
            assertThatThrownBy(() -> new RegistryMoveService(file.db).copyTo(out.toString(), CopyProgress.NONE))
                    .isInstanceOf(UserException.class).hasMessageContaining(out.toString());
            try (Stream<Path> left = Files.list(out.getParent())) {
                assertThat(left.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".lock")).toList()).isEmpty();
            }
        }
    }

    @Test
    void aFileWithRecordsIsNotReplaced() {
        try (TestDb file = demoFile()) {
            Path other = dir.resolve("other.db");
            try (Database o = Database.open(other)) {
                new ExemplarRepository(o).insert(person("Lê Văn Tám", 1990).build(), LocalDate.of(2024, 1, 1), null);
            }
            assertThatThrownBy(() -> new RegistryMoveService(file.db).copyTo(other.toString(), CopyProgress.NONE))
                    .isInstanceOf(UserException.class).hasMessageContaining("đã có dữ liệu");
            try (Database o = Database.open(other)) {
                assertThat(new ExemplarRepository(o).count(ExemplarFilter.ALL)).isOne();
            }
        }
    }

    /** A part of an exemplar pointing at a field the registry lacks: the server's foreign key refuses it. */
    private static void breakAReference(Database db) {
        db.read(c -> {
            try (var st = c.createStatement()) {
                st.execute("PRAGMA foreign_keys = OFF");
                st.execute("INSERT INTO exemplar_field (exemplar_id, field_id) SELECT max(id), 9999 FROM exemplar");
                st.execute("PRAGMA foreign_keys = ON");
            }
            return null;
        });
    }

    private static void nextExemplarGetsAFreshIdAndAHistoryLine(Database db) {
        long maxId = count(db, "SELECT max(id) FROM exemplar");
        long lines = count(db, "SELECT count(*) FROM change_log");
        Exemplar e = new ExemplarRepository(db).insert(person("Phạm Thị Mới", 2000).build(), LocalDate.of(2024, 5, 1), null);
        assertThat(e.id()).isGreaterThan(maxId);
        assertThat(count(db, "SELECT count(*) FROM change_log")).isEqualTo(lines + 1);
        assertThat(new ExemplarRepository(db).count(ExemplarFilter.ALL.withSearch("pham thi moi"))).isOne();
    }

    /** Table by table, row by row: a difference names its table and row. */
    private static void sameRows(Map<String, List<List<Object>>> actual, Map<String, List<List<Object>>> expected) {
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        for (String t : expected.keySet()) {
            List<List<Object>> a = actual.get(t);
            List<List<Object>> e = expected.get(t);
            assertThat(a).as(t).hasSameSizeAs(e);
            for (int i = 0; i < e.size(); i++) {
                assertThat(a.get(i)).as("%s row %d", t, i).isEqualTo(e.get(i));
            }
        }
    }

    private static List<String> sortKeys(Database db) {
        return db.<List<String>>read(c -> Sql.list(c, "SELECT sort_key FROM exemplar ORDER BY id", rs -> rs.getString(1)));
    }

    private static long count(Database db, String sql) {
        return db.<Long>read(c -> Sql.count(c, sql));
    }

    /** Every table's rows in the form both engines share, by key: what a copy must keep. */
    static Map<String, List<List<Object>>> dump(Database db) {
        return db.read(c -> {
            Map<String, List<List<Object>>> all = new LinkedHashMap<>();
            for (RegistryTables.Table t : RegistryTables.of(c)) {
                List<String> cols = new ArrayList<>(t.columns().keySet());
                cols.sort(null);
                List<String> order = t.key().isEmpty() ? cols : t.key();
                List<List<Object>> rows = new ArrayList<>();
                try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT " + String.join(", ", cols)
                        + " FROM " + t.name() + " ORDER BY " + String.join(", ", order))) {
                    while (rs.next()) {
                        List<Object> row = new ArrayList<>();
                        for (String col : cols) {
                            Object v = Dialect.of(c).portable(t.name(), col, rs.getObject(col));
                            if (Dialect.isSortKey(col) && v instanceof String key) {
                                v = PostgresDialect.INSTANCE.sortKey(key); // the NUL of a file's key compared as the server keeps it
                            }
                            row.add(v instanceof Integer || v instanceof Long || v instanceof Short ? (Object) ((Number) v).longValue() : v);
                        }
                        rows.add(row);
                    }
                }
                all.put(t.name(), rows);
            }
            return all;
        });
    }
}
