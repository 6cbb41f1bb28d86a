package vn.dienhinh.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dienhinh.testutil.ExemplarFixtures.person;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.ExemplarRow;
import vn.dienhinh.model.Field;
import vn.dienhinh.model.Unit;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.util.UserException;

class CatalogServiceTest {

    @TempDir
    Path dir;
    TestDb t;
    CatalogService catalog;

    @BeforeEach
    void open() {
        t = new TestDb(dir);
        catalog = t.catalog;
    }

    @AfterEach
    void close() {
        t.close();
    }

    private Unit unit(String name, Long parent) {
        return catalog.saveUnit(new Unit(null, parent, name, "Phường", null, null, null, null, null, true, null));
    }

    @Test
    void aUnitInUseIsNotDeletedUntilItsExemplarsHaveSomewhereToGo() {
        Unit a = unit("Phường Cô Giang", null);
        Unit b = unit("Phường Cầu Kho", null);
        Unit tdp = unit("Tổ dân phố 1", a.id());
        Exemplar e = t.registry.save(person("Hồ Văn Lâm", 1972).unitId(a.id()).build());

        assertThatThrownBy(() -> catalog.deleteUnit(a.id(), null))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("Phường Cô Giang").hasMessageContaining("1 điển hình");
        assertThat(catalog.unit(a.id())).isNotNull();

        catalog.deleteUnit(a.id(), b.id());
        assertThat(catalog.unit(a.id())).isNull();
        assertThat(t.registry.require(e.id()).unitId()).isEqualTo(b.id());
        assertThat(catalog.unit(tdp.id()).parentId()).isNull(); // the child moved up
        // the search index follows the move
        assertThat(t.registry.page(ExemplarFilter.ALL.withSearch("cau kho"), 0, 10)).extracting(ExemplarRow::name)
                .containsExactly("Hồ Văn Lâm");
    }

    @Test
    void aFieldInUseIsDeletedOnlyWithAReplacement() {
        Field added = catalog.saveField(new Field(null, "Chuyển đổi số", "CĐS", 0, null, true));
        assertThat(added.sortOrder()).isEqualTo(15);
        Exemplar e = t.registry.save(person("Bùi Thị Xuân", 1990).fieldIds(List.of(added.id(), 7L)).build());
        assertThatThrownBy(() -> catalog.deleteField(added.id(), null)).hasMessageContaining("Chuyển đổi số");
        assertThatThrownBy(() -> catalog.deleteField(added.id(), added.id())).isInstanceOf(UserException.class);
        catalog.deleteField(added.id(), 7L);
        assertThat(t.registry.require(e.id()).fieldIds()).containsExactly(7L);
        assertThat(catalog.fields()).hasSize(14);
    }

    @Test
    void namesAreUniqueIgnoringDiacriticsAndTheTreeHasNoLoops() {
        Unit a = unit("Phường Đa Kao", null);
        assertThatThrownBy(() -> unit("phuong da kao", null)).hasMessageContaining("Đã có đơn vị");
        Unit child = unit("Khu phố 1", a.id());
        unit("Khu phố 1", null); // the same name under another parent is fine
        assertThatThrownBy(() -> catalog.saveUnit(new Unit(a.id(), child.id(), a.name(), null, null, null, null, null,
                null, true, null))).hasMessageContaining("cấp trên");
        assertThatThrownBy(() -> catalog.saveField(new Field(null, "y tế", null, 0, null, true)))
                .hasMessageContaining("Đã có lĩnh vực");
    }

    @Test
    void unitsListInVietnameseOrder() {
        unit("Phường Tân Định", null);
        unit("Phường Đa Kao", null);
        unit("Phường Bến Thành", null);
        unit("Phường Cầu Ông Lãnh", null);
        assertThat(catalog.units()).extracting(Unit::name)
                .containsExactly("Phường Bến Thành", "Phường Cầu Ông Lãnh", "Phường Đa Kao", "Phường Tân Định");
    }

    @Test
    void aUnitSignsItsPapersOnlyWhenItsLetterheadAndHeadAreComplete() {
        Unit ward = t.catalog.saveUnit(Unit.named("Phường Bến Nghé", "Phường"));
        assertThat(t.catalog.unitSigner(ward.id()).complete()).isFalse();
        assertThatThrownBy(() -> t.catalog.saveUnitSigner(new vn.dienhinh.model.UnitSigner(ward.id(),
                "ỦY BAN NHÂN DÂN PHƯỜNG BẾN NGHÉ", "", "UBND", "Lê Văn Tám", "CHỦ TỊCH", "")))
                .isInstanceOf(vn.dienhinh.util.UserException.class).hasMessageContaining("cần đủ");
        assertThatThrownBy(() -> t.catalog.saveUnitSigner(new vn.dienhinh.model.UnitSigner(ward.id(),
                "ỦY BAN NHÂN DÂN PHƯỜNG BẾN NGHÉ", "Bến Nghé", "UB ND", "Lê Văn Tám", "CHỦ TỊCH", "")))
                .isInstanceOf(vn.dienhinh.util.UserException.class);
        t.catalog.saveUnitSigner(new vn.dienhinh.model.UnitSigner(ward.id(), " ỦY BAN NHÂN DÂN  PHƯỜNG BẾN NGHÉ ",
                "Bến Nghé", "UBND", "Lê Văn Tám", "CHỦ TỊCH", "ỦY BAN NHÂN DÂN"));
        t.catalog.saveUnitSigner(new vn.dienhinh.model.UnitSigner(ward.id(), "ỦY BAN NHÂN DÂN PHƯỜNG BẾN NGHÉ",
                "Bến Nghé", "UBND", "Trần Thị Mai", "CHỦ TỊCH", "ỦY BAN NHÂN DÂN"));
        vn.dienhinh.model.UnitSigner s = t.catalog.unitSigner(ward.id());
        assertThat(s.complete()).isTrue();
        assertThat(s.headName()).isEqualTo("Trần Thị Mai");
        assertThat(s.formalName()).isEqualTo("ỦY BAN NHÂN DÂN PHƯỜNG BẾN NGHÉ");
    }
}
