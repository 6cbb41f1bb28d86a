package vn.dienhinh.service.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import vn.dienhinh.report.Counts;
import vn.dienhinh.report.QuarterlyReportDocument;
import vn.dienhinh.report.ReportSections;
import vn.dienhinh.report.SummaryReportData;
import vn.dienhinh.report.SummaryReportData.FieldRow;
import vn.dienhinh.report.SummaryReportData.Target;
import vn.dienhinh.report.SummaryReportData.UnitRow;
import vn.dienhinh.util.Messages;

/**
 * The sơ kết / tổng kết report's assessment, tasks and proposals drafted from its figures, for the officer
 * to edit before export: what was found, sent and done; the fields still without an exemplar and whatever
 * is at zero, the campaign phases that ended short of their targets; the usual causes only when there are
 * shortcomings. A zero is not praised, nor one of several tied called the most.
 */
final class SummarySections {

    /** At most this many tied at the top are named as having the most. */
    private static final int MOST_NAMED = 3;

    private SummarySections() {
    }

    static ReportSections draft(SummaryReportData d) {
        List<String> strengths = new ArrayList<>();
        List<String> limits = new ArrayList<>();
        if (d.found() > 0) {
            String kinds = QuarterlyReportDocument.kindsText(d.byKind());
            String found = Messages.get("doc.s.draft.found", Counts.padded(d.found()), kinds.isEmpty() ? "" : " (" + kinds + ")");
            strengths.add(d.introductions() == 0 ? found
                    : found + ", " + Messages.get("doc.s.draft.introduced", Counts.padded(d.introductions())));
            most(d.byField(), FieldRow::field, FieldRow::total, "doc.s.topField", "doc.s.topFields").ifPresent(strengths::add);
            most(d.byUnit(), UnitRow::unit, UnitRow::found, "doc.s.topUnit", "doc.s.topUnits").ifPresent(strengths::add);
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
        d.progress().stream().map(Target::shortfall).filter(java.util.Objects::nonNull).forEach(limits::add);
        String causes = limits.isEmpty() ? "" : Messages.get("doc.s.draft.causes");
        return new ReportSections("", QuarterlySections.lines(strengths), QuarterlySections.lines(limits), causes,
                Messages.get("doc.s.nextDefault"), Messages.get("doc.q.draft.proposals"));
    }

    /**
     * "Lĩnh vực có nhiều điển hình nhất: …" when one to three stand at the top; nothing when more tie there,
     * or when all that have any are tied (no "most" among equals).
     */
    private static <T> java.util.Optional<String> most(List<T> rows, Function<T, String> name, ToLongFunction<T> count,
                                                         String one, String several) {
        List<T> some = rows.stream().filter(r -> count.applyAsLong(r) > 0).toList();
        long max = some.stream().mapToLong(count).max().orElse(0);
        List<String> top = some.stream().filter(r -> count.applyAsLong(r) == max).map(name).toList();
        if (top.isEmpty() || top.size() > MOST_NAMED || (top.size() > 1 && top.size() == some.size())) {
            return java.util.Optional.empty();
        }
        String names = top.size() == 1 ? top.get(0) : String.join("; ", top.subList(0, top.size() - 1))
                + " " + Messages.get("dossier.and") + " " + top.get(top.size() - 1);
        return java.util.Optional.of(Messages.get(top.size() == 1 ? one : several, names, Counts.padded(max)));
    }
}
