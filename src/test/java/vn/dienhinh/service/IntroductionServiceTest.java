package vn.dienhinh.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dienhinh.testutil.ExemplarFixtures.person;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.Board;
import vn.dienhinh.model.Campaign;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.Field;
import vn.dienhinh.model.Introduction;
import vn.dienhinh.model.Quarter;
import vn.dienhinh.model.QuotaMode;
import vn.dienhinh.model.ScopeEntry;
import vn.dienhinh.model.Unit;
import vn.dienhinh.testutil.TestDb;

/** The quota arithmetic: one exemplar per field per quarter per responsible unit (seed 000 IV.1). */
class IntroductionServiceTest {

    static final long HEALTH = 6;
    static final long EDUCATION = 7;
    static final Quarter Q2 = new Quarter(2024, 2);
    static final Quarter Q3 = new Quarter(2024, 3);

    @TempDir
    Path dir;
    TestDb t;
    IntroductionService intro;
    Unit benNghe;
    Unit daKao;
    Exemplar an;
    Exemplar binh;

    @BeforeEach
    void open() {
        t = new TestDb(dir);
        intro = t.introductions;
        benNghe = t.catalog.saveUnit(Unit.named("Phường Bến Nghé", "Phường"));
        daKao = t.catalog.saveUnit(Unit.named("Phường Đa Kao", "Phường"));
        an = t.registry.save(person("Nguyễn Văn An", 1980).unitId(benNghe.id()).build());
        binh = t.registry.save(person("Trần Thị Bình", 1985).unitId(daKao.id()).build());
    }

    @AfterEach
    void close() {
        t.close();
    }

    private Campaign quota(QuotaMode mode, List<ScopeEntry> units, List<ScopeEntry> fields) {
        return t.campaigns.save(Campaign.named("Tuyên truyền điển hình tiên tiến giai đoạn 2023 - 2025")
                .withPeriod(2023, 2025).withQuota(mode, 1, units, fields));
    }

    private Introduction give(Unit u, Exemplar e, Long field, Quarter q) {
        return intro.record(new Introduction(null, u.id(), e.id(), field, null, q, q.start().plusDays(20), null, null, null));
    }

    @Test
    void eachUnitOwesOneExemplarPerFieldAndGapsShowAsMissing() {
        Campaign c = quota(QuotaMode.PER_FIELD, List.of(new ScopeEntry(benNghe.id(), null), new ScopeEntry(daKao.id(), null)),
                List.of(new ScopeEntry(HEALTH, null), new ScopeEntry(EDUCATION, null)));
        give(benNghe, an, HEALTH, Q2);
        give(daKao, binh, EDUCATION, Q2);
        give(daKao, binh, HEALTH, Q3); // another quarter: does not count for Q2

        Board b = intro.board(c.id(), Q2);
        assertThat(b.totalRequired()).isEqualTo(4);
        assertThat(b.totalMissing()).isEqualTo(2);
        assertThat(b.cell(benNghe.id(), HEALTH).missing()).isFalse();
        assertThat(b.cell(benNghe.id(), HEALTH).introductions()).extracting(r -> r.exemplarName())
                .containsExactly("Nguyễn Văn An");
        assertThat(b.cell(benNghe.id(), EDUCATION).missing()).isTrue();
        assertThat(b.missingOf(daKao.id())).isEqualTo(1);
        assertThat(b.missingInColumn(HEALTH)).isEqualTo(1);
        assertThat(b.owing()).hasSize(2);
        assertThat(IntroductionService.reminder(b)).isEqualTo("Các đơn vị chưa gửi gương điển hình Quý 2/2024:\n"
                + "1. Phường Bến Nghé: Giáo dục và đào tạo\n2. Phường Đa Kao: Y tế");
    }

    @Test
    void aUnitThatJoinedMidYearOwesOnlyFromTheNextFullQuarter() {
        Campaign c = quota(QuotaMode.PER_FIELD, List.of(new ScopeEntry(benNghe.id(), null),
                        new ScopeEntry(daKao.id(), LocalDate.of(2024, 5, 15))),
                List.of(new ScopeEntry(HEALTH, null)));
        assertThat(intro.board(c.id(), Q2).cell(daKao.id(), HEALTH).required()).isFalse();
        assertThat(intro.board(c.id(), Q2).totalRequired()).isEqualTo(1);
        assertThat(intro.board(c.id(), Q3).cell(daKao.id(), HEALTH).required()).isTrue();
        // joining on the first day of a quarter counts for that quarter
        Campaign d = quota(QuotaMode.PER_FIELD, List.of(new ScopeEntry(daKao.id(), LocalDate.of(2024, 4, 1))),
                List.of(new ScopeEntry(HEALTH, null)));
        assertThat(intro.board(d.id(), Q2).totalRequired()).isEqualTo(1);
    }

    @Test
    void aFieldAddedLaterIsCountedOnlyFromThen() {
        Field digital = t.catalog.saveField(new Field(null, "Chuyển đổi số", "CĐS", 0, LocalDate.of(2024, 7, 1), true));
        Campaign c = quota(QuotaMode.PER_FIELD, List.of(new ScopeEntry(benNghe.id(), null)),
                List.of(new ScopeEntry(HEALTH, null), new ScopeEntry(digital.id(), null)));
        assertThat(intro.board(c.id(), Q2).cell(benNghe.id(), digital.id()).required()).isFalse();
        assertThat(intro.board(c.id(), Q2).totalRequired()).isEqualTo(1);
        assertThat(intro.board(c.id(), Q3).totalRequired()).isEqualTo(2);
    }

