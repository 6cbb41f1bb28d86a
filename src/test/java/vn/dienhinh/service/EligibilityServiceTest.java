package vn.dienhinh.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dienhinh.testutil.ExemplarFixtures.collective;
import static vn.dienhinh.testutil.ExemplarFixtures.person;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.Commendation;
import vn.dienhinh.model.Deed;
import vn.dienhinh.model.EligibilityRule;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.Nomination;
import vn.dienhinh.model.RuleKind;
import vn.dienhinh.model.TaskRating;
import vn.dienhinh.model.Unit;
import vn.dienhinh.model.Verdict;
import vn.dienhinh.model.YearlyResult;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.util.UserException;

/** Each default condition judged at its edges on histories built in a fresh registry, and an edited rule. */
class EligibilityServiceTest {

    @TempDir
    Path dir;
    TestDb t;
    Unit school;
    AwardForm ldtt;
    AwardForm cstdcs;
    AwardForm cstdTinh;
    AwardForm bangKhen;
    AwardForm giayKhen;

    @BeforeEach
    void open() {
        t = new TestDb(dir);
        school = t.catalog.saveUnit(Unit.named("Trường Tiểu học Lê Lợi", "Trường học"));
        ldtt = form("Lao động tiên tiến");
        cstdcs = form("Chiến sĩ thi đua cơ sở");
        cstdTinh = form("Chiến sĩ thi đua cấp tỉnh");
        bangKhen = form("Bằng khen");
        giayKhen = form("Giấy khen");
    }

    @AfterEach
    void close() {
        t.close();
    }

