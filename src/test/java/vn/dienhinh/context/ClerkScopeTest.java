package vn.dienhinh.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dienhinh.testutil.ExemplarFixtures.person;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.ChangeEntry;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.ExemplarRow;
import vn.dienhinh.model.Introduction;
import vn.dienhinh.model.IntroductionRow;
import vn.dienhinh.model.OfficerRole;
import vn.dienhinh.model.Quarter;
import vn.dienhinh.model.Unit;
import vn.dienhinh.testutil.OnPostgres;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.util.UserException;

/**
 * A unit's clerk signed in to a shared registry sees, through the services, only the exemplars of their
 * unit and the units below it and those exemplars' introductions, in lists, searches, counts and pages;
 * by id, and for a save into another unit, they are refused. The office's officer sees everything, and so
 * does a workstation's one officer on a file.
 */
class ClerkScopeTest {

    static final Quarter Q3 = new Quarter(2026, 3);

    @TempDir
    Path dir;
    String url;
    AppContext office;
    AppContext clerk;
    String clerkLogin;
    Unit benNghe;
    Unit tdp3;
    Unit daKao;
    Exemplar an;
    Exemplar binh;
    Exemplar cuong;
    Exemplar dung;

    @BeforeEach
    void open() {
        url = OnPostgres.newDatabase();
        office = AppContext.signIn(url, "postgres", "", TestDb.CLOCK);
        benNghe = office.catalog().saveUnit(Unit.named("Phường Bến Nghé", "Phường"));
        tdp3 = office.catalog().saveUnit(new Unit(null, benNghe.id(), "Tổ dân phố 3", "Tổ dân phố", null, null, null,
                null, null, true, null));
        daKao = office.catalog().saveUnit(Unit.named("Phường Đa Kao", "Phường"));
        an = office.registry().save(person("Nguyễn Văn An", 1980).unitId(benNghe.id()).build());
        binh = office.registry().save(person("Nguyễn Thị Bình", 1985).unitId(tdp3.id()).build());
        cuong = office.registry().save(person("Nguyễn Văn Cường", 1975).unitId(daKao.id()).build());
        dung = office.registry().save(person("Nguyễn Thị Dung", 1990).build()); // of no unit
        office.introductions().record(introduction(benNghe, an));
        office.introductions().record(introduction(daKao, cuong));

        clerkLogin = OnPostgres.newLogin(url, "mk-ben-nghe", false);
        office.users().add(clerkLogin, "Lê Thị Văn Thư", OfficerRole.UNIT_CLERK, benNghe.id());
        clerk = AppContext.signIn(url, clerkLogin, "mk-ben-nghe", TestDb.CLOCK);
    }

    @AfterEach
    void close() {
        if (clerk != null) {
            clerk.close();
        }
        office.close();
    }

    private static Introduction introduction(Unit by, Exemplar e) {
        return new Introduction(null, by.id(), e.id(), null, null, Q3, Q3.start().plusDays(20), null, null, null);
    }

    private static List<String> names(List<ExemplarRow> rows) {
        return rows.stream().map(ExemplarRow::name).toList();
    }

    @Test
    void aClerkListsSearchesCountsAndPagesOnlyTheExemplarsOfTheirUnitAndItsSubUnits() {
        assertThat(clerk.officer().role()).isEqualTo(OfficerRole.UNIT_CLERK);
        assertThat(clerk.registry().count(ExemplarFilter.ALL)).isEqualTo(2);
        assertThat(names(clerk.registry().page(ExemplarFilter.ALL, 0, 100)))
                .containsExactly("Nguyễn Văn An", "Nguyễn Thị Bình");
        // pages of one: the second is the last, the third is empty
        assertThat(names(clerk.registry().page(ExemplarFilter.ALL, 1, 1))).containsExactly("Nguyễn Thị Bình");
        assertThat(clerk.registry().page(ExemplarFilter.ALL, 2, 1)).isEmpty();
        assertThat(clerk.registry().firstPage(ExemplarFilter.ALL, 1).total()).isEqualTo(2);

        ExemplarFilter nguyen = ExemplarFilter.ALL.withSearch("nguyen");
        assertThat(clerk.registry().count(nguyen)).isEqualTo(2);
        assertThat(names(clerk.registry().page(nguyen, 0, 100))).containsExactly("Nguyễn Văn An", "Nguyễn Thị Bình");
        assertThat(clerk.registry().count(ExemplarFilter.ALL.withSearch("cuong"))).isZero();
        assertThat(clerk.registry().count(ExemplarFilter.ALL.withUnit(daKao.id()))).isZero();
        assertThat(clerk.registry().positionOf(ExemplarFilter.ALL, cuong.id())).isEqualTo(-1);
        assertThat(clerk.registry().positionOf(nguyen, binh.id())).isEqualTo(1);
        // the figures of the registry are theirs too
        assertThat(clerk.stats().stats().exemplars()).isEqualTo(2);
        assertThat(clerk.stats().stats().byKind()).containsEntry(vn.dienhinh.model.ExemplarKind.INDIVIDUAL, 2L);
        assertThat(office.stats().stats().exemplars()).isEqualTo(4);
        List<String> exported = new java.util.ArrayList<>();
        clerk.registry().forEachRow(ExemplarFilter.ALL, r -> exported.add(r.name()));
        assertThat(exported).containsExactly("Nguyễn Văn An", "Nguyễn Thị Bình");
    }

