package vn.dienhinh.store;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhinh.testutil.ExemplarFixtures.person;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.ChangeEntry;
import vn.dienhinh.model.Deed;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarStatus;
import vn.dienhinh.model.FieldChange;
import vn.dienhinh.model.Unit;
import vn.dienhinh.testutil.TestDb;

/**
 * The change history written by the triggers (V5, V9): what changed, when, by whom; kept after a
 * deletion; a creation is one line with its name, the parts written with it are part of it.
 */
class ChangeLogTest {

    @TempDir
    Path dir;
    TestDb t;
    ChangeLogRepository log;

    @BeforeEach
    void open() {
        t = new TestDb(dir);
        log = new ChangeLogRepository(t.db);
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void aCreateAChangeAndADeleteAreKeptWithTheUserAndTheValuesBeforeAndAfter() {
        Unit benNghe = t.catalog.saveUnit(Unit.named("Phường Bến Nghé", "Phường"));
        Unit daKao = t.catalog.saveUnit(Unit.named("Phường Đa Kao", "Phường"));
        Exemplar e = t.registry.save(person("Nguyễn Thị Ánh", 1985).unitId(benNghe.id()).fieldIds(List.of(6L)).build());
        t.registry.save(e.toBuilder().name("Nguyễn Thị Ánh Hồng").birthYear(1986).unitId(daKao.id())
                .fieldIds(List.of(6L, 7L)).build());
        t.registry.changeStatus(e.id(), ExemplarStatus.NURTURED, TestDb.TODAY, "Bồi dưỡng");
        t.registry.saveDeed(new Deed(null, e.id(), TestDb.TODAY, "Cứu người đuối nước", null));

        List<ChangeEntry> entries = log.ofExemplar(e.id());
        // newest first: the deed, the status, the field added, the edit, the creation (with its first field)
        assertThat(entries).extracting(ChangeEntry::entity).containsExactly("deed", "exemplar", "exemplar_field",
                "exemplar", "exemplar");
        assertThat(entries).allSatisfy(x -> assertThat(x.user()).as("the officer signed in").isEqualTo(t.db.officer().login()));
        ChangeEntry edit = entries.get(3);
        assertThat(edit.action()).isEqualTo(ChangeEntry.Action.UPDATE);
        assertThat(edit.changes()).containsExactly(
                new FieldChange("name", "Nguyễn Thị Ánh", "Nguyễn Thị Ánh Hồng"),
                new FieldChange("birth_year", "1985", "1986"),
                new FieldChange("unit", "Phường Bến Nghé", "Phường Đa Kao"));
        // a part added later is one line too: which field
        assertThat(entries.get(2).action()).isEqualTo(ChangeEntry.Action.INSERT);
        assertThat(entries.get(2).changes()).isEmpty();
        assertThat(vn.dienhinh.service.ChangeHistoryService.describe(entries.get(2))).isEqualTo("Giáo dục và đào tạo");
        assertThat(vn.dienhinh.service.ChangeHistoryService.describe(entries.get(0))).isEqualTo("Cứu người đuối nước");
        assertThat(entries.get(1).changes()).containsExactly(new FieldChange("status", "FOUND", "NURTURED"));
        ChangeEntry created = entries.get(4);
        assertThat(created.action()).isEqualTo(ChangeEntry.Action.INSERT);
        assertThat(created.changes()).as("a creation keeps no values: the record and later changes have them")
                .isEmpty();
        assertThat(created.label()).isEqualTo("Nguyễn Thị Ánh");
        assertThat(vn.dienhinh.service.ChangeHistoryService.describe(created)).isEqualTo("Nguyễn Thị Ánh");

        t.registry.delete(e.id());
        ChangeEntry deleted = log.ofExemplar(e.id()).get(0);
        assertThat(deleted.action()).isEqualTo(ChangeEntry.Action.DELETE);
        assertThat(deleted.changes()).as("a deletion keeps every value: nothing else has them")
                .contains(new FieldChange("name", "Nguyễn Thị Ánh Hồng", null),
                        new FieldChange("unit", "Phường Đa Kao", null));
    }

    @Test
    void savingWithoutChangesWritesNothingAndUnitsAreLoggedToo() {
        Unit u = t.catalog.saveUnit(Unit.named("Phường Bến Nghé", "Phường"));
        Exemplar e = t.registry.save(person("Lê Văn Tám", 1970).fieldIds(List.of(6L)).build());
        long before = log.count();
        t.registry.save(e);
        assertThat(log.count()).isEqualTo(before);

        t.catalog.saveUnit(new Unit(u.id(), null, "Phường Bến Thành", "Phường", null, null, null, null, null, true,
                null));
        assertThat(log.ofRecord("unit", u.id())).extracting(ChangeEntry::action)
                .containsExactly(ChangeEntry.Action.UPDATE, ChangeEntry.Action.INSERT);
        assertThat(log.ofRecord("unit", u.id()).get(0).changes())
                .containsExactly(new FieldChange("name", "Phường Bến Nghé", "Phường Bến Thành"));
        assertThat(log.recent(1)).extracting(ChangeEntry::label).containsExactly("Phường Bến Thành");
    }

    @Test
    void aLoadWritesOneLinePerExemplarAndPartsAddedLaterHaveTheirOwn() {
        java.time.LocalDate d = TestDb.TODAY;
        long id = t.exemplarRepo.bulkLoad(w -> {
            long first = 0;
            for (int i = 0; i < 3; i++) {
                long x = w.add(new vn.dienhinh.model.ExemplarImport(person("Lê Văn Tám " + i, 1970).foundOn(d).fieldIds(List.of(6L, 7L))
                        .build(), List.of(), List.of(new Deed(null, 0, d, "Nhặt được của rơi", null)),
                        List.of(new vn.dienhinh.model.Evaluation(null, 0, d, "Quý 4/2026",
                                vn.dienhinh.model.EvaluationRating.MAINTAINED, "Duy trì tốt", "Phòng Nội vụ"))));
                first = i == 0 ? x : first;
            }
            return first;
        });
        assertThat(log.ofExemplar(id)).extracting(ChangeEntry::entity, ChangeEntry::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("exemplar", "Lê Văn Tám 0"));
        assertThat(log.count()).isEqualTo(3);

        t.registry.saveDeed(new Deed(null, id, d, "Hiến máu", null));
        assertThat(log.ofExemplar(id)).extracting(ChangeEntry::entity).containsExactly("deed", "exemplar");
        Object mark = t.db.read(c -> Dialect.of(c).creatingFrom(c));
        assertThat(mark).isNull();
    }

    @Test
    void aFailedLoadLeavesNoMarkBehind() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> t.exemplarRepo.bulkLoad(w -> {
            w.add(new vn.dienhinh.model.ExemplarImport(person("Lê Văn Tám", 1970).foundOn(TestDb.TODAY).build(), List.of(), List.of(), List.of()));
            throw new IllegalStateException("stopped");
        })).isInstanceOf(IllegalStateException.class);
        Exemplar e = t.registry.save(person("Trần Văn Hai", 1970).build());
        t.registry.saveDeed(new Deed(null, e.id(), TestDb.TODAY, "Hiến máu", null));
        assertThat(log.ofExemplar(e.id())).extracting(ChangeEntry::entity).containsExactly("deed", "exemplar");
    }

    @Test
    void oldChangesOfARecordBecomeOneLineFromTheFirstValueToTheLastAndRecentOnesStay() {
        Exemplar e = t.registry.save(person("Nguyễn Thị Ánh", 1985).fieldIds(List.of(6L)).build());
        e = t.registry.save(e.toBuilder().name("Nguyễn Thị Ánh Hồng").build());
        e = t.registry.save(e.toBuilder().birthYear(1986).build());
        e = t.registry.save(e.toBuilder().name("Nguyễn Thị Hồng").birthYear(1985).build());
        Deed d = t.registry.saveDeed(new Deed(null, e.id(), TestDb.TODAY, "Cứu người", null));
        d = t.registry.saveDeed(new Deed(d.id(), e.id(), TestDb.TODAY, "Cứu người đuối nước", null));
        t.registry.saveDeed(new Deed(d.id(), e.id(), TestDb.TODAY, "Cứu hai người đuối nước", null));
        t.registry.deleteDeed(d.id());
        // all of that two years ago, each a day after the one before, by two users
        t.db.inTransaction(c -> {
            for (long id : Sql.list(c, "SELECT id FROM change_log", rs -> rs.getLong(1))) {
                Sql.update(c, "UPDATE change_log SET at = ?, user_name = ? WHERE id = ?",
                        java.time.LocalDate.of(2024, 3, 1).plusDays(id).atStartOfDay().toString() + ":00",
                        id % 2 == 0 ? "hoa" : "lan", id);
            }
            return null;
        });
        // and one change this year
        t.registry.save(e.toBuilder().position("Tổ trưởng").build());
        long lines = log.count();

        vn.dienhinh.model.HistoryCompaction done = log.compactBefore(java.time.LocalDate.of(2025, 1, 1));

        List<ChangeEntry> entries = log.ofExemplar(e.id());
        assertThat(entries).extracting(ChangeEntry::entity, ChangeEntry::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple("exemplar", ChangeEntry.Action.UPDATE),
                org.assertj.core.groups.Tuple.tuple("deed", ChangeEntry.Action.DELETE),
                org.assertj.core.groups.Tuple.tuple("deed", ChangeEntry.Action.UPDATE),
                org.assertj.core.groups.Tuple.tuple("deed", ChangeEntry.Action.INSERT),
                org.assertj.core.groups.Tuple.tuple("exemplar", ChangeEntry.Action.UPDATE),
                org.assertj.core.groups.Tuple.tuple("exemplar", ChangeEntry.Action.INSERT));
        assertThat(entries.get(0).merged()).as("this year's change is left alone").isEqualTo(1);
        ChangeEntry merged = entries.get(4);
        assertThat(merged.changes()).as("the birth year came back to 1985: no change in the end")
                .containsExactly(new FieldChange("name", "Nguyễn Thị Ánh", "Nguyễn Thị Hồng"));
        assertThat(merged.merged()).isEqualTo(3);
        assertThat(merged.firstAt()).isBefore(merged.at());
        assertThat(merged.user()).contains("hoa").contains("lan");
        assertThat(vn.dienhinh.service.ChangeHistoryService.action(merged))
                .startsWith("Sửa điển hình (gộp 3 lần sửa, từ ").contains("/2024 đến ");
        assertThat(entries.get(2).changes()).containsExactly(new FieldChange("title", "Cứu người", "Cứu hai người đuối nước"));
        assertThat(entries.get(1).changes()).as("a deletion keeps its values")
                .contains(new FieldChange("title", "Cứu hai người đuối nước", null));
        assertThat(done.records()).isEqualTo(2);
        assertThat(done.linesBefore()).isEqualTo(lines);
        assertThat(done.removed()).isEqualTo(3);
        assertThat(log.count()).isEqualTo(lines - 3);

        vn.dienhinh.model.HistoryCompaction again = log.compactBefore(java.time.LocalDate.of(2025, 1, 1));
        assertThat(again.removed()).as("a second compaction finds nothing more").isZero();
    }

    @Test
    void oldChangesThatEndWhereTheyStartedGoAltogether() {
        Unit u = t.catalog.saveUnit(Unit.named("Phường Bến Nghé", "Phường"));
        Unit renamed = t.catalog.saveUnit(new Unit(u.id(), null, "Phường Bến Thành", "Phường", null, null, null, null,
                null, true, null));
        t.catalog.saveUnit(new Unit(renamed.id(), null, "Phường Bến Nghé", "Phường", null, null, null, null, null, true,
                null));
        t.db.inTransaction(c -> Sql.update(c, "UPDATE change_log SET at = '2024-05-01T08:00:00'"));
        log.compactBefore(java.time.LocalDate.of(2025, 1, 1));
        assertThat(log.ofRecord("unit", u.id())).extracting(ChangeEntry::action)
                .containsExactly(ChangeEntry.Action.INSERT);
    }
}
