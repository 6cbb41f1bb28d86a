package vn.dienhinh.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dienhinh.testutil.ExemplarFixtures.person;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.Commendation;
import vn.dienhinh.model.CouncilMeeting;
import vn.dienhinh.model.CouncilMember;
import vn.dienhinh.model.CouncilThreshold;
import vn.dienhinh.model.CouncilVote;
import vn.dienhinh.model.Deed;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.Nomination;
import vn.dienhinh.model.Nominee;
import vn.dienhinh.model.NomineeOutcome;
import vn.dienhinh.model.Unit;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.util.UserException;

/** The council between approval and decision: its share, its checks, and what the decision then commends. */
class CouncilServiceTest {

    static final LocalDateTime HELD = TestDb.TODAY.atTime(14, 0);

    @TempDir
    Path dir;
    TestDb t;
    Unit benNghe;
    AwardForm certificate;
    List<Exemplar> people = new ArrayList<>();

    @BeforeEach
    void open() {
        t = new TestDb(dir);
        benNghe = t.catalog.saveUnit(Unit.named("Phường Bến Nghé", "Phường"));
        certificate = t.awards.forms().stream().filter(f -> f.name().equals("Giấy khen")).findFirst().orElseThrow();
        for (String name : List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường")) {
            people.add(t.registry.save(person(name, 1980).unitId(benNghe.id()).build()));
        }
    }

    @AfterEach
    void close() {
        t.close();
    }

    private Nomination approved(Exemplar... es) {
        List<Nominee> nominees = new ArrayList<>();
        for (Exemplar e : es) {
            Deed d = t.registry.saveDeed(new Deed(null, e.id(), LocalDate.of(2026, 3, 2), "Cứu người đuối nước", null));
            nominees.add(new Nominee(null, e.id(), null, List.of(d.id())));
        }
        Nomination n = t.nominations.save(new Nomination(null, certificate.id(), "DISTRICT", benNghe.id(),
                "Ủy ban nhân dân quận", null, null, null, null, null, null, null, null, null, nominees, Map.of()));
        t.nominations.submit(n.id());
        return t.nominations.approve(n.id(), List.of(), null);
    }