    @Test
    void aClerkCannotReadAnotherUnitsExemplarByIdNorCreateOrMoveOneIntoIt() {
        assertThat(clerk.registry().require(binh.id()).name()).isEqualTo("Nguyễn Thị Bình");
        assertThatThrownBy(() -> clerk.registry().require(cuong.id()))
                .isInstanceOf(UserException.class)
                .satisfies(e -> assertThat(((UserException) e).key()).isEqualTo("scope.otherUnit"))
                .hasMessageContaining("Nguyễn Văn Cường").hasMessageContaining("Phường Bến Nghé");
        assertThatThrownBy(() -> clerk.registry().require(dung.id())).hasMessageContaining("thuộc đơn vị khác");
        assertThatThrownBy(() -> clerk.registry().deeds(cuong.id())).hasMessageContaining("thuộc đơn vị khác");

        assertThatThrownBy(() -> clerk.registry().save(person("Phạm Văn Em", 1988).unitId(daKao.id()).build()))
                .satisfies(e -> assertThat(((UserException) e).key()).isEqualTo("scope.unitOutside"))
                .hasMessageContaining("Phạm Văn Em");
        assertThatThrownBy(() -> clerk.registry().save(person("Phạm Văn Em", 1988).build()))
                .satisfies(e -> assertThat(((UserException) e).key()).isEqualTo("scope.unitOutside"));
        assertThatThrownBy(() -> clerk.registry().save(an.toBuilder().unitId(daKao.id()).build()))
                .satisfies(e -> assertThat(((UserException) e).key()).isEqualTo("scope.unitOutside"));
        assertThatThrownBy(() -> clerk.registry().save(cuong.toBuilder().position("Tổ trưởng").build()))
                .satisfies(e -> assertThat(((UserException) e).key()).isEqualTo("scope.otherUnit"));
        assertThat(office.registry().count(ExemplarFilter.ALL)).as("nothing was written").isEqualTo(4);
        assertThat(office.registry().require(an.id()).unitId()).isEqualTo(benNghe.id());
        assertThat(office.registry().require(cuong.id()).position()).isNull();

        vn.dienhinh.model.Deed deed = office.registry().saveDeed(new vn.dienhinh.model.Deed(null, cuong.id(), TestDb.TODAY,
                "Cứu người đuối nước", null));
        assertThatThrownBy(() -> clerk.registry().deleteDeed(deed.id()))
                .satisfies(e -> assertThat(((UserException) e).key()).isEqualTo("scope.partOutside"));
        assertThat(office.registry().deeds(cuong.id())).hasSize(1);
        assertThatThrownBy(() -> clerk.imports().preview(dir.resolve("danh-sach.xlsx"), null, null))
                .satisfies(e -> assertThat(((UserException) e).key()).isEqualTo("scope.importOffice"));

        // within their units they enter and move freely
        Exemplar em = clerk.registry().save(person("Phạm Văn Em", 1988).unitId(tdp3.id()).build());
        clerk.registry().save(em.toBuilder().unitId(benNghe.id()).build());
        assertThat(clerk.registry().count(ExemplarFilter.ALL)).isEqualTo(3);
    }

