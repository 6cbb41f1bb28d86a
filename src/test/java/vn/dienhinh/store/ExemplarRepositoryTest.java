package vn.dienhinh.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dienhinh.testutil.ExemplarFixtures.collective;
import static vn.dienhinh.testutil.ExemplarFixtures.household;
import static vn.dienhinh.testutil.ExemplarFixtures.person;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.Deed;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.ExemplarRow;
import vn.dienhinh.model.ExemplarStatus;
import vn.dienhinh.model.Unit;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.util.UserException;

class ExemplarRepositoryTest {

    @TempDir
    Path dir;
    TestDb t;
    ExemplarRepository repo;
    Unit benNghe;
    Unit tdp3;

    @BeforeEach
    void open() {
        t = new TestDb(dir);
        repo = t.exemplarRepo;
        benNghe = t.catalogRepo.insertUnit(Unit.named("Phường Bến Nghé", "Phường"));
        tdp3 = t.catalogRepo.insertUnit(new Unit(null, benNghe.id(), "Tổ dân phố 3", "Tổ dân phố", null, null, null,
                null, null, true, null));
    }

    @AfterEach
    void close() {
        t.close();
    }

    private Exemplar add(Exemplar e) {
        return repo.insert(e, LocalDate.of(2024, 1, 5), null);
    }

    private List<String> names(ExemplarFilter f) {
        return repo.page(f, 0, 100).stream().map(ExemplarRow::name).toList();
    }

    @Test
    void twoOfficersEditingOneExemplarDoNotOverwriteEachOtherSilently() {
        Exemplar e = add(person("Trần Văn Bình", 1970).unitId(benNghe.id()).position("Tổ trưởng").build());
        ExemplarRepository other = new ExemplarRepository(t.db); // a second officer, on connections of their own
        int readByOne = repo.version(e.id());
        int readByOther = other.version(e.id());

        other.update(e.toBuilder().position("Tổ trưởng tổ dân phố 3").build(), readByOther);
        assertThatThrownBy(() -> repo.update(e.toBuilder().phone("0903 000 111").build(), readByOne))
                .isInstanceOf(UserException.class)
                .satisfies(x -> assertThat(((UserException) x).key()).isEqualTo("exemplar.conflict"))
                .hasMessageContaining("Trần Văn Bình")
                .hasMessageContaining(t.db.officer().login())
                .hasMessageContaining("chưa được lưu");
        Exemplar kept = repo.find(e.id());
        assertThat(kept.position()).as("the other officer's save stays").isEqualTo("Tổ trưởng tổ dân phố 3");
        assertThat(kept.phone()).isNull();
        assertThat(names(ExemplarFilter.ALL.withSearch("tran van binh"))).containsExactly("Trần Văn Bình");

        // read again, the first officer's save goes through
        repo.update(kept.toBuilder().phone("0903 000 111").build(), repo.version(e.id()));
        assertThat(repo.find(e.id()).phone()).isEqualTo("0903 000 111");
        assertThat(repo.version(e.id())).isEqualTo(readByOne + 2);
    }

    @Test
    void anExemplarReadForAChangeCarriesTheVersionOfTheValuesItShows() {
        Exemplar e = add(person("Lê Thị Cúc", 1975).unitId(benNghe.id()).position("Tổ phó").build());
        ExemplarRepository other = new ExemplarRepository(t.db);
        // the list showed the exemplar; before the form opens, the other officer saves a change
        other.update(e.toBuilder().position("Tổ trưởng").build(), other.version(e.id()));

        var opened = repo.findRead(e.id());
        assertThat(opened.exemplar().position()).as("the form shows what is saved now").isEqualTo("Tổ trưởng");
        assertThat(opened.exemplar().fieldIds()).isEqualTo(repo.find(e.id()).fieldIds());
        repo.update(opened.exemplar().toBuilder().phone("0903 222 333").build(), opened.version());
        assertThat(repo.find(e.id())).satisfies(kept -> {
            assertThat(kept.position()).isEqualTo("Tổ trưởng");
            assertThat(kept.phone()).isEqualTo("0903 222 333");
        });
        // a form opened on the old read is refused rather than putting "Tổ phó" back
        assertThatThrownBy(() -> other.update(e.toBuilder().note("ghi chú").build(), opened.version()))
                .isInstanceOf(UserException.class)
                .satisfies(x -> assertThat(((UserException) x).key()).isEqualTo("exemplar.conflict"));
        assertThat(repo.findRead(999_999)).isNull();
    }

