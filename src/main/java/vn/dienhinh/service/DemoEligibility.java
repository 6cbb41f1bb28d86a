package vn.dienhinh.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.Commendation;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.ExemplarRow;
import vn.dienhinh.model.ExemplarStatus;
import vn.dienhinh.model.TaskRating;
import vn.dienhinh.model.YearlyResult;
import vn.dienhinh.util.UserException;

/**
 * The history that makes the demo's suggestions worth reading: in the two units with the most
 * individuals, three years of results and advanced-worker titles, so that this year one person of
 * the second unit is up for the provincial title (three base titles in a row) and takes that unit's
 * 15% of base titles, one of the first has two in a row and one a gap year, some of the first may
 * have the base title (its share is free), and the excellent ones without initiatives miss one
 * condition of the provincial commendation.
 */
final class DemoEligibility {

    private final RegistryService registry;
    private final AwardService awards;
    private final EligibilityService eligibility;

    private final DemoWards wards;

    DemoEligibility(RegistryService registry, AwardService awards, EligibilityService eligibility, CatalogService catalog) {
        this.registry = registry;
        this.wards = new DemoWards(registry, catalog);
        this.awards = awards;
        this.eligibility = eligibility;
    }

    void load() {
        LocalDate today = registry.today();
        int y = today.getYear();
        Map<String, AwardForm> forms = awards.forms().stream().collect(Collectors.toMap(AwardForm::name, f -> f, (a, b) -> a));
        AwardForm ldtt = forms.get("Lao động tiên tiến");
        AwardForm cstdcs = forms.get("Chiến sĩ thi đua cơ sở");
        if (ldtt == null || cstdcs == null) {
            return; // a catalogue without the titles: nothing to show
        }
        List<ExemplarRow> people = registry.page(ExemplarFilter.ALL.withKind(ExemplarKind.INDIVIDUAL), 0, 2000).stream()
                .filter(r -> r.status() != ExemplarStatus.DROPPED && r.unitName() != null).toList();
        List<List<ExemplarRow>> units = people.stream().collect(Collectors.groupingBy(ExemplarRow::unitName)).values()
                .stream().sorted(Comparator.comparingInt((List<ExemplarRow> g) -> g.size()).reversed()
                        .thenComparing(g -> g.get(0).id())).limit(2).toList();
        for (List<ExemplarRow> unit : units) {
            results(unit.subList(0, Math.min(14, unit.size())), ldtt, y, today);
        }
        if (units.size() < 2) {
            return;
        }
        // the first unit's share is free this year; in the second one its holder of three base titles takes it
        List<ExemplarRow> a = units.get(0);
        award(units.get(1).get(0).id(), cstdcs, y - 2, today);
        award(units.get(1).get(0).id(), cstdcs, y - 1, today);
        award(units.get(1).get(0).id(), cstdcs, y, today);
        award(a.get(0).id(), cstdcs, y - 2, today);
        award(a.get(0).id(), cstdcs, y - 1, today);
        if (a.size() > 2) {
            award(a.get(2).id(), cstdcs, y - 3, today); // a gap year: not three in a row
            award(a.get(2).id(), cstdcs, y - 1, today);
        }
    }

    /** Three years of results and advanced-worker titles; the fourteenth lacks this year's title. */
    private void results(List<ExemplarRow> unit, AwardForm ldtt, int y, LocalDate today) {
        for (int i = 0; i < unit.size(); i++) {
            long id = unit.get(i).id();
            boolean lacking = i == 13;
            for (int year = y - 2; year <= y; year++) {
                TaskRating r = i % 4 == 0 ? TaskRating.EXCELLENT : lacking && year == y ? TaskRating.DONE : TaskRating.GOOD;
                int initiatives = (i <= 3 && year == y) || (i == 0 && year == y - 1) ? 1 : 0;
                eligibility.saveResult(new YearlyResult(null, id, year, r, initiatives, null));
                if (!(lacking && year == y)) {
                    award(id, ldtt, year, today);
                }
            }
        }
    }

    private void award(long exemplarId, AwardForm f, int year, LocalDate today) {
        LocalDate when = LocalDate.of(year, 12, 15);
        if (when.isAfter(today)) {
            when = today.minusDays(1);
        }
        try {
            // the ward the person works or lives in; one in neither is given the title by the district
            String ward = wards.body(exemplarId);
            String level = ward != null || f.levels().size() < 2 ? f.levels().get(0) : f.levels().get(1);
            awards.record(new Commendation(null, exemplarId, f.id(), level, (100 + year % 100) + "/QĐ-UBND",
                    when, ward != null ? ward : "Chủ tịch Ủy ban nhân dân Quận 1", null, null, null, List.of()));
        } catch (UserException refused) {
            // the rules say no: the demo goes without it
        }
    }
}