    @Test
    void aClerkSeesAndRecordsOnlyTheIntroductionsOfTheirUnitsExemplars() {
        assertThat(clerk.introductions().ofQuarter(Q3)).extracting(IntroductionRow::exemplarName)
                .containsExactly("Nguyễn Văn An");
        assertThat(clerk.introductions().countsPerQuarter(Q3)).containsEntry(Q3, 1L);
        assertThat(clerk.introductions().ofExemplar(cuong.id())).isEmpty();
        long cuongsIntroduction = office.introductions().ofExemplar(cuong.id()).get(0).id();
        assertThatThrownBy(() -> clerk.introductions().require(cuongsIntroduction)).hasMessageContaining("Không tìm thấy");
        assertThatThrownBy(() -> clerk.introductions().delete(cuongsIntroduction)).hasMessageContaining("Không tìm thấy");
        assertThatThrownBy(() -> clerk.introductions().record(introduction(benNghe, cuong)))
                .satisfies(e -> assertThat(((UserException) e).key()).isEqualTo("scope.otherUnit"));

        clerk.introductions().record(introduction(benNghe, binh));
        assertThat(clerk.introductions().ofQuarter(Q3)).hasSize(2);
        assertThat(office.introductions().ofQuarter(Q3)).as("the office's officer sees all").hasSize(3);
        assertThat(office.introductions().countsPerQuarter(Q3)).containsEntry(Q3, 3L);
    }

    @Test
    void theOfficesOwnWorkIsRefusedToAClerkWhoStillReadsTheirOwnExemplarsCommendationsAndResults() {
        long form = office.awards().forms().get(0).id();
        office.awards().record(new vn.dienhinh.model.Commendation(null, an.id(), form, "DISTRICT", "5/QĐ-UBND",
                java.time.LocalDate.of(2025, 3, 1), null, null, null, null, List.of()));
        office.awards().record(new vn.dienhinh.model.Commendation(null, cuong.id(), form, "DISTRICT", "6/QĐ-UBND",
                java.time.LocalDate.of(2025, 3, 1), null, null, null, null, List.of()));
        var cuongsResult = office.eligibility().saveResult(new vn.dienhinh.model.YearlyResult(null, cuong.id(), 2025,
                vn.dienhinh.model.TaskRating.EXCELLENT, 1, null));

        // the register, the nominations, the council, the eligibility of all, the office's documents and settings
        List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> officeWork = List.of(
                () -> clerk.awards().rows(null, null),
                () -> clerk.awards().between(java.time.LocalDate.of(2025, 1, 1), TestDb.TODAY),
                () -> clerk.awards().record(new vn.dienhinh.model.Commendation(null, an.id(), form, "DISTRICT", "7/QĐ",
                        java.time.LocalDate.of(2025, 3, 1), null, null, null, null, List.of())),
                () -> clerk.nominations().all(),
                () -> clerk.council().settings(),
                () -> clerk.eligibility().assess(2025, form),
                () -> clerk.eligibility().importResults(dir.resolve("ket-qua.xlsx"), true),
                () -> clerk.quarterlyReports().data(Q3, TestDb.TODAY),
                () -> clerk.statistics().of(2025, TestDb.TODAY),
                () -> clerk.summaryReports().ofYears(2025, 2026, false, TestDb.TODAY),
                () -> clerk.lists().introductions(Q3, Q3, dir.resolve("gioi-thieu.xlsx")),
                () -> clerk.office().save(clerk.office().load()),
                () -> clerk.moves().copyTo(dir.resolve("ban-sao.db").toString(), vn.dienhinh.model.CopyProgress.NONE));
        for (var work : officeWork) {
            assertThatThrownBy(work)
                    .isInstanceOf(UserException.class)
                    .satisfies(e -> assertThat(((UserException) e).key()).isEqualTo("scope.officeWork"))
                    .hasMessageContaining(clerkLogin).hasMessageContaining("cán bộ thi đua của cơ quan");
        }
        assertThat(clerk.office().isOfficeOfficer()).isFalse();
        assertThat(dir.resolve("gioi-thieu.xlsx")).doesNotExist();
        assertThat(dir.resolve("ban-sao.db")).doesNotExist();
        assertThat(office.awards().rows(null, null)).as("nothing was written").hasSize(2);

        // their own exemplar's commendations and yearly results they read and keep
        assertThat(clerk.awards().ofExemplar(an.id())).extracting(vn.dienhinh.model.Commendation::decisionNumber)
                .containsExactly("5/QĐ-UBND");
        assertThat(clerk.awards().historyByYear(an.id())).containsOnlyKeys(2025);
        var ansResult = clerk.eligibility().saveResult(new vn.dienhinh.model.YearlyResult(null, an.id(), 2025,
                vn.dienhinh.model.TaskRating.GOOD, 0, null));
        assertThat(clerk.eligibility().results(an.id())).hasSize(1);
        clerk.eligibility().deleteResult(ansResult.id());
        assertThat(clerk.eligibility().results(an.id())).isEmpty();
        // not another unit's
        List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> otherUnit = List.of(
                () -> clerk.awards().ofExemplar(cuong.id()),
                () -> clerk.eligibility().results(cuong.id()),
                () -> clerk.eligibility().saveResult(new vn.dienhinh.model.YearlyResult(null, cuong.id(), 2024,
                        vn.dienhinh.model.TaskRating.GOOD, 0, null)),
                () -> clerk.eligibility().saveResult(new vn.dienhinh.model.YearlyResult(cuongsResult.id(), an.id(), 2024,
                        vn.dienhinh.model.TaskRating.GOOD, 0, null)),
                () -> clerk.eligibility().deleteResult(cuongsResult.id()));
        for (var work : otherUnit) {
            assertThatThrownBy(work).satisfies(e -> assertThat(((UserException) e).key()).isEqualTo("scope.otherUnit"));
        }
        assertThat(office.eligibility().results(cuong.id())).containsExactly(cuongsResult);

        // the office's officer does all of it
        assertThat(office.nominations().all()).isEmpty();
        assertThat(office.council().settings()).isNotNull();
        assertThat(office.quarterlyReports().data(Q3, TestDb.TODAY)).isNotNull();
        assertThat(office.office().isOfficeOfficer()).isTrue();
    }