    @Test
    void insertFindUpdateDeleteKeepsEveryAttribute() {
        Exemplar saved = add(person("Nguyễn Thị Ánh", 1985).unitId(benNghe.id()).fieldIds(List.of(6L, 13L))
                .position("Điều dưỡng").workplace("Trạm Y tế phường Bến Nghé").phone("0903 123 456")
                .birthDate(LocalDate.of(1985, 3, 2)).foundOn(LocalDate.of(2024, 1, 5)).build());
        Exemplar found = repo.find(saved.id());
        assertThat(found).isEqualTo(saved);

        Exemplar changed = found.toBuilder().position("Trưởng trạm").fieldIds(List.of(6L)).build();
        repo.update(changed);
        assertThat(repo.find(saved.id())).isEqualTo(changed);

        repo.delete(saved.id());
        assertThat(repo.find(saved.id())).isNull();
        assertThat(repo.count(ExemplarFilter.ALL)).isZero();
    }

    @Test
    void deedsHistoryAndEvaluationsBelongToTheExemplarAndGoWithIt() {
        Exemplar e = add(person("Lê Văn Tám", 1970).build());
        repo.timeline().saveDeed(new Deed(null, e.id(), LocalDate.of(2024, 2, 1), "Nhặt được của rơi trả người mất", null));
        repo.timeline().changeStatus(e.id(), ExemplarStatus.FOUND, ExemplarStatus.NURTURED, LocalDate.of(2024, 3, 1), "Đưa vào bồi dưỡng");
        assertThat(repo.timeline().deeds(e.id())).hasSize(1);
        assertThat(repo.timeline().history(e.id())).extracting(h -> h.to())
                .containsExactly(ExemplarStatus.FOUND, ExemplarStatus.NURTURED);
        assertThat(repo.find(e.id()).status()).isEqualTo(ExemplarStatus.NURTURED);
        repo.delete(e.id());
        assertThat(repo.timeline().deeds(e.id())).isEmpty();
        assertThat(repo.timeline().history(e.id())).isEmpty();
    }

    @Test
    void aFailingMultiRowWriteLeavesNothingBehind() {
        Exemplar good = person("Phạm Văn Đồng", 1960).build();
        Exemplar bad = person("Hồ Thị Thu", 1990).unitId(99_999L).build(); // no such unit: foreign key fails
        assertThatThrownBy(() -> repo.insertAll(List.of(good, good, bad), LocalDate.of(2024, 1, 1), null))
                .isInstanceOf(RuntimeException.class);
        assertThat(repo.count(ExemplarFilter.ALL)).isZero();
        assertThat(names(ExemplarFilter.ALL.withSearch("dong"))).isEmpty();
    }

    @Test
    void searchIgnoresCaseAndDiacriticsFoldsDAndMatchesWordPrefixes() {
        add(person("Nguyễn Văn Á", 1980).build());
        add(person("Đặng Thị Hoa", 1975).build());
        add(person("Nguyễn Thị Vân", 1990).build());
        add(collective("Trường Tiểu học Lê Ngọc Hân").summary("Phong trào hiến máu nhân đạo").build());

        assertThat(names(ExemplarFilter.ALL.withSearch("ng v a"))).containsExactly("Nguyễn Văn Á");
        assertThat(names(ExemplarFilter.ALL.withSearch("dang"))).containsExactly("Đặng Thị Hoa");
        assertThat(names(ExemplarFilter.ALL.withSearch("ĐẶNG"))).containsExactly("Đặng Thị Hoa");
        assertThat(names(ExemplarFilter.ALL.withSearch("nguyen"))).containsExactlyInAnyOrder("Nguyễn Văn Á", "Nguyễn Thị Vân");
        assertThat(names(ExemplarFilter.ALL.withSearch("hien mau"))).containsExactly("Trường Tiểu học Lê Ngọc Hân");
        String nfd = Normalizer.normalize("Nguyễn Thị Vân", Normalizer.Form.NFD);
        assertThat(names(ExemplarFilter.ALL.withSearch(nfd))).containsExactly("Nguyễn Thị Vân");
        assertThat(names(ExemplarFilter.ALL.withSearch("\"; DROP TABLE exemplar; --"))).isEmpty();
        assertThat(repo.count(ExemplarFilter.ALL)).isEqualTo(4);
    }

    @Test
    void searchFindsByUnitNameAndFollowsAUnitRename() {
        add(person("Trần Thị Bé", 1988).unitId(tdp3.id()).build());
        assertThat(names(ExemplarFilter.ALL.withSearch("to dan pho 3"))).containsExactly("Trần Thị Bé");
        t.catalogRepo.updateUnit(new Unit(tdp3.id(), benNghe.id(), "Khu phố Đông Hưng", "Khu phố", null, null, null,
                null, null, true, null));
        assertThat(names(ExemplarFilter.ALL.withSearch("dong hung"))).containsExactly("Trần Thị Bé");
        assertThat(names(ExemplarFilter.ALL.withSearch("to dan pho"))).isEmpty();
    }