    private AwardForm form(String name) {
        return t.awards.forms().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private Exemplar teacher(String name) {
        return t.registry.save(person(name, 1985).unitId(school.id()).build());
    }

    private void award(Exemplar e, AwardForm f, int year) {
        t.awards.record(new Commendation(null, e.id(), f.id(), f.levels().get(0), year + "/QĐ-UBND",
                LocalDate.of(year, 12, 20), null, null, null, null, List.of()));
    }

    private void result(Exemplar e, int year, TaskRating r, int initiatives) {
        t.eligibility.saveResult(new YearlyResult(null, e.id(), year, r, initiatives, null));
    }

    private Verdict verdict(Exemplar e, AwardForm f, int year) {
        return t.eligibility.verdicts(List.of(e.id()), f.id(), year).get(e.id());
    }

    @Test
    void theProvincialTitleWantsThreeBaseTitlesInARowNotTwoAndNotWithAGap() {
        Exemplar three = teacher("Nguyễn Thị Ba");
        Exemplar two = teacher("Trần Văn Hai");
        Exemplar gap = teacher("Lê Thị Cách");
        for (int y = 2023; y <= 2025; y++) {
            award(three, cstdcs, y);
            result(three, y, TaskRating.EXCELLENT, 1);
        }
        award(two, cstdcs, 2024);
        award(two, cstdcs, 2025);
        result(two, 2025, TaskRating.EXCELLENT, 1);
        award(gap, cstdcs, 2022);
        award(gap, cstdcs, 2023);
        award(gap, cstdcs, 2025);
        result(gap, 2025, TaskRating.EXCELLENT, 1);

        Verdict ok = verdict(three, cstdTinh, 2025);
        assertThat(ok.eligible()).isTrue();
        assertThat(EligibilityService.evidenceText(ok)).contains("2023 (QĐ 2023/QĐ-UBND), 2024", "2025");

        Verdict short2 = verdict(two, cstdTinh, 2025);
        assertThat(short2.eligible()).isFalse();
        assertThat(short2.missing()).singleElement().satisfies(c -> {
            assertThat(c.rule().kind()).isEqualTo(RuleKind.TITLE);
            assertThat(c.condition()).isEqualTo("3 năm liên tục đạt “Chiến sĩ thi đua cơ sở” đến năm 2025");
            assertThat(c.evidence()).contains("2024", "2025");
        });
        assertThat(verdict(gap, cstdTinh, 2025).missing()).extracting(c -> c.rule().kind()).containsExactly(RuleKind.TITLE);
        // the year of the third title is the year considered: a year later the run has ended
        assertThat(verdict(three, cstdTinh, 2024).eligible()).isFalse();
    }

    @Test
    void theBaseTitleWantsTheAdvancedWorkerTitleAndAnInitiativeOfTheSameYear() {
        Exemplar a = teacher("Phạm Văn An");
        award(a, ldtt, 2025);
        result(a, 2025, TaskRating.GOOD, 0);
        for (int i = 0; i < 9; i++) {
            award(teacher("Giáo viên " + i), ldtt, 2025); // ten holders: a share of one
        }
        Verdict noInitiative = verdict(a, cstdcs, 2025);
        assertThat(noInitiative.missing()).extracting(c -> c.rule().kind()).containsExactly(RuleKind.INITIATIVES);

        result(a, 2025, TaskRating.GOOD, 1);
        assertThat(verdict(a, cstdcs, 2025).eligible()).isTrue();
        // the advanced worker title of the year before does not count
        assertThat(verdict(a, cstdcs, 2026).missing()).extracting(c -> c.rule().kind())
                .contains(RuleKind.TITLE, RuleKind.INITIATIVES);
    }

    @Test
    void theShareIsFifteenPerCentOfTheUnitsAdvancedWorkersRoundedDown() {
        List<Exemplar> staff = new java.util.ArrayList<>();
        for (int i = 0; i < 13; i++) {
            Exemplar e = teacher("Giáo viên số " + i);
            award(e, ldtt, 2025);
            result(e, 2025, TaskRating.EXCELLENT, 1);
            staff.add(e);
        }
        // 13 holders: 15% is 1.95, at most one
        award(staff.get(0), cstdcs, 2025);
        Verdict second = verdict(staff.get(1), cstdcs, 2025);
        assertThat(second.missing()).singleElement().satisfies(c -> {
            assertThat(c.rule().kind()).isEqualTo(RuleKind.SHARE);
            assertThat(c.evidence()).isEqualTo("đơn vị Trường Tiểu học Lê Lợi: 13 “Lao động tiên tiến” → tối đa 1, đã có 1");
        });
        // the one who has it is judged against the others, not against itself; what fails is "already"
        assertThat(verdict(staff.get(0), cstdcs, 2025).missing()).extracting(Verdict.Check::rule).containsOnlyNulls();

        // 14 holders: 2.1, at most two
        Exemplar fourteenth = teacher("Giáo viên số 13");
        award(fourteenth, ldtt, 2025);
        assertThat(verdict(staff.get(1), cstdcs, 2025).eligible()).isTrue();
    }

    @Test
    void theStandingCommendationWantsTwoExcellentYearsInARowAndTwoInitiatives() {
        Exemplar a = teacher("Đỗ Thị Hoa");
        result(a, 2024, TaskRating.EXCELLENT, 1);
        result(a, 2025, TaskRating.GOOD, 1);
        Verdict v = verdict(a, bangKhen, 2025);
        assertThat(v.missing()).singleElement().satisfies(c -> {
            assertThat(c.rule().kind()).isEqualTo(RuleKind.RATING);
            assertThat(c.evidence()).isEqualTo("năm 2024: Hoàn thành xuất sắc nhiệm vụ, năm 2025: Hoàn thành tốt nhiệm vụ");
        });
        result(a, 2025, TaskRating.EXCELLENT, 1);
        assertThat(verdict(a, bangKhen, 2025).eligible()).isTrue();
    }

    @Test
    void aConditionForIndividualsIsNotAskedOfACollectiveAndAFormForIndividualsListsNoCollective() {
        Exemplar team = t.registry.save(collective("Tổ Toán").unitId(school.id()).build());
        Verdict v = verdict(team, bangKhen, 2025);
        assertThat(v.checks()).extracting(Verdict.Check::rule).containsOnlyNulls();
        assertThat(v.eligible()).isTrue();
        assertThat(EligibilityService.verdictText(v)).isEqualTo("Chưa có điều kiện nào được ghi cho hình thức này");

        teacher("Vũ Văn Bình");
        assertThat(t.eligibility.assess(2025, cstdcs.id())).extracting(x -> x.exemplar().name())
                .containsExactly("Vũ Văn Bình");
    }

    @Test
    void theCollectiveTitlesAskTheCollectivesOwnYearAndSayTheMembersConditionsAreTheOfficers() {
        AwardForm advanced = form("Tập thể lao động tiên tiến");
        AwardForm excellent = form("Tập thể lao động xuất sắc");
        Exemplar team = t.registry.save(collective("Tổ Toán").unitId(school.id()).build());
        result(team, 2025, TaskRating.GOOD, 0);
        assertThat(verdict(team, advanced, 2025).eligible()).isTrue();
        assertThat(verdict(team, excellent, 2025).missing()).singleElement()
                .satisfies(c -> assertThat(c.evidence()).isEqualTo("năm 2025: Hoàn thành tốt nhiệm vụ"));
        result(team, 2025, TaskRating.EXCELLENT, 0);
        assertThat(verdict(team, excellent, 2025).eligible()).isTrue();
        // a person is never listed for a collective's title
        teacher("Vũ Văn Bình");
        assertThat(t.eligibility.assess(2025, excellent.id())).extracting(x -> x.exemplar().name())
                .containsExactly("Tổ Toán");
        assertThat(t.eligibility.rules(excellent.id())).singleElement()
                .satisfies(r -> assertThat(r.note()).contains("70%").contains("cán bộ đối chiếu"));
    }

    @Test
    void theIntervalIsOffByDefaultAndCountsYearsOnceSwitchedOn() {
        Exemplar a = teacher("Hoàng Văn Khoa");
        t.registry.saveDeed(new Deed(null, a.id(), LocalDate.of(2025, 3, 1), "Cứu người đuối nước", null));
        award(a, giayKhen, 2024);
        assertThat(verdict(a, giayKhen, 2025).eligible()).isTrue();

        EligibilityRule interval = t.eligibility.rules(giayKhen.id()).stream()
                .filter(r -> r.kind() == RuleKind.INTERVAL).findFirst().orElseThrow();
        assertThat(interval.active()).isFalse();
        t.eligibility.saveRule(new EligibilityRule(interval.id(), interval.formId(), RuleKind.INTERVAL, null, 2, 1, null,
                0, null, true, interval.basis(), "Quy chế của phường: hai năm", 1));
        Verdict v = verdict(a, giayKhen, 2025);
        assertThat(v.missing()).singleElement().satisfies(c -> {
            assertThat(c.condition()).isEqualTo("Cách lần “Giấy khen” gần nhất ít nhất 2 năm");
            assertThat(c.evidence()).isEqualTo("lần gần nhất năm 2024");
        });
        assertThat(verdict(a, giayKhen, 2026).eligible()).isTrue();
    }

    @Test
    void anEditedRuleChangesTheVerdictAndEachDefaultCitesItsSource() {
        Exemplar a = teacher("Ngô Thị Lan");
        award(a, cstdcs, 2024);
        award(a, cstdcs, 2025);
        result(a, 2025, TaskRating.EXCELLENT, 1);
        assertThat(verdict(a, cstdTinh, 2025).eligible()).isFalse();

        EligibilityRule run = t.eligibility.rules(cstdTinh.id()).get(0);
        t.eligibility.saveRule(new EligibilityRule(run.id(), run.formId(), run.kind(), run.refFormId(), 2, run.amount(),
                null, 0, null, true, run.basis(), run.note(), run.sortOrder()));
        assertThat(verdict(a, cstdTinh, 2025).eligible()).isTrue();

        assertThat(t.eligibility.rules()).allSatisfy(r -> assertThat(r.basis()).isNotBlank())
                .anySatisfy(r -> assertThat(r.note()).contains("chưa tra được"));
        assertThatThrownBy(() -> t.eligibility.saveRule(new EligibilityRule(null, cstdcs.id(), RuleKind.SHARE, null, 1,
                15, null, 0, null, true, "Quy chế", null, 9)))
                .isInstanceOf(UserException.class).hasMessage("Điều kiện của “Chiến sĩ thi đua cơ sở”: hãy chọn danh hiệu, hình thức được tính");
    }

    @Test
    void aYearlyResultIsOnePerYearGoesToTheHistoryAndABadYearIsRefused() {
        Exemplar a = teacher("Mai Văn Tú");
        result(a, 2025, TaskRating.GOOD, 0);
        result(a, 2025, TaskRating.EXCELLENT, 2);
        assertThat(t.eligibility.results(a.id())).singleElement()
                .satisfies(r -> assertThat(r.rating()).isEqualTo(TaskRating.EXCELLENT));
        assertThat(t.history.ofExemplar(a.id())).extracting(ChangeHistoryService::describe)
                .contains("Mức hoàn thành nhiệm vụ: Hoàn thành tốt nhiệm vụ → Hoàn thành xuất sắc nhiệm vụ\n"
                        + "Số sáng kiến được công nhận: 0 → 2");
        assertThatThrownBy(() -> result(a, 2027, TaskRating.GOOD, 0)).isInstanceOf(UserException.class)
                .hasMessage("Năm 2027 không hợp lệ: kết quả năm từ 1945 đến 2026.");
        assertThatThrownBy(() -> t.eligibility.year("20255")).hasMessage("Năm “20255” không hợp lệ: năm xét từ 1945 đến 2026.");
    }

    @Test
    void theChosenBecomeADraftNominationWithTheirDeedsOfTheYear() {
        Exemplar a = teacher("Lý Thị Mơ");
        Deed d = t.registry.saveDeed(new Deed(null, a.id(), LocalDate.of(2025, 5, 4), "Sáng kiến dạy đọc", null));
        t.registry.saveDeed(new Deed(null, a.id(), LocalDate.of(2023, 5, 4), "Việc cũ", null));
        Nomination n = t.eligibility.propose(2025, cstdcs.id(), null, school.id(), List.of(a.id()));
        assertThat(n.status()).isEqualTo(vn.dienhinh.model.NominationStatus.DRAFT);
        assertThat(n.title()).isEqualTo("Đề nghị tặng “Chiến sĩ thi đua cơ sở” năm 2025");
        assertThat(n.nominees()).singleElement().satisfies(x -> assertThat(x.deedIds()).containsExactly(d.id()));
        assertThat(t.nominations.problems(n)).isEqualTo(Map.of());
        assertThatThrownBy(() -> t.eligibility.propose(2025, cstdcs.id(), null, null, List.of()))
                .hasMessage("Hãy chọn ít nhất một điển hình để lập đề nghị.");
    }

    @Test
    void yearlyResultsAreImportedFromExcelEachBadRowSaidWithItsRowAndNoneTurnedIntoAnotherValue() {
        Exemplar an = teacher("Nguyễn Văn An");
        Exemplar binh = teacher("Trần Thị Bình");
        Unit ward = t.catalog.saveUnit(Unit.named("Phường Đa Kao", "Phường"));
        t.registry.save(person("Trần Thị Bình", 1990).unitId(ward.id()).build());
        Path file = vn.dienhinh.testutil.Workbooks.create().sheet("Kết quả 2025")
                .row(1, "DANH SÁCH XẾP LOẠI NĂM 2025")
                .row(3, "STT", "Họ và tên", "Đơn vị", "Năm", "Xếp loại", "Số sáng kiến")
                .row(4, 1, "Nguyễn Văn An", null, 2025, "HTXSNV", 2)
                .row(5, 2, "Trần Thị Bình", "Trường Tiểu học Lê Lợi", 2025, "Hoàn thành tốt nhiệm vụ", 0)
                .row(6, 3, "Trần Thị Bình", null, 2025, "HTTNV", 1)
                .row(7, 4, "Nguyễn Văn An", null, 20255, "HTTNV", 1)
                .row(8, 5, "Lê Văn Không", null, 2025, "HTTNV", 1)
                .row(9, 6, "Nguyễn Văn An", null, 2024, "Giỏi", 1)
                .write(dir.resolve("ket-qua.xlsx"));

        EligibilityService.ResultImport dry = t.eligibility.importResults(file, true);
        assertThat(dry.valid()).isEqualTo(2);
        assertThat(dry.written()).isZero();
        assertThat(t.eligibility.results(an.id())).isEmpty();

        EligibilityService.ResultImport r = t.eligibility.importResults(file, false);
        assertThat(r.written()).isEqualTo(2);
        assertThat(r.problems()).containsExactly(
                "Trang “Kết quả 2025”, dòng 6: có 2 điển hình tên “Trần Thị Bình”: ghi thêm đơn vị để phân biệt",
                "Trang “Kết quả 2025”, dòng 7: Năm “20255” không hợp lệ (năm từ 1945 đến nay, không phải ngày tháng)",
                "Trang “Kết quả 2025”, dòng 8: không có điển hình “Lê Văn Không” trong sổ",
                "Trang “Kết quả 2025”, dòng 9: Xếp loại “Giỏi” không đọc được (ghi như “Hoàn thành xuất sắc nhiệm vụ” hoặc “HTXSNV”)");
        assertThat(t.eligibility.results(an.id())).singleElement().satisfies(x -> {
            assertThat(x.year()).isEqualTo(2025);
            assertThat(x.rating()).isEqualTo(TaskRating.EXCELLENT);
            assertThat(x.initiatives()).isEqualTo(2);
        });
        assertThat(t.eligibility.results(binh.id())).singleElement()
                .satisfies(x -> assertThat(x.rating()).isEqualTo(TaskRating.GOOD));
    }
}