    @Test
    void theOfficesOfficerSeesEverything() {
        assertThat(office.officer().role()).isEqualTo(OfficerRole.OFFICE);
        assertThat(office.registry().count(ExemplarFilter.ALL)).isEqualTo(4);
        assertThat(office.registry().count(ExemplarFilter.ALL.withSearch("nguyen"))).isEqualTo(4);
        assertThat(office.registry().require(cuong.id()).name()).isEqualTo("Nguyễn Văn Cường");
        assertThat(office.introductions().ofQuarter(Q3)).hasSize(2);
    }

    @Test
    void theHistoryNamesTheOfficerSignedIn() {
        clerk.registry().save(clerk.registry().require(an.id()).toBuilder().position("Tổ trưởng").build());
        List<ChangeEntry> lines = office.history().ofExemplar(an.id());
        assertThat(lines.get(0).user()).isEqualTo(clerkLogin);
        assertThat(lines.get(lines.size() - 1).user()).as("created by the office's officer").isEqualTo("postgres");

        // the clerk reads the history of their exemplars, not of another unit's
        assertThat(clerk.history().ofExemplar(an.id())).hasSameSizeAs(lines);
        assertThat(clerk.history().ofExemplar(cuong.id())).isEmpty();
        assertThat(clerk.history().recent(100)).isNotEmpty()
                .allSatisfy(l -> assertThat(l.exemplarId()).isIn(an.id(), binh.id()));
        assertThat(office.history().recent(100)).anySatisfy(l -> assertThat(l.exemplarId()).isEqualTo(cuong.id()));
    }

    @Test
    void onAWorkstationsFileTheOneOfficerSeesEverythingWithoutSigningIn() {
        try (AppContext file = AppContext.open(dir.resolve("file.db"), TestDb.CLOCK)) {
            assertThat(file.officer().seesAll()).isTrue();
            assertThat(file.officer().login()).isEqualTo(System.getProperty("user.name"));
            assertThat(file.isShared()).isFalse();
            Unit a = file.catalog().saveUnit(Unit.named("Phường Bến Nghé", "Phường"));
            Unit b = file.catalog().saveUnit(Unit.named("Phường Đa Kao", "Phường"));
            file.registry().save(person("Nguyễn Văn An", 1980).unitId(a.id()).build());
            Exemplar other = file.registry().save(person("Nguyễn Văn Cường", 1975).unitId(b.id()).build());
            file.registry().save(person("Nguyễn Thị Dung", 1990).build());
            file.introductions().record(introduction(b, other));
            assertThat(file.registry().count(ExemplarFilter.ALL)).isEqualTo(3);
            assertThat(file.registry().count(ExemplarFilter.ALL.withSearch("nguyen"))).isEqualTo(3);
            assertThat(names(file.registry().page(ExemplarFilter.ALL, 0, 2))).hasSize(2);
            assertThat(file.registry().require(other.id()).name()).isEqualTo("Nguyễn Văn Cường");
            assertThat(file.introductions().ofQuarter(Q3)).hasSize(1);
            assertThat(file.history().ofExemplar(other.id()).get(0).user()).isEqualTo(System.getProperty("user.name"));
            assertThatThrownBy(() -> file.users().list())
                    .satisfies(e -> assertThat(((UserException) e).key()).isEqualTo("users.serverOnly"));
        }
    }
}