    @Test
    void aWithdrawnIntroductionNoLongerCountsButStaysOnRecord() {
        Campaign c = quota(QuotaMode.PER_FIELD, List.of(new ScopeEntry(benNghe.id(), null)),
                List.of(new ScopeEntry(HEALTH, null)));
        Introduction i = give(benNghe, an, HEALTH, Q2);
        assertThat(intro.board(c.id(), Q2).totalMissing()).isZero();
        assertThatThrownBy(() -> intro.withdraw(i.id(), " ")).hasMessageContaining("lý do");
        intro.withdraw(i.id(), "Điển hình chuyển công tác");
        assertThat(intro.board(c.id(), Q2).totalMissing()).isEqualTo(1);
        assertThat(intro.ofQuarter(Q2)).singleElement().satisfies(r -> assertThat(r.withdrawn()).isTrue());
        // once withdrawn it may be introduced again
        give(benNghe, an, HEALTH, Q2);
        assertThat(intro.board(c.id(), Q2).totalMissing()).isZero();
    }

    @Test
    void aPerUnitQuotaAsksOneExemplarPerUnitWhateverTheField() {
        Campaign c = quota(QuotaMode.PER_UNIT, List.of(new ScopeEntry(benNghe.id(), null), new ScopeEntry(daKao.id(), null)),
                List.of());
        give(benNghe, an, EDUCATION, Q2);
        Board b = intro.board(c.id(), Q2);
        assertThat(b.columns()).containsExactly(Board.ANY_FIELD);
        assertThat(b.totalRequired()).isEqualTo(2);
        assertThat(b.missingOf(benNghe.id())).isZero();
        assertThat(b.missingOf(daKao.id())).isEqualTo(1);
        assertThat(IntroductionService.reminder(b)).endsWith("1. Phường Đa Kao");
    }

    @Test
    void quartersOutsideTheCampaignYearsOweNothing() {
        Campaign c = quota(QuotaMode.PER_UNIT, List.of(new ScopeEntry(benNghe.id(), null)), List.of());
        assertThat(intro.board(c.id(), new Quarter(2022, 4)).totalRequired()).isZero();
        assertThat(intro.board(c.id(), new Quarter(2025, 4)).totalRequired()).isEqualTo(1);
        assertThat(intro.yearBoards(c.id(), 2024)).extracting(Board::totalMissing).containsExactly(1, 1, 1, 1);
    }

    @Test
    void theSameIntroductionTwiceIsRefusedAndABatchIsAllOrNothing() {
        give(benNghe, an, HEALTH, Q2);
        assertThatThrownBy(() -> give(benNghe, an, HEALTH, Q2)).hasMessageContaining("đã được đơn vị này giới thiệu");
        Introduction ok = new Introduction(null, daKao.id(), binh.id(), HEALTH, null, Q2, Q2.start(), null, null, null);
        Introduction future = new Introduction(null, daKao.id(), binh.id(), EDUCATION, null, Q2,
                LocalDate.of(2030, 1, 1), null, null, null);
        assertThatThrownBy(() -> intro.recordAll(List.of(ok, future))).hasMessageStartingWith("Dòng 2:");
        assertThatThrownBy(() -> intro.recordAll(List.of(ok, ok))).hasMessageContaining("Dòng 2:");
        assertThat(intro.ofQuarter(Q2)).hasSize(1);
        intro.recordAll(List.of(ok));
        assertThat(intro.ofQuarter(Q2)).hasSize(2);
    }

    @Test
    void correctingAnIntroductionMovesItOnTheBoardAndStillRefusesADuplicate() {
        Campaign c = quota(QuotaMode.PER_FIELD, List.of(new ScopeEntry(benNghe.id(), null)),
                List.of(new ScopeEntry(HEALTH, null), new ScopeEntry(EDUCATION, null)));
        Introduction health = give(benNghe, an, HEALTH, Q2);
        give(benNghe, an, EDUCATION, Q2);
        assertThat(intro.board(c.id(), Q2).totalMissing()).isZero();
        // entered in the wrong quarter: it belongs to Q3
        intro.correct(new Introduction(health.id(), benNghe.id(), an.id(), HEALTH, null, Q3, Q3.start(), null, null, null));
        assertThat(intro.board(c.id(), Q2).cell(benNghe.id(), HEALTH).missing()).isTrue();
        assertThat(intro.board(c.id(), Q3).cell(benNghe.id(), HEALTH).missing()).isFalse();
        // turning the Q3 one into a copy of the Q2 education one is refused
        assertThatThrownBy(() -> intro.correct(new Introduction(health.id(), benNghe.id(), an.id(), EDUCATION, null, Q2,
                Q2.start(), null, null, null))).hasMessageContaining("đã được đơn vị này giới thiệu");
        assertThat(intro.require(health.id()).quarter()).isEqualTo(Q3);
    }
}
