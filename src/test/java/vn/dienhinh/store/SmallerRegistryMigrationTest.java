package vn.dienhinh.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.ChangeEntry;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.ExemplarRow;
import vn.dienhinh.model.FieldChange;
import vn.dienhinh.util.VietnameseText;

/** V9 on a registry written by version 8: history made one line per creation, keys, places and index made anew. */
class SmallerRegistryMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aVersion8RegistryKeepsItsDataAndLosesItsBulk() throws Exception {
        Path file = dir.resolve("v8.db");
        org.sqlite.SQLiteDataSource ds = new org.sqlite.SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + file);
        org.flywaydb.core.Flyway.configure().dataSource(ds).locations("classpath:db/migration")
                .javaMigrations(new V7__Search_in_list_order()).target("8").load().migrate();
        try (var c = ds.getConnection(); var st = c.createStatement()) {
            st.execute("INSERT INTO unit (id, name, sort_key, name_fold) VALUES (1, 'Phường Bến Nghé', 'old', 'phuong ben nghe')");
            st.execute("INSERT INTO exemplar (id, kind, name, unit_id, summary, status, sort_key, name_fold) VALUES "
                    + "(1, 'INDIVIDUAL', 'Trần Thị Bé', 1, 'Hiến máu nhân đạo 12 lần.', 'FOUND', 'old-b', 'tran thi be'), "
                    + "(2, 'INDIVIDUAL', 'Nguyễn Thị Ánh', 1, 'Nhặt được của rơi.', 'FOUND', 'old-a', 'nguyen thi anh'), "
                    + "(3, 'COLLECTIVE', 'Tổ dân phố 5', 1, 'Khu dân cư văn hóa.', 'FOUND', 'old-c', 'to dan pho 5')");
            st.execute("INSERT INTO exemplar_field (exemplar_id, field_id) VALUES (1, 6), (2, 6)");
            st.execute("INSERT INTO deed (exemplar_id, deed_date, title) VALUES (1, '2024-01-05', 'Hiến máu lần 12')");
            st.execute("INSERT INTO deed (exemplar_id, deed_date, title) VALUES (2, '2024-03-05', 'Trả lại ví')");
            // the second deed was added a day later, not with its exemplar
            st.execute("UPDATE change_log SET at = strftime('%Y-%m-%dT%H:%M:%S', at, '+1 day') WHERE entity = 'deed' "
                    + "AND label = 'Trả lại ví'");
            st.execute("UPDATE exemplar SET birth_year = 1985 WHERE id = 2");
            st.execute("UPDATE exemplar SET account = '" + ACCOUNT + "' WHERE id = 3");
            st.execute("INSERT INTO status_change (exemplar_id, to_status, changed_on, reason) VALUES (3, 'FOUND', "
                    + "'2024-01-05', '" + ACCOUNT + "')");
            st.execute("INSERT INTO exemplar_order (exemplar_id, pos) VALUES (1, 300), (2, 200), (3, 100)");
            st.execute("INSERT INTO exemplar_fts (rowid, name, unit, body) VALUES (300, '_tran _thi _be', '_phuong', 'hien'), "
                    + "(200, '_nguyen _thi _anh', '_phuong', 'nhat'), (100, '_to _dan', '_phuong', 'khu')");
        }
        try (Database db = Database.open(file)) {
            ChangeLogRepository log = new ChangeLogRepository(db);
            List<ChangeEntry> anh = log.ofExemplar(2);
            assertThat(anh).extracting(ChangeEntry::entity, ChangeEntry::action, ChangeEntry::label).containsExactly(
                    tuple("exemplar", ChangeEntry.Action.UPDATE, "Nguyễn Thị Ánh"),
                    tuple("deed", ChangeEntry.Action.INSERT, "Trả lại ví"),
                    tuple("exemplar", ChangeEntry.Action.INSERT, "Nguyễn Thị Ánh"));
            assertThat(anh.get(0).changes()).containsExactly(new FieldChange("birth_year", null, "1985"));
            assertThat(anh.get(1).changes()).isEmpty();
            assertThat(anh.get(2).changes()).isEmpty();
            // the field and the deed written with Bé are part of her creation
            assertThat(log.ofExemplar(1)).extracting(ChangeEntry::entity).containsExactly("exemplar");
            assertThat(log.ofRecord("unit", 1)).extracting(ChangeEntry::label, e -> e.changes().size())
                    .containsExactly(tuple("Phường Bến Nghé", 0));

            List<String[]> keys = db.read(c -> Sql.list(c, "SELECT name, kind, sort_key FROM exemplar ORDER BY id",
                    rs -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)}));
            assertThat(keys).allSatisfy(k -> assertThat(k[2]).isEqualTo("COLLECTIVE".equals(k[1])
                    ? VietnameseText.sortKey(k[0]) : VietnameseText.personSortKey(k[0])));
            String unitKey = db.read(c -> Sql.one(c, "SELECT sort_key FROM unit", rs -> rs.getString(1)));
            assertThat(unitKey).isEqualTo(VietnameseText.sortKey("Phường Bến Nghé"));

            List<Long> places = db.read(c -> Sql.list(c, "SELECT pos FROM exemplar_order ORDER BY pos", rs -> rs.getLong(1)));
            assertThat(places).containsExactly(ListOrder.FIRST, ListOrder.FIRST + ListOrder.GAP,
                    ListOrder.FIRST + 2 * ListOrder.GAP);
            ExemplarRepository repo = new ExemplarRepository(db);
            assertThat(repo.page(ExemplarFilter.ALL, 0, 10)).extracting(ExemplarRow::name)
                    .containsExactly("Nguyễn Thị Ánh", "Trần Thị Bé", "Tổ dân phố 5");
            assertThat(repo.page(ExemplarFilter.ALL.withSearch("phuong ben"), 0, 10)).extracting(ExemplarRow::name)
                    .containsExactly("Nguyễn Thị Ánh", "Trần Thị Bé", "Tổ dân phố 5");
            assertThat(repo.page(ExemplarFilter.ALL.withSearch("hien mau"), 0, 10)).extracting(ExemplarRow::name)
                    .containsExactly("Trần Thị Bé");
            String content = db.read(c -> Sql.one(c, "SELECT name FROM exemplar_fts LIMIT 1", rs -> rs.getString(1)));
            assertThat(content).as("the index keeps no copy of the texts").isNull();

            // V14: the account and the step's reason are packed, and read back as they were
            String type = db.read(c -> Sql.one(c, "SELECT typeof(account) FROM exemplar WHERE id = 3", rs -> rs.getString(1)));
            assertThat(type).isEqualTo("blob");
            long stored = db.read(c -> Sql.count(c, "SELECT length(account) FROM exemplar WHERE id = 3"));
            assertThat(stored).isLessThan(ACCOUNT.getBytes(java.nio.charset.StandardCharsets.UTF_8).length * 6 / 10);
            assertThat(repo.find(3).account()).isEqualTo(ACCOUNT);
            assertThat(repo.timeline().history(3)).extracting(vn.dienhinh.model.StatusChange::reason).containsExactly(ACCOUNT);
            // packing is no change of the user's: the account written at version 8, then the creation
            assertThat(log.ofExemplar(3)).extracting(ChangeEntry::action)
                    .containsExactly(ChangeEntry.Action.UPDATE, ChangeEntry.Action.INSERT);
            assertThat(log.ofExemplar(3).get(0).changes()).containsExactly(new FieldChange("account", null, ACCOUNT));
            repo.update(repo.find(3).toBuilder().account(ACCOUNT + " Năm 2025 được tặng Giấy khen.").build());
            assertThat(log.ofExemplar(3).get(0).changes()).containsExactly(new FieldChange("account", ACCOUNT,
                    ACCOUNT + " Năm 2025 được tặng Giấy khen."));
        }
    }

    @Test
    void aRegistryMadeWithVersions11And12ButNot9GetsItAllTheSame() throws Exception {
        Path file = dir.resolve("v12.db");
        org.sqlite.SQLiteDataSource ds = new org.sqlite.SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + file);
        org.flywaydb.core.Flyway.configure().dataSource(ds).locations("classpath:db/migration")
                .javaMigrations(new V7__Search_in_list_order()).load().migrate();
        try (var c = ds.getConnection(); var st = c.createStatement()) {
            st.execute("INSERT INTO exemplar (id, kind, name, summary, status, sort_key, name_fold) VALUES "
                    + "(1, 'INDIVIDUAL', 'Trần Thị Bé', 'Hiến máu nhân đạo 12 lần.', 'FOUND', 'old-b', 'tran thi be')");
            st.execute("INSERT INTO exemplar_order (exemplar_id, pos) VALUES (1, 300)");
        }
        for (int round = 0; round < 2; round++) {
            try (Database db = Database.open(file)) {
                List<String> applied = db.read(c -> Sql.list(c, "SELECT version FROM flyway_schema_history "
                        + "WHERE success = 1 AND version IS NOT NULL ORDER BY CAST(version AS INTEGER)", rs -> rs.getString(1)));
                assertThat(applied).isEqualTo(Database.VERSIONS);
                assertThat(new ExemplarRepository(db).page(ExemplarFilter.ALL.withSearch("hien mau"), 0, 10))
                        .extracting(ExemplarRow::name).containsExactly("Trần Thị Bé");
            }
        }
    }

    private static final String ACCOUNT = "Tổ dân phố 5 có 320 hộ gia đình. Từ năm 2021 đến nay, tổ đã vận động nhân "
            + "dân tham gia giữ gìn vệ sinh môi trường, trồng cây xanh, xây dựng tuyến đường hoa; 100% hộ gia đình đạt "
            + "danh hiệu Gia đình văn hóa. Tổ được Ủy ban nhân dân phường tặng Giấy khen năm 2023.";

}
