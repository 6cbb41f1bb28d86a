package vn.dienhinh.service.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.dienhinh.report.Counts;
import vn.dienhinh.report.QuarterlyReportDocument;
import vn.dienhinh.report.ReportSections;
import vn.dienhinh.report.SummaryReportData;
import vn.dienhinh.report.SummaryReportData.FieldRow;
import vn.dienhinh.report.SummaryReportData.UnitRow;
import vn.dienhinh.util.Messages;

/**
 * The sơ kết / tổng kết report's assessment, tasks and proposals drafted from its figures, for the officer
 * to edit before export: what was found, sent and done; the fields still without an exemplar and whatever
 * is at zero; the usual causes only when there are shortcomings.
 */
final class SummarySections {

    private SummarySections() {
    }

    static ReportSections draft(SummaryReportData d) {
        List<String> strengths = new ArrayList<>();
        List<String> limits = new ArrayList<>();
        if (d.found() > 0) {
            String kinds = QuarterlyReportDocument.kindsText(d.byKind());
            strengths.add(Messages.get("doc.s.draft.found", Counts.padded(d.found()),
                    kinds.isEmpty() ? "" : " (" + kinds + ")", Counts.padded(d.introductions())));
            d.byField().stream().filter(r -> r.total() > 0).max(Comparator.comparingLong(FieldRow::total))
                    .ifPresent(r -> strengths.add(Messages.get("doc.s.topField", r.field(), Counts.padded(r.total()))));
            d.byUnit().stream().filter(r -> r.found() > 0).max(Comparator.comparingLong(UnitRow::found))
                    .ifPresent(r -> strengths.add(Messages.get("doc.s.topUnit", r.unit(), Counts.padded(r.found()))));
        } else {
            limits.add(Messages.get("doc.s.draft.noneFound"));
        }
        if (d.activities() > 0) {
            strengths.add(Messages.get("doc.s.draft.acts", Counts.padded(d.activities())));
        } else {
            limits.add(Messages.get("doc.s.draft.noActs"));
        }
        if (d.introductions() == 0) {
            limits.add(Messages.get("doc.s.draft.noIntro"));
        }
        List<String> empty = d.byField().stream().filter(r -> r.total() == 0).map(FieldRow::field).toList();
        if (!empty.isEmpty() && d.found() > 0) {
            limits.add(Messages.get("doc.s.emptyFields", Counts.padded(empty.size()), String.join("; ", empty)));
        }
        String causes = limits.isEmpty() ? "" : Messages.get("doc.s.draft.causes");
        return new ReportSections("", QuarterlySections.lines(strengths), QuarterlySections.lines(limits), causes,
                Messages.get("doc.s.nextDefault"), Messages.get("doc.q.draft.proposals"));
    }
}
