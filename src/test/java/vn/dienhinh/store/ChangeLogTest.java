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

/** The change history written by the V5 triggers: what changed, when, by whom; kept after a deletion. */
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
        // newest first: the deed, the status, the field added, the edit, the first field, the creation
        assertThat(entries).extracting(ChangeEntry::entity).containsExactly("deed", "exemplar", "exemplar_field",
                "exemplar", "exemplar_field", "exemplar");
        assertThat(entries).allSatisfy(x -> assertThat(x.user()).isEqualTo(System.getProperty("user.name")));
        ChangeEntry edit = entries.get(3);
        assertThat(edit.action()).isEqualTo(ChangeEntry.Action.UPDATE);
        assertThat(edit.changes()).containsExactly(
                new FieldChange("name", "Nguyễn Thị Ánh", "Nguyễn Thị Ánh Hồng"),
                new FieldChange("birth_year", "1985", "1986"),
                new FieldChange("unit", "Phường Bến Nghé", "Phường Đa Kao"));
        assertThat(entries.get(2).changes()).containsExactly(new FieldChange("field", null, "Giáo dục và đào tạo"));
        assertThat(entries.get(1).changes()).containsExactly(new FieldChange("status", "FOUND", "NURTURED"));
        assertThat(entries.get(5).action()).isEqualTo(ChangeEntry.Action.INSERT);
        assertThat(entries.get(5).changes()).contains(new FieldChange("name", null, "Nguyễn Thị Ánh"));

        t.registry.delete(e.id());
        ChangeEntry deleted = log.ofExemplar(e.id()).get(0);
        assertThat(deleted.action()).isEqualTo(ChangeEntry.Action.DELETE);
        assertThat(log.ofRecord("exemplar", e.id()).get(0).changes())
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
}
