package vn.dienhinh.service.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.dienhinh.model.Campaign;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.Phase;
import vn.dienhinh.report.Counts;
import vn.dienhinh.report.Punctuation;
import vn.dienhinh.report.SummaryReportData.Target;
import vn.dienhinh.store.ReportQueries;
import vn.dienhinh.util.Messages;

/**
 * "Thực hiện chỉ tiêu" of the sơ kết / tổng kết: each campaign phase begun by the report's last counted day
 * against its targets, counted as the report's own figures are (every exemplar the campaign placed in the
 * phase, from the day it joined, a dropped one too: it was found) and only up to that day, so the section
 * agrees with what the report says was found.
 */
final class SummaryTargets {

    private static final ExemplarKind[] ORDER = {ExemplarKind.COLLECTIVE, ExemplarKind.INDIVIDUAL, ExemplarKind.HOUSEHOLD};
    private static final Locale VI = Locale.forLanguageTag("vi");

    private SummaryTargets() {
    }

    /** The phases of all campaigns that overlap [from, asOf], each named with its campaign. */
    static List<Target> ofPeriod(ReportQueries q, List<Campaign> campaigns, LocalDate from, LocalDate asOf) {
        List<Target> out = new ArrayList<>();
        for (Campaign c : campaigns) {
            for (Phase p : c.phases()) {
                if (!p.end().isBefore(from) && !p.start().isAfter(asOf)) {
                    out.add(of(q, p, PlanBasis.phrase(c.name()), asOf));
                }
            }
        }
        return out;
    }

    /** The one phase a phase's own report is about: its line names the phase only. */
    static List<Target> ofPhase(ReportQueries q, Phase p, LocalDate asOf) {
        return p.start().isAfter(asOf) ? List.of() : List.of(of(q, p, null, asOf));
    }

    private static Target of(ReportQueries q, Phase p, String campaign, LocalDate asOf) {
        LocalDate end = asOf.isBefore(p.end()) ? asOf : p.end();
        Map<ExemplarKind, Long> counts = q.ofPhase(p.id()).foundByKind(p.start(), end);
        List<String> parts = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (ExemplarKind k : ORDER) {
            int target = p.target(k);
            if (target > 0) {
                long n = counts.getOrDefault(k, 0L);
                String kind = Messages.get("campaign.kindLower." + k.name());
                parts.add(Messages.get("doc.s.targetPart", Counts.padded(n), kind, Counts.padded(target),
                        Messages.get(n >= target ? "doc.s.targetMet" : "doc.s.targetUnmet")));
                if (n < target) {
                    missed.add(Messages.get("campaign.progressPart", Counts.padded(n), Counts.padded(target), kind));
                }
            }
        }
        String name = campaign == null ? p.name()
                : Punctuation.capitalFirst(campaign) + ", " + p.name().substring(0, 1).toLowerCase(VI) + p.name().substring(1);
        String line = name + ": " + (parts.isEmpty() ? Messages.get("campaign.noTarget") : String.join(", ", parts));
        String shortfall = missed.isEmpty() || asOf.isBefore(p.end()) ? null
                : Messages.get("doc.s.draft.missed", campaign == null ? p.name() : Messages.get("doc.s.phaseOf", p.name(),
                        campaign), String.join(", ", missed));
        return new Target(line, shortfall);
    }
}
