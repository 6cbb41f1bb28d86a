package vn.dienhinh.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.Deed;
import vn.dienhinh.model.Evaluation;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarCategory;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.ExemplarRow;
import vn.dienhinh.model.ExemplarStatus;
import vn.dienhinh.model.StatusChange;
import vn.dienhinh.model.Unit;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;
import vn.dienhinh.util.VietnameseText;

/** One registry of {@value #N} demo exemplars, loaded once; the tests only read it (or fail to add to it). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataServiceTest {

    private static final int N = 300;

    @TempDir
    static Path dir;
    TestDb t;
    List<Exemplar> all;

    @BeforeAll
    void load() {
        t = new TestDb(dir.resolve("a"));
        assertThat(demo(t).load(N)).isEqualTo(N);
        all = new ArrayList<>();
        t.registry.forEachRow(ExemplarFilter.ALL, r -> all.add(t.registry.require(r.id())));
    }

    @AfterAll
    void close() {
        t.close();
    }

    private static DemoDataService demo(TestDb db) {
        return db.demo;
    }

    @Test
    void loadsTheCountAsAMixOfIndividualsCollectivesAndHouseholds() {
        assertThat(all).hasSize(N);
        Map<ExemplarKind, Long> byKind = new EnumMap<>(ExemplarKind.class);
        all.forEach(e -> byKind.merge(e.kind(), 1L, Long::sum));
        assertThat(byKind.get(ExemplarKind.INDIVIDUAL)).isBetween(165L, 225L);   // ~65%
        assertThat(byKind.get(ExemplarKind.COLLECTIVE)).isBetween(50L, 105L);    // ~25%
        assertThat(byKind.get(ExemplarKind.HOUSEHOLD)).isBetween(12L, 50L);      // ~10%
        assertThat(all).filteredOn(e -> e.category() == ExemplarCategory.GOOD_DEED)
                .isNotEmpty().allMatch(e -> e.kind() == ExemplarKind.INDIVIDUAL);
        assertThat(all).extracting(Exemplar::category).contains(ExemplarCategory.values());
    }

    @Test
    void noOrganisationIsInTheRegistryTwice() {
        // two exemplars "Hợp tác xã Vận tải Bến Thành" read as a duplicate in every paper that names them
        List<String> collectives = all.stream().filter(e -> e.kind() == ExemplarKind.COLLECTIVE)
                .map(e -> VietnameseText.fold(e.name())).toList();
        assertThat(collectives).doesNotHaveDuplicates();
    }

    @Test
    void everyExemplarHasAUnitFieldsSummaryAccountAndTheAttributesOfItsKind() {
        for (Exemplar e : all) {
            assertThat(e.unitId()).as("unit of %s", e.name()).isNotNull();
            assertThat(t.catalog.unit(e.unitId())).isNotNull();
            assertThat(e.fieldIds()).as("fields of %s", e.name()).hasSizeBetween(1, 2);
            assertThat(e.summary()).endsWith(".");
            assertThat(e.account().split("\n")).hasSizeBetween(2, 4);
            assertThat(e.foundOn()).isBetween(LocalDate.of(2021, 1, 1), TestDb.TODAY);
            assertThat(ExemplarRules.problems(e, TestDb.TODAY)).as("%s", e.name()).isEmpty();
            switch (e.kind()) {
                case INDIVIDUAL:
                    assertThat(e.name().split(" ")).hasSizeBetween(3, 4);
                    assertThat(e.gender()).isNotNull();
                    assertThat(e.birthYear()).isBetween(1950, 2005);
                    assertThat(e.position()).isNotBlank();
                    assertThat(e.residence()).isNotBlank();
                    if (e.phone() != null) {
                        assertThat(e.phone()).matches("0\\d{3} \\d{3} \\d{3}");
                    }
                    break;
                case COLLECTIVE:
                    assertThat(e.headName()).isNotBlank();
                    assertThat(e.memberCount()).isPositive();
                    break;
                default:
                    assertThat(e.address()).contains("phường");
            }
        }
        List<Unit> units = t.catalog.units();
        assertThat(units).extracting(Unit::name).contains("Phường Bến Nghé", "Phường Tân Định",
                "Trạm Y tế phường Đa Kao", "Trường Tiểu học Lê Ngọc Hân", "Phòng Nội vụ");
        assertThat(units).filteredOn(u -> u.parentId() != null).isNotEmpty();
        assertThat(t.catalog.clusters()).extracting(c -> c.name()).contains("Cụm thi đua các phường", "Khối trường học");
    }

    @Test
    void textIsVietnameseWithDiacriticsInNfc() {
        StringBuilder everything = new StringBuilder();
        for (Exemplar e : all) {
            for (String s : new String[]{e.name(), e.summary(), e.account(), e.newModel(), e.position(),
                e.residence(), e.address(), e.headName()}) {
                if (s != null) {
                    assertThat(Normalizer.isNormalized(s, Normalizer.Form.NFC)).as(s).isTrue();
                    assertThat(s).doesNotContain("{", "}", "null", "  ");
                    everything.append(s).append('\n');
                }
            }
        }
        assertThat(everything.toString()).contains("Nguyễn", "Trần", "Đ", "ư", "ờ", "ễ", "Phường", "“");
        List<Exemplar> people = all.stream().filter(e -> e.kind() == ExemplarKind.INDIVIDUAL).toList();
        long withMarks = people.stream()
                .filter(e -> !VietnameseText.fold(e.name()).equals(e.name().toLowerCase(Messages.LOCALE))).count();
        assertThat(withMarks).as("names with diacritics").isGreaterThan(people.size() * 9L / 10);
        assertThat(people).anyMatch(e -> e.name().contains(" Thị ")).anyMatch(e -> e.name().contains(" Văn "));
    }

    @Test
    void historyStartsWhenFoundTakesAllowedStepsAndEndsAtTheStatus() {
        Map<ExemplarStatus, Integer> seen = new EnumMap<>(ExemplarStatus.class);
        for (Exemplar e : all) {
            List<StatusChange> h = t.registry.history(e.id());
            assertThat(h).as("history of %s", e.name()).isNotEmpty();
            assertThat(h.get(0).from()).isNull();
            assertThat(h.get(0).to()).isEqualTo(ExemplarStatus.FOUND);
            assertThat(h.get(0).date()).isEqualTo(e.foundOn());
            for (int i = 1; i < h.size(); i++) {
                assertThat(h.get(i).from()).isEqualTo(h.get(i - 1).to());
                assertThat(h.get(i - 1).to().next()).contains(h.get(i).to());
                assertThat(h.get(i).date()).isAfterOrEqualTo(h.get(i - 1).date());
                assertThat(h.get(i).reason()).isNotBlank();
            }
            assertThat(h.get(h.size() - 1).to()).isEqualTo(e.status());
            assertThat(h.get(h.size() - 1).date()).isBeforeOrEqualTo(TestDb.TODAY);
            seen.merge(e.status(), 1, Integer::sum);

            List<Deed> deeds = t.registry.deeds(e.id());
            assertThat(deeds).hasSizeBetween(1, 3).allMatch(d -> !d.date().isAfter(TestDb.TODAY));
            List<Evaluation> evals = t.registry.evaluations(e.id());
            if (!evals.isEmpty()) {
                assertThat(h).extracting(StatusChange::to).contains(ExemplarStatus.RECOGNISED);
                assertThat(evals).allMatch(v -> v.period().matches("Quý [1-4]/20\\d\\d"))
                        .allMatch(v -> !v.date().isAfter(TestDb.TODAY));
            }
        }
        assertThat(seen.keySet()).containsExactlyInAnyOrder(ExemplarStatus.values());
    }

    @Test
    void theSameCountGivesTheSameDataInAnotherDatabase() {
        try (TestDb other = new TestDb(dir.resolve("b"))) {
            demo(other).load(N);
            List<String> here = new ArrayList<>();
            List<String> there = new ArrayList<>();
            t.registry.forEachRow(ExemplarFilter.ALL, r -> here.add(r.id() + " " + r.name() + " " + r.unitName()));
            other.registry.forEachRow(ExemplarFilter.ALL, r -> there.add(r.id() + " " + r.name() + " " + r.unitName()));
            assertThat(there).isEqualTo(here);
            assertThat(other.registry.require(7).account()).isEqualTo(t.registry.require(7).account());
        }
    }

    @Test
    void aRegistryThatAlreadyHasExemplarsIsRefusedAndLeftAsItWas() {
        assertThatThrownBy(() -> demo(t).load(10))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("đã có " + N + " điển hình")
                .extracting(e -> ((UserException) e).key()).isEqualTo("demo.notEmpty");
        assertThat(t.registry.count(ExemplarFilter.ALL)).isEqualTo(N);
    }

    @Test
    void unitsAlreadyInTheCatalogueAreReusedNotDuplicated() {
        try (TestDb other = new TestDb(dir.resolve("c"))) {
            Unit mine = other.catalog.saveUnit(Unit.named("Phường Bến Nghé", "Phường"));
            demo(other).load(20);
            assertThat(other.catalog.units()).filteredOn(u -> u.name().equals("Phường Bến Nghé"))
                    .extracting(Unit::id).containsExactly(mine.id());
        }
    }

    @Test
    void searchFindsTheLoadedDataWithoutDiacritics() {
        List<ExemplarRow> nguyen = t.registry.page(ExemplarFilter.ALL.withSearch("nguyen"), 0, N);
        // one word is looked for in every indexed text: names, unit, summary, account, addresses
        assertThat(nguyen).isNotEmpty().allSatisfy(r -> {
            Exemplar e = t.registry.require(r.id());
            assertThat(VietnameseText.fold(String.join(" ", e.name(), "" + e.headName(), r.unitName(), e.summary(),
                    "" + e.newModel(), "" + e.position(), "" + e.workplace(), "" + e.residence(), "" + e.address(),
                    e.account()))).contains("nguyen"); // "tự nguyện" too: search ignores diacritics
        });
        assertThat(nguyen).anyMatch(r -> r.name().startsWith("Nguyễn"));
        // several words must follow each other in one text, or all be in the name and unit
        List<ExemplarRow> thi = t.registry.page(ExemplarFilter.ALL.withSearch("nguyen thi"), 0, N);
        assertThat(thi).isNotEmpty().hasSizeLessThan(nguyen.size())
                .anyMatch(r -> r.name().startsWith("Nguyễn Thị"));

        List<ExemplarRow> blood = t.registry.page(ExemplarFilter.ALL.withSearch("hien mau"), 0, N);
        assertThat(blood).isNotEmpty();
        assertThat(t.registry.count(ExemplarFilter.ALL.withSearch("ben nghe"))).isPositive();
    }

    @Test
    void theDemoHasTheSeedCampaignsAQuarterlyQuotaWithGapsAndActivities() {
        var names = t.campaigns.all().stream().map(c -> c.name()).toList();
        org.assertj.core.api.Assertions.assertThat(names).anyMatch(n -> n.startsWith("Người tốt, việc tốt"))
                .anyMatch(n -> n.startsWith("Toàn dân đoàn kết xây dựng đời sống văn hóa"));
        var quota = t.campaigns.quotaCampaigns();
        org.assertj.core.api.Assertions.assertThat(quota).isNotEmpty();
        var board = t.introductions.board(quota.get(0).id(), vn.dienhinh.model.Quarter.of(TestDb.TODAY).previous());
        org.assertj.core.api.Assertions.assertThat(board.totalRequired()).isPositive();
        org.assertj.core.api.Assertions.assertThat(board.totalMissing()).isPositive().isLessThan(board.totalRequired());
        org.assertj.core.api.Assertions.assertThat(t.activities.ofQuarter(vn.dienhinh.model.Quarter.of(TestDb.TODAY)
                .previous())).isNotEmpty();
        var culture = t.campaigns.all().stream().filter(c -> c.name().startsWith("Toàn dân")).findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThat(t.campaigns.progress(culture.id())).hasSize(2);
    }

    @Test
    void theDemoHasCommendationsOverSeveralYearsAndANominationInEachState() {
        var years = t.awards.years();
        org.assertj.core.api.Assertions.assertThat(years.size()).isGreaterThanOrEqualTo(2);
        var states = t.nominations.all().stream().map(n -> n.status()).collect(java.util.stream.Collectors.toSet());
        org.assertj.core.api.Assertions.assertThat(states).containsExactlyInAnyOrder(
                vn.dienhinh.model.NominationStatus.values());
    }

    @Test
    void theDemoHasADecidedGiayKhenForCollectivesWhoseCertificatesPrintWithTheSigner() {
        var form = t.awards.forms().stream().filter(f -> f.name().equals("Giấy khen")).findFirst().orElseThrow();
        var decided = t.nominations.all().stream().filter(n -> n.formId() == form.id()
                && n.status() == vn.dienhinh.model.NominationStatus.DECIDED).toList();
        org.assertj.core.api.Assertions.assertThat(decided).hasSize(1);
        var n = decided.get(0);
        org.assertj.core.api.Assertions.assertThat(n.nominees().stream()
                .map(x -> t.registry.require(x.exemplarId()).kind())).contains(ExemplarKind.COLLECTIVE);
        var certificates = t.certificates.forNomination(n.id(), null);
        org.assertj.core.api.Assertions.assertThat(certificates).hasSize(n.nominees().size());
        org.assertj.core.api.Assertions.assertThat(certificates).allSatisfy(c -> {
            org.assertj.core.api.Assertions.assertThat(c.get(vn.dienhinh.model.CertificateSlot.SIGNER_NAME)).isNotBlank();
            org.assertj.core.api.Assertions.assertThat(c.get(vn.dienhinh.model.CertificateSlot.DECISION))
                    .contains("230/QĐ-UBND");
        });
    }

    @Test
    void eachNominationIsAWardsOwnForItsPeopleAndRecentDeedsSoItsDossierComesOutSigned() {
        var today = t.registry.today();
        long commonDeeds = 0;
        int nominees = 0;
        for (var n : t.nominations.all()) {
            var ward = t.catalog.unit(n.proposingUnitId());
            assertThat(ward.name()).as("proposer of nomination %s", n.id()).startsWith("Phường ");
            assertThat(t.catalog.unitSigner(ward.id()).complete()).isTrue();
            for (var x : n.nominees()) {
                nominees++;
                var e = t.registry.require(x.exemplarId());
                var inWard = new java.util.ArrayList<Long>();
                for (var u = t.catalog.unit(e.unitId()); u != null; u = u.parentId() == null ? null
                        : t.catalog.unit(u.parentId())) {
                    inWard.add(u.id());
                }
                assertThat(inWard).as("%s in %s", e.name(), ward.name()).contains(ward.id());
                if (e.kind() == ExemplarKind.INDIVIDUAL && n.formId() != giayKhen()) {
                    assertThat(t.registry.deeds(e.id()).stream().filter(d -> x.deedIds().contains(d.id())))
                            .allSatisfy(d -> assertThat(d.date()).isAfter(today.minusYears(2)));
                }
                commonDeeds += t.registry.deeds(e.id()).stream().filter(d -> x.deedIds().contains(d.id()))
                        .filter(d -> DemoDeeds.common(d.title())).count();
            }
        }
        // a nomination puts forward the exemplar's own deed, not the clean-up day every demo exemplar may have
        assertThat(commonDeeds).as("common deeds of %s nominees", nominees).isLessThanOrEqualTo(nominees / 5);
    }

    @Test
    void aWardsCommendationNamesTheWardTheExemplarIsIn() {
        // cited "… của Ủy ban nhân dân phường" with no ward named, in the quarterly report's Phụ lục II
        List<vn.dienhinh.model.Commendation> all = t.awards.between(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1));
        assertThat(all).isNotEmpty().noneMatch(c -> "Ủy ban nhân dân phường".equals(c.issuingBody()));
        Map<Long, Unit> units = new java.util.HashMap<>();
        t.catalog.units().forEach(u -> units.put(u.id(), u));
        List<vn.dienhinh.model.Commendation> ward = all.stream().filter(c -> "COMMUNE".equals(c.levelCode())).toList();
        List<String> wardBodies = units.values().stream().filter(u -> "Phường".equals(u.type()))
                .map(u -> "Ủy ban nhân dân phường " + u.name().substring(7)).toList();
        assertThat(ward).isNotEmpty().allSatisfy(c -> assertThat(c.issuingBody()).as("one of the office's wards")
                .isIn(wardBodies));
        // above the ward, who decided: the district's chairman, the city's for its level ("Ủy ban nhân dân quận"
        // named no district, and decided the city's commendations too)
        assertThat(all).filteredOn(c -> "DISTRICT".equals(c.levelCode())).isNotEmpty()
                .allSatisfy(c -> assertThat(c.issuingBody()).isEqualTo("Chủ tịch Ủy ban nhân dân Quận 1"));
        assertThat(all).filteredOn(c -> "PROVINCE".equals(c.levelCode()))
                .allSatisfy(c -> assertThat(c.issuingBody()).isEqualTo("Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh"));
        for (vn.dienhinh.model.Commendation c : ward) {
            Exemplar e = t.registry.require(c.exemplarId());
            for (Unit u = e.unitId() == null ? null : units.get(e.unitId()); u != null;
                 u = u.parentId() == null ? null : units.get(u.parentId())) {
                if ("Phường".equals(u.type())) {
                    assertThat(c.issuingBody()).as(e.name()).isEqualTo("Ủy ban nhân dân phường " + u.name().substring(7));
                }
            }
        }
    }

    private long giayKhen() {
        return t.awards.forms().stream().filter(f -> f.name().equals("Giấy khen")).findFirst().orElseThrow().id();
    }
}
