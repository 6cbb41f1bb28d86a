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
            // the decision cited names who gave it ("… của Chủ tịch Ủy ban nhân dân Quận 1"): the form needs no
            // catalogue level beside it then
            boolean issuerNamed = r.issuingBody() != null && !r.issuingBody().isBlank();
            out.add(new QuarterCommendation(false, r.exemplarId(), r.kind(), r.exemplarName(), r.unitName(),
                    issuerNamed ? r.formName() : form(r.formName(), r.levelCode(), levels),
                    decision(r.decisionNumber(), r.decisionDate(), r.issuingBody()), r.decisionDate()));
        }
        for (Nomination n : nominations.all()) {
            if (!made(n, from, to)) {
                continue;
            }
            // the level asked for goes with the state, in the wide column: "Cấp huyện, quận: đã trình, đang chờ xét"
            String form = awards.form(n.formId()).name();
            String state = Messages.get("doc.q.pending." + n.status().name());
            AwardLevel level = levels.get(n.levelCode());
            String reference = level == null ? state : Messages.get("doc.q.pendingAt", level.name(),
                    state.substring(0, 1).toLowerCase(Messages.LOCALE) + state.substring(1));
            String unit = n.proposingUnitId() == null ? "" : catalog.unit(n.proposingUnitId()).name();
            for (Nominee ne : n.nominees()) {
                var e = registry.require(ne.exemplarId());
                out.add(new QuarterCommendation(true, e.id(), e.kind(), e.name(), unit, form, reference,
                        n.createdOn()));
            }
        }
        out.sort(Comparator.comparing(QuarterCommendation::date));
        return out;
    }

    /** The commendations decided in the period (lượt), counted without building the list (a quarter can have thousands). */
    @Override
    public int countBetween(LocalDate from, LocalDate to) {
        return (int) awards.countBetween(from, to);
    }

    /** "Quyết định số 12/QĐ-UBND ngày 05/10/2026 của Chủ tịch UBND Quận 1": number, date and issuer as known. */
    public static String decision(String number, LocalDate date, String issuer) {
        String text = Messages.get("doc.decision.number", number == null || number.isBlank() ? vn.dienhinh.report.VnDates.BLANK : number);
        if (date != null) {
            text += " " + Messages.get("doc.decision.date", Dates.format(date));
        }
        if (issuer != null && !issuer.isBlank()) {
            text += " " + Messages.get("doc.decision.issuer", issuer.strip());
        }
        return text;
    }

    /** Whether the nomination is listed in the period: made within it and still awaiting its decision. */
    private static boolean made(Nomination n, LocalDate from, LocalDate to) {
        return (n.status() == NominationStatus.SUBMITTED || n.status() == NominationStatus.APPROVED)
                && n.createdOn() != null && !n.createdOn().isBefore(from) && !n.createdOn().isAfter(to);
    }

    private static String form(String name, String level, Map<String, AwardLevel> levels) {
        AwardLevel l = levels.get(level);
        return l == null ? name : name + " (" + l.name() + ")";
    }
}
