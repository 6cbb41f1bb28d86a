package vn.dienhinh.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.ExemplarStatus;
import vn.dienhinh.model.Quarter;

/**
 * What a sơ kết or tổng kết report says about a period: exemplars found (by kind, field, unit, quarter
 * and where they stand now), introductions and propaganda per quarter, campaign targets, and the
 * officer's own assessment and tasks.
 *
 * @param finalReview true for tổng kết (the end of a period), false for sơ kết (a stage of it)
 * @param period      "năm 2026", "giai đoạn 2021 - 2025"
 * @param progress    one line per campaign phase in the period: "Giai đoạn 1: 2/3 tập thể, 3/3 cá nhân"
 */
public record SummaryReportData(boolean finalReview, String period, LocalDate from, LocalDate to, long found,
                                Map<ExemplarKind, Long> byKind, Map<ExemplarStatus, Long> byStatus,
                                List<FieldRow> byField, List<UnitRow> byUnit, List<QuarterRow> byQuarter,
                                List<String> progress, String assessment, String nextTasks) {

    public SummaryReportData {
        byKind = Map.copyOf(byKind);
        byStatus = Map.copyOf(byStatus);
        byField = List.copyOf(byField);
        byUnit = List.copyOf(byUnit);
        byQuarter = List.copyOf(byQuarter);
        progress = List.copyOf(progress);
        assessment = assessment == null ? "" : assessment;
        nextTasks = nextTasks == null ? "" : nextTasks;
    }

    /** Exemplars found in a field, by kind. */
    public record FieldRow(String field, long individuals, long collectives, long households) {
        public long total() {
            return individuals + collectives + households;
        }
    }

    /** What a unit proposed: exemplars found, introductions sent. */
    public record UnitRow(String unit, long found, long introductions) {
    }

    public record QuarterRow(Quarter quarter, long found, long introductions, long activities) {
    }

    public long introductions() {
        return byQuarter.stream().mapToLong(QuarterRow::introductions).sum();
    }

    public long activities() {
        return byQuarter.stream().mapToLong(QuarterRow::activities).sum();
    }
}
