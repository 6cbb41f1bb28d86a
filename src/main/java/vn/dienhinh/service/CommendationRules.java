package vn.dienhinh.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.AwardLevel;
import vn.dienhinh.model.Commendation;
import vn.dienhinh.model.Deed;
import vn.dienhinh.model.DeedUse;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.store.CatalogRepository;
import vn.dienhinh.store.CommendationRepository;
import vn.dienhinh.store.ExemplarRepository;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.VietnameseText;

/**
 * The rules an office lives by (seed 003 III.3.2), each broken rule one sentence naming the
 * exemplar and the conflicting record: "Người tốt, việc tốt" only for individuals; a form only
 * for the kinds and levels the catalogue allows; no double commendation (one deed grounds at most
 * one nomination or commendation per level, and is proposed by one unit only); a form that may
 * not be repeated is not given twice.
 */
final class CommendationRules {

    private final ExemplarRepository exemplars;
    private final CommendationRepository commendations;
    private final CatalogRepository catalog;

    CommendationRules(ExemplarRepository exemplars, CommendationRepository commendations, CatalogRepository catalog) {
        this.exemplars = exemplars;
        this.commendations = commendations;
        this.catalog = catalog;
    }

    /** A proposed grant: exemplar, its deeds as grounds, the form and level, the proposing unit. */
    record Grant(Exemplar exemplar, List<Long> deedIds, AwardForm form, AwardLevel level, Long proposingUnitId,
                 Long exceptNomination) {
    }

    /** What is wrong with the grant; empty when it may go ahead. */
    List<String> problems(Grant g, Map<String, AwardLevel> levels) {
        Set<String> out = new LinkedHashSet<>();
        Exemplar e = g.exemplar();
        String kind = Messages.get("campaign.kindLower." + e.kind().name());
        if (!g.form().allows(e.kind())) {
            out.add(VietnameseText.fold(g.form().name()).equals(VietnameseText.fold("Người tốt, việc tốt"))
                    ? Messages.get("rule.goodDeedsIndividual", e.name(), kind)
                    : Messages.get("rule.kind", g.form().name(), kind, e.name()));
        }
        if (!g.form().levels().contains(g.level().code())) {
            out.add(Messages.get("rule.level", g.form().name(), g.level().name()));
        }
        List<Deed> own = exemplars.timeline().deeds(e.id());
        for (Long d : g.deedIds()) {
            if (own.stream().noneMatch(x -> x.id().equals(d))) {
                out.add(Messages.get("rule.deedNotOwn", d, e.name()));
            }
        }
        for (DeedUse u : commendations.usesOf(g.deedIds(), g.exceptNomination())) {
            String deed = own.stream().filter(x -> x.id() == u.deedId()).map(x -> describe(x)).findFirst()
                    .orElse(String.valueOf(u.deedId()));
            String record = u.commendation()
                    ? Messages.get("rule.recordDecision", u.decisionNumber() == null ? "—" : u.decisionNumber())
                    : Messages.get("rule.recordNomination", u.recordId());
            AwardLevel used = levels.get(u.levelCode());
            if (u.levelCode().equals(g.level().code())) {
                out.add(Messages.get("rule.double", deed, e.name(), record, u.formName(),
                        used == null ? u.levelCode() : used.name()));
            }
            if (!u.commendation() && u.proposingUnitId() != null && g.proposingUnitId() != null
                    && !Objects.equals(u.proposingUnitId(), g.proposingUnitId())) {
                var other = catalog.unit(u.proposingUnitId());
                out.add(Messages.get("rule.otherUnit", deed, e.name(), other == null ? "?" : other.name(), record));
            }
        }
        if (!g.form().repeatable()) {
            for (Commendation c : commendations.ofExemplar(e.id())) {
                if (c.formId() == g.form().id() && !Objects.equals(c.nominationId(), g.exceptNomination())) {
                    out.add(Messages.get("rule.notRepeatable", e.name(), g.form().name(),
                            c.decisionNumber() == null ? "—" : c.decisionNumber(), Dates.format(c.decisionDate())));
                }
            }
        }
        return new ArrayList<>(out);
    }

    static String describe(Deed d) {
        return "“" + d.title() + "”" + (d.date() == null ? "" : " (" + Dates.format(d.date()) + ")");
    }

    static boolean future(LocalDate d, LocalDate today) {
        return d != null && d.isAfter(today);
    }
}
