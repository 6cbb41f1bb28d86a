package vn.dienhinh.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dienhinh.testutil.ExemplarFixtures.collective;
import static vn.dienhinh.testutil.ExemplarFixtures.person;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.Campaign;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarStatus;
import vn.dienhinh.model.Phase;
import vn.dienhinh.model.PhaseProgress;
import vn.dienhinh.testutil.TestDb;

/** Phase targets (seed 004 IV: at least 3 collectives and 3 individuals per phase). */
class CampaignServiceTest {

    @TempDir
    Path dir;
    TestDb t;
    Campaign culture;

    @BeforeEach
    void open() {
        t = new TestDb(dir);
        culture = t.campaigns.save(Campaign.named("Toàn dân đoàn kết xây dựng đời sống văn hóa").withPeriod(2021, 2025)
                .withPhases(List.of(
                        new Phase(null, "Giai đoạn 1", LocalDate.of(2021, 1, 1), LocalDate.of(2023, 6, 30), 3, 3, 0, null),
                        new Phase(null, "Giai đoạn 2", LocalDate.of(2023, 7, 1), LocalDate.of(2025, 12, 31), 3, 3, 0, null))));
    }

    @AfterEach
    void close() {
        t.close();
    }

    private Exemplar linkPerson(String name, LocalDate on) {
        Exemplar e = t.registry.save(person(name, 1980).build());
        t.campaigns.link(culture.id(), e.id(), on);
        return e;
    }

    @Test
    void progressCountsLinkedExemplarsByKindInThePhaseTheyWereLinkedIn() {
        linkPerson("Nguyễn Văn Một", LocalDate.of(2022, 3, 1));
        linkPerson("Nguyễn Văn Hai", LocalDate.of(2022, 4, 1));
        linkPerson("Nguyễn Văn Ba", LocalDate.of(2023, 1, 1));
        Exemplar c1 = t.registry.save(collective("Tổ dân phố 1").build());
        Exemplar c2 = t.registry.save(collective("Tổ dân phố 2").build());
        t.campaigns.link(culture.id(), c1.id(), LocalDate.of(2022, 5, 1));
        t.campaigns.link(culture.id(), c2.id(), LocalDate.of(2022, 6, 1));
        linkPerson("Lê Thị Bốn", LocalDate.of(2024, 2, 1)); // phase 2

        List<PhaseProgress> p = t.campaigns.progress(culture.id());
        assertThat(p).extracting(CampaignService::describe).containsExactly(
                "Giai đoạn 1: 2/3 tập thể, 3/3 cá nhân", "Giai đoạn 2: 0/3 tập thể, 1/3 cá nhân");
        assertThat(p.get(0).met()).isFalse();
    }

    @Test
    void aDroppedExemplarNoLongerCountsTowardsTheTarget() {
        Exemplar e = linkPerson("Phạm Văn Năm", LocalDate.of(2022, 3, 1));
        assertThat(t.campaigns.progress(culture.id()).get(0).count(vn.dienhinh.model.ExemplarKind.INDIVIDUAL)).isEqualTo(1);
        t.registry.changeStatus(e.id(), ExemplarStatus.DROPPED, null, "Vi phạm pháp luật");
        assertThat(t.campaigns.progress(culture.id()).get(0).count(vn.dienhinh.model.ExemplarKind.INDIVIDUAL)).isZero();
    }

    @Test
    void phasesKeepTheirIdentityWhenTheCampaignIsEditedAndBadPhasesAreRefused() {
        Campaign stored = t.campaigns.require(culture.id());
        linkPerson("Võ Thị Sáu", LocalDate.of(2022, 3, 1));
        Phase p1 = stored.phases().get(0);
        Phase renamed = new Phase(p1.id(), "Giai đoạn I", p1.start(), p1.end(), 3, 4, 0, null);
        t.campaigns.save(stored.withPhases(List.of(renamed, stored.phases().get(1))));
        assertThat(CampaignService.describe(t.campaigns.progress(culture.id()).get(0)))
                .isEqualTo("Giai đoạn I: 0/4 tập thể, 1/3 cá nhân");
        assertThatThrownBy(() -> t.campaigns.save(stored.withPhases(List.of(new Phase(null, "Đợt 3",
                LocalDate.of(2025, 1, 1), LocalDate.of(2024, 1, 1), 1, 1, 0, null))))).hasMessageContaining("Đợt 3");
        assertThatThrownBy(() -> t.campaigns.save(stored.withPeriod(2025, 2021))).hasMessageContaining("2025");
    }

    @Test
    void aPhaseEndingSoonWithTargetsNotMetIsFlagged() {
        PhaseProgress p2 = t.campaigns.progress(culture.id()).get(1);
        assertThat(p2.endsSoonUnmet(LocalDate.of(2025, 12, 1), 45)).isTrue();
        assertThat(p2.endsSoonUnmet(LocalDate.of(2025, 6, 1), 45)).isFalse();
    }
}
