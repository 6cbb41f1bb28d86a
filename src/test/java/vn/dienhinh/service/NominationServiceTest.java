package vn.dienhinh.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dienhinh.testutil.ExemplarFixtures.collective;
import static vn.dienhinh.testutil.ExemplarFixtures.household;
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
import vn.dienhinh.model.DossierPaper;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.Nomination;
import vn.dienhinh.model.NominationStatus;
import vn.dienhinh.model.Nominee;
import vn.dienhinh.model.Unit;
import vn.dienhinh.testutil.TestDb;

/** The office's rules (seed 003 III.3.2) and the life of a nomination. */
class NominationServiceTest {

    @TempDir
    Path dir;
    TestDb t;
    Unit benNghe;
    Unit daKao;
    Exemplar an;
    Deed rescue;
    Deed lostWallet;
    AwardForm certificate;
    AwardForm goodDeeds;

    @BeforeEach
    void open() {
        t = new TestDb(dir);
        benNghe = t.catalog.saveUnit(Unit.named("Phường Bến Nghé", "Phường"));
        daKao = t.catalog.saveUnit(Unit.named("Phường Đa Kao", "Phường"));
        an = t.registry.save(person("Nguyễn Văn An", 1980).unitId(benNghe.id()).build());
        rescue = t.registry.saveDeed(new Deed(null, an.id(), LocalDate.of(2026, 3, 2), "Cứu người đuối nước", null));
        lostWallet = t.registry.saveDeed(new Deed(null, an.id(), LocalDate.of(2026, 6, 9), "Trả lại ví nhặt được", null));
        certificate = form("Giấy khen");
        goodDeeds = form("Người tốt, việc tốt");
    }

    @AfterEach
    void close() {
        t.close();
    }

