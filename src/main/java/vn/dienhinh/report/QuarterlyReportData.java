package vn.dienhinh.report;

import java.time.LocalDate;
import java.util.List;
import vn.dienhinh.model.ActivityForm;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.Quarter;
import vn.dienhinh.model.QuarterCommendation;
import vn.dienhinh.util.Messages;

/**
 * Everything the quarterly report (báo cáo quý) says, gathered by the service: the introductions of the
 * quarter in field order, the quota gaps, the propaganda activities, the commendations and nominations,
 * the figures of this and the previous quarter, and the officer's own text.
 *
 * @param asOf     the last day counted: the quarter's last day, or the report's date when the quarter is not
 *                 over yet (the report then says "tính đến ngày …")
 * @param bases    legal bases ("Thực hiện Kế hoạch số …"), may be empty
 * @param sections what the officer writes: notes, assessment, tasks, proposals (blank parts left out)
 */
public record QuarterlyReportData(Quarter quarter, LocalDate asOf, List<String> bases, List<Introduced> introduced,
                                  List<QuotaGap> gaps, List<ActivityLine> activities,
                                  List<QuarterCommendation> commendations, Figures current, Figures previous,
                                  ReportSections sections) {

    public QuarterlyReportData {
        bases = List.copyOf(bases);
        introduced = List.copyOf(introduced);
        gaps = List.copyOf(gaps);
        activities = List.copyOf(activities);
        commendations = List.copyOf(commendations);
        sections = sections == null ? ReportSections.EMPTY : sections;
        asOf = asOf == null || asOf.isAfter(quarter.end()) ? quarter.end() : asOf;
    }

    /** True when the quarter is not over on the report's date: its figures run to {@link #asOf} only. */
    public boolean partial() {
        return asOf.isBefore(quarter.end());
    }

    /**
     * The comparison table's header of the report's quarter: "Quý IV/2026", or "Quý IV/2026 (đến 05/12)" while the
     * quarter is not over on the report's date; the Word table and the workbook's sheet write it alike.
     */
    public String currentColumn() {
        return partial() ? Messages.get("doc.q.partialColumn", Counts.quarterShort(quarter),
                VnDates.shortDate(asOf).substring(0, 5)) : Counts.quarterShort(quarter);
    }

    /** The same report with other officer's text. */
    public QuarterlyReportData withSections(ReportSections s) {
        return new QuarterlyReportData(quarter, asOf, bases, introduced, gaps, activities, commendations, current,
                previous, s);
    }

    /** How many different exemplars were introduced: one introduced for two fields counts once. */
    public long exemplarsIntroduced() {
        return introduced.stream().map(Introduced::exemplarId).distinct().count();
    }

    /** Commendations decided in the quarter (lượt), each nomination's approved nominee counted once, as commended. */
    public List<QuarterCommendation> decided() {
        return commendations.stream().filter(c -> !c.nomination()).toList();
    }

    /** Nominees of nominations made in the quarter and still awaiting a decision. */
    public List<QuarterCommendation> pending() {
        return commendations.stream().filter(QuarterCommendation::nomination).toList();
    }

    /**
     * An introduction of the quarter; {@code field} empty when the introduction named none. The same
     * exemplar appears once per field it was introduced for.
     */
    public record Introduced(long exemplarId, String field, String exemplar, ExemplarKind kind, String unit,
                             String summary, LocalDate receivedOn) {
    }

    /**
     * A quota campaign's gaps: how many units owe out of how many, how many exemplars are missing out of
     * how many required, and who owes what.
     */
    public record QuotaGap(String campaign, String name, String rule, int owingUnits, int units, int missing, int required,
                           List<Owing> owing) {
        public QuotaGap {
            owing = List.copyOf(owing);
        }
    }

    /** A unit that has not sent all it owes: the fields still missing (empty for a per-unit quota). */
    public record Owing(String unit, List<String> fields, int missing) {
        public Owing {
            fields = List.copyOf(fields);
        }
    }

    /** A propaganda activity with the names a report prints. */
    public record ActivityLine(LocalDate date, ActivityForm form, String title, String unit, List<String> exemplars,
                               String link) {
        public ActivityLine {
            exemplars = List.copyOf(exemplars);
        }
    }

    /**
     * The figures compared quarter on quarter: exemplars introduced (each once), introductions (one per
     * field), exemplars found, activities, commendations decided (lượt); all up to {@code asOf}.
     */
    public record Figures(Quarter quarter, LocalDate asOf, long exemplars, long introductions, long found,
                          long activities, long commendations) {
    }
}