    @Test
    void listsSortInVietnameseOrderByGivenNameNotByCodePoint() {
        add(person("Nguyễn Văn Đức", 1980).build());
        add(person("Trần Thị Dung", 1980).build());
        add(person("Lê Văn Ân", 1980).build());
        add(person("Phạm Thị Anh", 1980).build());
        add(person("Hồ Văn Ăn", 1980).build());
        add(person("Võ Thị Ê", 1980).build());
        add(person("Lý Văn Em", 1980).build());
        assertThat(names(ExemplarFilter.ALL)).containsExactly(
                "Phạm Thị Anh", "Hồ Văn Ăn", "Lê Văn Ân", "Trần Thị Dung", "Nguyễn Văn Đức", "Lý Văn Em", "Võ Thị Ê");
    }

    @Test
    void filtersByKindFieldUnitWithItsChildrenStatusAndYear() {
        add(person("Nguyễn Văn Một", 1980).unitId(tdp3.id()).fieldIds(List.of(7L)).foundOn(LocalDate.of(2023, 5, 1)).build());
        add(collective("Tổ dân phố 3 tự quản").unitId(benNghe.id()).fieldIds(List.of(14L)).foundOn(LocalDate.of(2024, 5, 1)).build());
        add(household("Lê Văn Hai").fieldIds(List.of(14L)).foundOn(LocalDate.of(2024, 6, 1)).build());

        assertThat(names(ExemplarFilter.ALL.withKind(ExemplarKind.HOUSEHOLD))).containsExactly("Lê Văn Hai");
        assertThat(names(ExemplarFilter.ALL.withField(14L))).hasSize(2);
        assertThat(names(ExemplarFilter.ALL.withUnit(benNghe.id()))).hasSize(2);
        assertThat(names(ExemplarFilter.ALL.withUnit(tdp3.id()))).containsExactly("Nguyễn Văn Một");
        assertThat(names(ExemplarFilter.ALL.withYear(2024))).hasSize(2);
        assertThat(names(ExemplarFilter.ALL.withStatus(ExemplarStatus.FOUND))).hasSize(3);
        assertThat(repo.count(ExemplarFilter.ALL.withYear(2024).withField(14L).withKind(ExemplarKind.COLLECTIVE))).isEqualTo(1);
    }

    private Long placeOf(long id) {
        return t.db.read(c -> ListOrder.of(c, id));
    }

    @Test
    void aSaveMovesTheListPlaceAndTheSearchEntryOnlyWhenWhatTheyAreMadeOfChanges() {
        add(person("Lê Thị Lan", 1975).build());
        Exemplar binh = add(person("Trần Văn Bình", 1970).workplace("Trường Tiểu học Kim Đồng").build());
        add(person("Võ Văn Xuân", 1982).build());
        Long place = placeOf(binh.id());

        Exemplar noted = binh.toBuilder().note("Được biểu dương tháng 11").build();
        repo.update(noted);
        assertThat(repo.find(binh.id())).isEqualTo(noted);
        assertThat(placeOf(binh.id())).as("the same place").isEqualTo(place);
        assertThat(names(ExemplarFilter.ALL.withSearch("tran van binh"))).containsExactly("Trần Văn Bình");
        assertThat(names(ExemplarFilter.ALL.withSearch("kim dong"))).containsExactly("Trần Văn Bình");

        Exemplar moved = noted.toBuilder().workplace("Bệnh viện quận Tân Bình").build();
        repo.update(moved);
        assertThat(repo.find(binh.id())).isEqualTo(moved);
        assertThat(placeOf(binh.id())).isEqualTo(place);
        assertThat(names(ExemplarFilter.ALL.withSearch("benh vien"))).containsExactly("Trần Văn Bình");
        assertThat(names(ExemplarFilter.ALL.withSearch("kim dong"))).isEmpty();

        Exemplar renamed = moved.toBuilder().name("Trần Văn An").build();
        repo.update(renamed);
        assertThat(repo.find(binh.id())).isEqualTo(renamed);
        assertThat(names(ExemplarFilter.ALL)).containsExactly("Trần Văn An", "Lê Thị Lan", "Võ Văn Xuân");
        assertThat(names(ExemplarFilter.ALL.withSearch("tran van an"))).containsExactly("Trần Văn An");
        assertThat(names(ExemplarFilter.ALL.withSearch("binh"))).as("the old name is gone, the workplace stays")
                .containsExactly("Trần Văn An");
        assertThat(names(ExemplarFilter.ALL.withSearch("tran van binh"))).isEmpty();
    }

    @Test
    void pagesAreStableSlicesOfTheSortedList() {
        for (int i = 0; i < 25; i++) {
            add(person("Người Số " + (char) ('A' + i), 1980).build());
        }
        List<String> all = names(ExemplarFilter.ALL);
        assertThat(repo.page(ExemplarFilter.ALL, 10, 10)).extracting(ExemplarRow::name).isEqualTo(all.subList(10, 20));
        assertThat(repo.page(ExemplarFilter.ALL, 20, 10)).hasSize(5);
    }
}