    private AwardForm form(String name) {
        return t.awards.forms().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private Nomination draft(AwardForm form, String level, Unit unit, Exemplar e, Deed... deeds) {
        return t.nominations.save(new Nomination(null, form.id(), level, unit.id(), "Ủy ban nhân dân quận", null, null,
                null, null, null, null, null, null, null,
                List.of(new Nominee(null, e.id(), null, java.util.Arrays.stream(deeds).map(Deed::id).toList())), Map.of()));
    }

    private Nomination decided(AwardForm form, String level, Unit unit, Exemplar e, Deed... deeds) {
        Nomination n = draft(form, level, unit, e, deeds);
        t.nominations.submit(n.id());
        t.nominations.approve(n.id(), List.of(), null);
        return t.nominations.decide(n.id(), "15/QĐ-UBND", TestDb.TODAY, null);
    }

    @Test
    void goodDeedsIsForIndividualsOnlyAndTheMessageNamesTheExemplar() {
        Exemplar tdp = t.registry.save(collective("Tổ dân phố 5").unitId(benNghe.id()).build());
        Deed d = t.registry.saveDeed(new Deed(null, tdp.id(), LocalDate.of(2026, 1, 5), "Xây nhà tình nghĩa", null));
        Nomination n = draft(goodDeeds, "DISTRICT", benNghe, tdp, d);
        assertThat(t.nominations.problems(n).get(tdp.id()))
                .containsExactly("Danh hiệu “Người tốt, việc tốt” chỉ xét tặng cho cá nhân; “Tổ dân phố 5” là tập thể.");
        assertThatThrownBy(() -> t.nominations.submit(n.id())).hasMessageContaining("chỉ xét tặng cho cá nhân");
        assertThat(t.nominations.require(n.id()).status()).isEqualTo(NominationStatus.DRAFT);
    }

    @Test
    void aFormIsOnlyForTheKindsAndLevelsTheCatalogueAllows() {
        Exemplar home = t.registry.save(household("Lê Văn Hộ").build());
        Deed d = t.registry.saveDeed(new Deed(null, home.id(), LocalDate.of(2026, 1, 5), "Gia đình văn hóa 5 năm liền", null));
        assertThat(t.nominations.problems(draft(form("Lao động tiên tiến"), "COMMUNE", benNghe, home, d)).get(home.id()))
                .containsExactly("Hình thức “Lao động tiên tiến” không dành cho hộ gia đình (“Lê Văn Hộ”).");
        assertThat(t.nominations.problems(draft(certificate, "PROVINCE", benNghe, an, rescue)).get(an.id()))
                .containsExactly("Hình thức “Giấy khen” không xét tặng ở Cấp tỉnh, thành phố.");
    }

    @Test
    void oneDeedGroundsAtMostOneNominationPerLevelButMayGoToAnotherLevel() {
        Nomination first = draft(goodDeeds, "DISTRICT", benNghe, an, rescue);
        t.nominations.submit(first.id());
        Nomination again = draft(goodDeeds, "DISTRICT", benNghe, an, rescue);
        assertThat(t.nominations.problems(again).get(an.id())).singleElement().asString()
                .contains("Khen trùng").contains("“Cứu người đuối nước” (02/03/2026)")
                .contains("Đề nghị khen thưởng số " + first.id()).contains("Cấp huyện, quận");
        // the same deed at another level is allowed
        assertThat(t.nominations.problems(draft(goodDeeds, "PROVINCE", benNghe, an, rescue))).isEmpty();
        // another deed of the same person at the same level is allowed: "Người tốt, việc tốt" may be received again
        assertThat(t.nominations.problems(draft(goodDeeds, "DISTRICT", benNghe, an, lostWallet))).isEmpty();
    }

    @Test
    void aDeedAlreadyCommendedAtALevelCannotGroundAnotherNominationThere() {
        decided(certificate, "DISTRICT", benNghe, an, rescue);
        Nomination n = draft(certificate, "DISTRICT", benNghe, an, rescue);
        assertThat(t.nominations.problems(n).get(an.id())).anyMatch(m -> m.contains("Quyết định số 15/QĐ-UBND"));
        // a commendation recorded by hand is held to the same rule
        assertThatThrownBy(() -> t.awards.record(new Commendation(null, an.id(), goodDeeds.id(), "DISTRICT", "9/QĐ",
                LocalDate.of(2026, 11, 1), null, null, null, null, List.of(rescue.id())))).hasMessageContaining("Khen trùng");
    }

    @Test
    void oneDeedOfOneExemplarIsProposedByOneUnitOnly() {
        t.nominations.submit(draft(certificate, "DISTRICT", benNghe, an, rescue).id());
        Nomination other = draft(goodDeeds, "PROVINCE", daKao, an, rescue);
        assertThat(t.nominations.problems(other).get(an.id())).singleElement().asString()
                .contains("đã được Phường Bến Nghé đề nghị").contains("một thành tích chỉ do một đơn vị đề nghị");
    }

    @Test
    void aFormThatMayNotBeRepeatedIsRefusedTheSecondTime() {
        AwardForm once = t.awards.saveForm(new AwardForm(null, "Kỷ niệm chương", false, true, false, false,
                List.of("PROVINCE"), false, true, 0));
        decided(once, "PROVINCE", benNghe, an, rescue);
        assertThat(t.nominations.problems(draft(once, "PROVINCE", benNghe, an, lostWallet)).get(an.id()))
                .singleElement().asString().contains("đã được tặng “Kỷ niệm chương”").contains("15/QĐ-UBND");
    }

    @Test
    void aNomineeWithoutDeedsCannotBeSubmitted() {
        Nomination n = draft(certificate, "DISTRICT", benNghe, an);
        assertThatThrownBy(() -> t.nominations.submit(n.id())).hasMessageContaining("chưa có việc tốt");
    }

    @Test
    void theStateMachineRequiresAReasonToReturnAndKeepsEveryStep() {
        Nomination n = draft(certificate, "DISTRICT", benNghe, an, rescue);
        assertThatThrownBy(() -> t.nominations.approve(n.id(), List.of(), null)).hasMessageContaining("Dự thảo");
        t.nominations.submit(n.id());
        assertThatThrownBy(() -> t.nominations.returnToUnit(n.id(), " ")).hasMessageContaining("lý do");
        t.nominations.returnToUnit(n.id(), "Thiếu xác nhận của nơi cư trú");
        assertThatThrownBy(() -> t.nominations.decide(n.id(), "1", LocalDate.of(2026, 10, 1), null))
                .hasMessageContaining("Bị trả lại");
        t.nominations.submit(n.id());
        t.nominations.approve(n.id(), List.of(), "Đủ điều kiện");
        assertThatThrownBy(() -> t.nominations.decide(n.id(), "20/QĐ-UBND", LocalDate.of(2026, 11, 2), null))
                .hasMessageContaining("trước ngày duyệt");
        t.nominations.decide(n.id(), "20/QĐ-UBND", TestDb.TODAY, null);
        assertThat(t.nominations.steps(n.id())).extracting(s -> s.to() + (s.reason() == null ? "" : ":" + s.reason()))
                .containsExactly("DRAFT", "SUBMITTED", "RETURNED:Thiếu xác nhận của nơi cư trú", "SUBMITTED",
                        "APPROVED:Đủ điều kiện", "DECIDED");
        assertThatThrownBy(() -> t.nominations.delete(n.id())).hasMessageContaining("không xóa được");
    }

    @Test
    void theDecisionTurnsEveryApprovedNomineeIntoACommendationAndNoOther() {
        Exemplar binh = t.registry.save(person("Trần Thị Bình", 1985).unitId(benNghe.id()).build());
        Deed bd = t.registry.saveDeed(new Deed(null, binh.id(), LocalDate.of(2026, 2, 1), "Hiến máu 30 lần", null));
        Nomination n = t.nominations.save(new Nomination(null, certificate.id(), "DISTRICT", benNghe.id(), "UBND quận",
                null, null, null, null, null, null, null, null, null, List.of(new Nominee(null, an.id(), null,
                List.of(rescue.id())), new Nominee(null, binh.id(), null, List.of(bd.id()))), Map.of()));
        t.nominations.submit(n.id());
        t.nominations.approve(n.id(), List.of(binh.id()), null);
        t.nominations.decide(n.id(), "31/QĐ-UBND", TestDb.TODAY, "Chủ tịch UBND quận");
        assertThat(t.awards.ofExemplar(an.id())).singleElement().satisfies(c -> {
            assertThat(c.decisionNumber()).isEqualTo("31/QĐ-UBND");
            assertThat(c.deedIds()).containsExactly(rescue.id());
            assertThat(c.nominationId()).isEqualTo(n.id());
            assertThat(c.issuingBody()).isEqualTo("Chủ tịch UBND quận");
        });
        assertThat(t.awards.ofExemplar(binh.id())).isEmpty();
        assertThat(t.awards.historyByYear(an.id())).containsOnlyKeys(2026);
    }

    @Test
    void aFailingDecisionLeavesNoCommendationAndTheNominationApproved() {
        Exemplar binh = t.registry.save(person("Trần Thị Bình", 1985).unitId(benNghe.id()).build());
        Deed bd = t.registry.saveDeed(new Deed(null, binh.id(), LocalDate.of(2026, 2, 1), "Hiến máu 30 lần", null));
        Nomination n = t.nominations.save(new Nomination(null, certificate.id(), "DISTRICT", benNghe.id(), "UBND quận",
                null, null, null, null, null, null, null, null, null, List.of(new Nominee(null, an.id(), null,
                List.of(rescue.id())), new Nominee(null, binh.id(), null, List.of(bd.id()))), Map.of()));
        t.nominations.submit(n.id());
        t.nominations.approve(n.id(), List.of(), null);
        // the second commendation cannot be written (as on a full disk): the first must not stay behind
        t.db.inTransaction(c -> {
            try (var st = c.createStatement()) {
                st.execute("CREATE TRIGGER second_fails BEFORE INSERT ON commendation "
                        + "WHEN (SELECT count(*) FROM commendation) >= 1 BEGIN SELECT RAISE(ABORT, 'disk full'); END");
            }
            return null;
        });
        assertThatThrownBy(() -> t.nominations.decide(n.id(), "40/QĐ", TestDb.TODAY, null));
        assertThat(t.awards.ofExemplar(an.id())).isEmpty();
        assertThat(t.awards.ofExemplar(binh.id())).isEmpty();
        assertThat(t.nominations.require(n.id()).status()).isEqualTo(NominationStatus.APPROVED);
        assertThat(t.nominations.require(n.id()).decisionNumber()).isNull();
    }

    @Test
    void theDossierChecklistMarksWhatHasBeenReceived() {
        Nomination n = draft(goodDeeds, "DISTRICT", benNghe, an, rescue);
        t.nominations.setPaper(n.id(), DossierPaper.RESIDENCE_CONFIRMATION, LocalDate.of(2026, 11, 3));
        assertThat(t.nominations.require(n.id()).papers()).containsOnlyKeys(DossierPaper.RESIDENCE_CONFIRMATION);
        t.nominations.setPaper(n.id(), DossierPaper.RESIDENCE_CONFIRMATION, null);
        assertThat(t.nominations.require(n.id()).papers()).isEmpty();
    }

    @Test
    void commendationsAndNominationsAppearInTheExemplarsChangeHistory() {
        decided(certificate, "DISTRICT", benNghe, an, rescue);
        var lines = t.history.ofExemplar(an.id()).stream()
                .map(e -> ChangeHistoryService.action(e) + ": " + ChangeHistoryService.describe(e)).toList();
        assertThat(String.join("\n", lines)).contains("Thêm khen thưởng: Giấy khen, số 15/QĐ-UBND")
                .contains("Kết quả xét: Chờ xét → Được duyệt");
        assertThat(t.history.ofExemplar(an.id())).anyMatch(e -> e.entity().equals("nominee"));
    }
}
