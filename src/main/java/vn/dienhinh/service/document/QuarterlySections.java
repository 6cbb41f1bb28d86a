package vn.dienhinh.service.document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.dienhinh.report.Counts;
import vn.dienhinh.report.QuarterlyReportData;
import vn.dienhinh.report.QuarterlyReportDocument;
import vn.dienhinh.report.QuarterlyReportData.ActivityLine;
import vn.dienhinh.report.QuarterlyReportData.Introduced;
import vn.dienhinh.report.QuarterlyReportData.Owing;
import vn.dienhinh.report.QuarterlyReportData.QuotaGap;
import vn.dienhinh.report.ReportSections;
import vn.dienhinh.util.Messages;

/**
 * The quarterly report's assessment, tasks and proposals drafted from its figures, for the officer to
 * edit before export: strengths from what was sent and done, shortcomings from the gaps, the usual causes
 * only when there are shortcomings.
 */
final class QuarterlySections {

    private QuarterlySections() {
    }

    static ReportSections draft(QuarterlyReportData d) {
        String quarter = Counts.quarter(d.quarter());
        List<String> strengths = new ArrayList<>();
        long units = d.introduced().stream().map(Introduced::unit).distinct().count();
        if (d.exemplarsIntroduced() > 0) {
            strengths.add(Messages.get("doc.q.draft.sent", Counts.padded(units), Counts.padded(d.exemplarsIntroduced())));
        }
        if (!d.activities().isEmpty()) {
            long forms = d.activities().stream().map(ActivityLine::form).distinct().count();
            strengths.add(Messages.get("doc.q.draft.acts", Counts.padded(d.activities().size()), Counts.padded(forms)));
        }
        if (!d.decided().isEmpty()) {
            strengths.add(Messages.get("doc.q.draft.commended", Counts.padded(d.decided().size()),
                    QuarterlyReportDocument.kindWords(d.decided())));
        }
        List<String> limits = new ArrayList<>();
        for (QuotaGap g : d.gaps()) {
            if (g.owingUnits() > 0) {
                limits.add(Messages.get("doc.q.draft.owing", Counts.padded(g.owingUnits()), Counts.padded(g.units()),
                        Counts.padded(g.missing()), Counts.padded(g.required())));
            }
        }
        Set<String> introducedFields = new LinkedHashSet<>();
        d.introduced().forEach(i -> introducedFields.add(i.field()));
        Set<String> neverSent = new LinkedHashSet<>();
        for (QuotaGap g : d.gaps()) {
            for (Owing o : g.owing()) {
                o.fields().stream().filter(f -> !f.isEmpty() && !introducedFields.contains(f)).forEach(neverSent::add);
            }
        }
        if (!neverSent.isEmpty()) {
            limits.add(Messages.get("doc.q.draft.fieldsNone", String.join(", ", neverSent)));
        }
        if (d.activities().isEmpty()) {
            limits.add(Messages.get("doc.q.draft.noActs"));
        }
        String causes = limits.isEmpty() ? "" : Messages.get("doc.q.draft.causes");
        String next = Messages.get("doc.q.nextDefault", quarter, Counts.quarter(d.quarter().next()));
        return new ReportSections("", lines(strengths), lines(limits), causes, next, Messages.get("doc.q.draft.proposals"));
    }

    /** Items as "- …" lines, each but the last ending ";" and the last ".". */
    static String lines(List<String> items) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add("- " + items.get(i) + (i < items.size() - 1 ? ";" : "."));
        }
        return String.join("\n", out);
    }
}
