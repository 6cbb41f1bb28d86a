package vn.dienhinh.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.dienhinh.model.AwardLevel;
import vn.dienhinh.model.CommendationRow;
import vn.dienhinh.model.Nomination;
import vn.dienhinh.model.NominationStatus;
import vn.dienhinh.model.Nominee;
import vn.dienhinh.model.QuarterCommendation;
import vn.dienhinh.service.document.CommendationSource;
import vn.dienhinh.util.Messages;

/**
 * The commendations decided and the nominations made in a period, as the quarterly report lists them.
 * A nomination still in draft is the office's own work in progress, not yet made: it is left out.
 */
public final class CommendationLines implements CommendationSource {

    private final AwardService awards;
    private final NominationService nominations;
    private final RegistryService registry;
    private final CatalogService catalog;

    public CommendationLines(AwardService awards, NominationService nominations, RegistryService registry,
                             CatalogService catalog) {
        this.awards = awards;
        this.nominations = nominations;
        this.registry = registry;
        this.catalog = catalog;
    }

    @Override
    public List<QuarterCommendation> between(LocalDate from, LocalDate to) {
        Map<String, AwardLevel> levels = awards.levelsByCode();
        List<QuarterCommendation> out = new ArrayList<>();
        for (CommendationRow r : awards.rowsBetween(from, to)) {
            out.add(new QuarterCommendation(false, r.exemplarName(), r.unitName(), form(r.formName(), r.levelCode(), levels),
                    Messages.get("rule.recordDecision", r.decisionNumber() == null ? "—" : r.decisionNumber()),
                    r.decisionDate()));
        }
        for (Nomination n : nominations.all()) {
            if (!made(n, from, to)) {
                continue;
            }
            String form = form(awards.form(n.formId()).name(), n.levelCode(), levels);
            String unit = n.proposingUnitId() == null ? "" : catalog.unit(n.proposingUnitId()).name();
            for (Nominee ne : n.nominees()) {
                out.add(new QuarterCommendation(true, registry.require(ne.exemplarId()).name(), unit, form,
                        Messages.get("rule.recordNomination", n.id()) + " — " + Messages.of(n.status()), n.createdOn()));
            }
        }
        out.sort(Comparator.comparing(QuarterCommendation::date));
        return out;
    }

    /** The same number as {@link #between}'s list, counted without building it (a quarter can have thousands). */
    @Override
    public int countBetween(LocalDate from, LocalDate to) {
        long n = awards.countBetween(from, to);
        for (Nomination m : nominations.all()) {
            if (made(m, from, to)) {
                n += m.nominees().size();
            }
        }
        return (int) n;
    }

    /** Whether the nomination belongs to the period's report: dated within it and no longer a draft. */
    private static boolean made(Nomination n, LocalDate from, LocalDate to) {
        return n.status() != NominationStatus.DRAFT && n.createdOn() != null
                && !n.createdOn().isBefore(from) && !n.createdOn().isAfter(to);
    }

    private static String form(String name, String level, Map<String, AwardLevel> levels) {
        AwardLevel l = levels.get(level);
        return l == null ? name : name + " (" + l.name() + ")";
    }
}