    /** Seven members, {@code present} of them present. */
    private static List<CouncilMember> members(int present) {
        List<CouncilMember> out = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            out.add(new CouncilMember("Thành viên " + i, "Ủy viên", i <= present));
        }
        return out;
    }

    private CouncilMeeting meeting(List<Long> nominations, CouncilThreshold share, int present, List<CouncilVote> votes) {
        return new CouncilMeeting(null, HELD, "Phòng họp số 1", "Phạm Văn Chủ", "Đỗ Thị Thư", null, share, nominations,
                members(present), votes);
    }

    private long nomineeOf(Nomination n, Exemplar e) {
        return n.nominees().stream().filter(x -> x.exemplarId() == e.id()).findFirst().orElseThrow().id();
    }

    @Test
    void seventyPerCentOfAllSevenMembersNeedsFiveVotesEvenWithSixPresent() {
        Nomination n = approved(people.get(0), people.get(1));
        CouncilThreshold share = CouncilThreshold.DEFAULT;
        assertThat(share.passes(5, 6, 7)).isTrue();
        assertThat(share.passes(4, 6, 7)).isFalse(); // 4/7 = 57%

        assertThatThrownBy(() -> t.council.hold(meeting(List.of(n.id()), share, 6, List.of(
                new CouncilVote(nomineeOf(n, people.get(0)), 5, 1, true, null),
                new CouncilVote(nomineeOf(n, people.get(1)), 4, 2, true, null)))))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("Trần Thị Bình").hasMessageContaining("4 phiếu đồng ý trên 7 thành viên Hội đồng")
                .hasMessageContaining("70%");
    }

    @Test
    void twoThirdsOfThosePresentIsCountedOnThePresent() {
        CouncilThreshold share = new CouncilThreshold(2, 3, true);
        assertThat(share.passes(4, 6, 7)).isTrue(); // exactly 2/3 of 6
        assertThat(share.passes(3, 6, 7)).isFalse();
        assertThat(share.share()).isEqualTo("2/3");
        assertThat(CouncilThreshold.DEFAULT.share()).isEqualTo("70%");
    }

    @Test
    void theCouncilsConclusionDecidesWhoTheDecisionCommends() {
        Nomination n = approved(people.get(0), people.get(1), people.get(2));
        CouncilMeeting m = t.council.hold(meeting(List.of(n.id()), CouncilThreshold.DEFAULT, 6, List.of(
                new CouncilVote(nomineeOf(n, people.get(0)), 6, 0, true, null),
                new CouncilVote(nomineeOf(n, people.get(1)), 3, 3, false, "Chưa đạt tỷ lệ"),
                new CouncilVote(nomineeOf(n, people.get(2)), 5, 1, true, null))));

        assertThat(m.present()).isEqualTo(6);
        assertThat(m.total()).isEqualTo(7);
        assertThat(t.council.ofNomination(n.id())).isEqualTo(m);
        assertThat(t.nominations.require(n.id()).nominees()).extracting(Nominee::outcome)
                .containsExactlyInAnyOrder(NomineeOutcome.APPROVED, NomineeOutcome.REJECTED, NomineeOutcome.APPROVED);

        t.nominations.decide(n.id(), "15/QĐ-UBND", TestDb.TODAY, null);
        assertThat(t.awards.ofExemplar(people.get(0).id())).extracting(Commendation::decisionNumber)
                .containsExactly("15/QĐ-UBND");
        assertThat(t.awards.ofExemplar(people.get(1).id())).isEmpty();
        assertThat(t.awards.ofExemplar(people.get(2).id())).hasSize(1);
    }

    @Test
    void aCorrectedMeetingCanPassANomineeItHadTurnedDown() {
        Nomination n = approved(people.get(0), people.get(1));
        CouncilMeeting m = t.council.hold(meeting(List.of(n.id()), CouncilThreshold.DEFAULT, 7, List.of(
                new CouncilVote(nomineeOf(n, people.get(0)), 7, 0, true, null),
                new CouncilVote(nomineeOf(n, people.get(1)), 4, 3, false, null))));
        CouncilMeeting fixed = new CouncilMeeting(m.id(), m.heldAt(), m.place(), m.chair(), m.secretary(), null,
                m.threshold(), m.nominationIds(), m.members(), List.of(
                new CouncilVote(nomineeOf(n, people.get(0)), 7, 0, true, null),
                new CouncilVote(nomineeOf(n, people.get(1)), 6, 1, true, null)));
        t.council.hold(fixed);
        assertThat(t.nominations.require(n.id()).nominees()).extracting(Nominee::outcome)
                .containsOnly(NomineeOutcome.APPROVED);
    }

    @Test
    void aNominationTakenOutOfACorrectedMeetingIsApprovedAgain() {
        Nomination a = approved(people.get(0));
        Nomination b = approved(people.get(1));
        CouncilMeeting m = t.council.hold(meeting(List.of(a.id(), b.id()), CouncilThreshold.DEFAULT, 7, List.of(
                new CouncilVote(nomineeOf(a, people.get(0)), 7, 0, true, null),
                new CouncilVote(nomineeOf(b, people.get(1)), 2, 5, false, null))));
        t.council.hold(new CouncilMeeting(m.id(), m.heldAt(), m.place(), m.chair(), m.secretary(), null, m.threshold(),
                List.of(a.id()), m.members(), List.of(new CouncilVote(nomineeOf(a, people.get(0)), 7, 0, true, null))));
        assertThat(t.council.ofNomination(b.id())).isNull();
        assertThat(t.nominations.require(b.id()).nominees().get(0).outcome()).isEqualTo(NomineeOutcome.APPROVED);
    }

    @Test
    void moreVotesThanMembersPresentIsRefusedAndNothingIsWritten() {
        Nomination n = approved(people.get(0));
        assertThatThrownBy(() -> t.council.hold(meeting(List.of(n.id()), CouncilThreshold.DEFAULT, 5, List.of(
                new CouncilVote(nomineeOf(n, people.get(0)), 5, 1, true, null)))))
                .hasMessageContaining("Nguyễn Văn An").hasMessageContaining("nhiều hơn 5 thành viên có mặt");
        assertThat(t.council.ofNomination(n.id())).isNull();
        assertThat(t.nominations.require(n.id()).nominees().get(0).outcome()).isEqualTo(NomineeOutcome.APPROVED);
    }

    @Test
    void oneMeetingTakesSeveralNominationsButANominationGoesToOneMeeting() {
        Nomination a = approved(people.get(0));
        Nomination b = approved(people.get(1));
        CouncilMeeting m = t.council.hold(meeting(List.of(a.id(), b.id()), CouncilThreshold.DEFAULT, 7, List.of(
                new CouncilVote(nomineeOf(a, people.get(0)), 7, 0, true, null),
                new CouncilVote(nomineeOf(b, people.get(1)), 7, 0, true, null))));
        assertThat(t.council.ofNomination(b.id()).id()).isEqualTo(m.id());

        assertThatThrownBy(() -> t.council.hold(meeting(List.of(b.id()), CouncilThreshold.DEFAULT, 7, List.of(
                new CouncilVote(nomineeOf(b, people.get(1)), 7, 0, true, null)))))
                .hasMessageContaining("Đề nghị số " + b.id()).hasMessageContaining("đã được Hội đồng xét");
    }

    @Test
    void onlyAnApprovedNominationGoesToTheCouncilAndEveryNomineeNeedsVotes() {
        Nomination a = approved(people.get(0), people.get(1));
        assertThatThrownBy(() -> t.council.hold(meeting(List.of(a.id()), CouncilThreshold.DEFAULT, 7, List.of(
                new CouncilVote(nomineeOf(a, people.get(0)), 7, 0, true, null)))))
                .hasMessageContaining("Chưa ghi số phiếu cho Trần Thị Bình");
        t.nominations.decide(a.id(), "1/QĐ-UBND", TestDb.TODAY, null);
        assertThatThrownBy(() -> t.council.hold(meeting(List.of(a.id()), CouncilThreshold.DEFAULT, 7, List.of())))
                .hasMessageContaining("chỉ đề nghị đã duyệt");
    }

    @Test
    void aMeetingBeforeTheNominationWasApprovedIsRefused() {
        Nomination n = approved(people.get(0));
        CouncilMeeting early = new CouncilMeeting(null, HELD.minusDays(1), "Phòng họp số 1", "Phạm Văn Chủ", "Đỗ Thị Thư",
                null, CouncilThreshold.DEFAULT, List.of(n.id()), members(7),
                List.of(new CouncilVote(nomineeOf(n, people.get(0)), 7, 0, true, null)));
        assertThatThrownBy(() -> t.council.hold(early)).hasMessageContaining("22/11/2026")
                .hasMessageContaining("trước ngày duyệt đề nghị số " + n.id() + " (23/11/2026)");
    }

    @Test
    void aDecisionDatedBeforeTheCouncilMetIsRefusedAndCommendsNobody() {
        Nomination n = approved(people.get(0));
        // approved a week earlier, the council met today: the decision falls between them
        t.db.inTransaction(c -> {
            try (var st = c.prepareStatement("UPDATE nomination_step SET on_date = ? WHERE nomination_id = ?")) {
                st.setString(1, TestDb.TODAY.minusDays(7).toString());
                st.setLong(2, n.id());
                return st.executeUpdate();
            }
        });
        t.council.hold(meeting(List.of(n.id()), CouncilThreshold.DEFAULT, 7,
                List.of(new CouncilVote(nomineeOf(n, people.get(0)), 7, 0, true, null))));

        assertThatThrownBy(() -> t.nominations.decide(n.id(), "15/QĐ-UBND", TestDb.TODAY.minusDays(3), null))
                .isInstanceOf(UserException.class)
                .hasMessage("Ngày quyết định 20/11/2026 ở trước ngày họp Hội đồng Thi đua - Khen thưởng xét đề nghị này"
                        + " (23/11/2026).");
        assertThat(t.awards.ofExemplar(people.get(0).id())).isEmpty();

        t.nominations.decide(n.id(), "15/QĐ-UBND", TestDb.TODAY, null);
        assertThat(t.awards.ofExemplar(people.get(0).id())).hasSize(1);
    }

    @Test
    void theShareIsTheOfficesSettingAndANewMeetingStartsFromIt() {
        assertThat(t.council.settings().threshold()).isEqualTo(CouncilThreshold.DEFAULT);
        t.council.saveSettings(2, 3, true, 2_340_000);
        assertThat(t.council.draft(List.of()).threshold()).isEqualTo(new CouncilThreshold(2, 3, true));
        assertThat(t.council.settings().baseSalary()).isEqualTo(2_340_000);
        assertThatThrownBy(() -> t.council.saveSettings(4, 3, true, 0)).hasMessageContaining("4/3");
    }
}
