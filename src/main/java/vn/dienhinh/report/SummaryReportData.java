package vn.dienhinh.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.ExemplarStatus;
import vn.dienhinh.model.Quarter;

/**
 * What a sơ kết or tổng kết report says about a period: exemplars found (by kind, field, unit, quarter
 * and where they stood at its end), introductions and propaganda per quarter, campaign targets, and the
 * officer's own sections.
 *
 * @param finalReview true for tổng kết (the end of a period), false for sơ kết (a stage of it)
 * @param period      "năm 2026", "giai đoạn 2021 - 2025"
 * @param asOf        the last day counted: the period's end, or the report's date when the period is not over
 * @param byUnit      units rolled up to the level the office reports on, in natural order
 * @param progress    one line per campaign phase begun in the period, counted to {@code asOf}
 */
public record SummaryReportData(boolean finalReview, String period, LocalDate from, LocalDate to, LocalDate asOf,
                                long found, Map<ExemplarKind, Long> byKind, Map<ExemplarStatus, Long> byStatus,
                                List<FieldRow> byField, List<UnitRow> byUnit, List<QuarterRow> byQuarter,
                                List<Target> progress, ReportSections sections) {

    public SummaryReportData {
        byKind = Map.copyOf(byKind);
        byStatus = Map.copyOf(byStatus);
        byField = List.copyOf(byField);
        byUnit = List.copyOf(byUnit);
        byQuarter = List.copyOf(byQuarter);
        progress = List.copyOf(progress);
        asOf = asOf == null || asOf.isAfter(to) ? to : asOf;
        sections = sections == null ? ReportSections.EMPTY : sections;
    }

    /** True when the period is not over on the report's date: the figures run to {@link #asOf} only. */
    public boolean partial() {
        return asOf.isBefore(to);
    }

    /** The same report with the officer's own text. */
    public SummaryReportData withSections(ReportSections s) {
        return new SummaryReportData(finalReview, period, from, to, asOf, found, byKind, byStatus, byField, byUnit,
                byQuarter, progress, s);
    }

    /**
     * A campaign phase's targets as the report states them: "Giai đoạn 1: 02 tập thể (chỉ tiêu 03, chưa đạt)".
     *
     * @param shortfall what the assessment says when the phase ended by the report's date short of a target
     *                  ("Giai đoạn 1 … chưa đạt chỉ tiêu đề ra (02/03 tập thể)"), else null
     */
    public record Target(String line, String shortfall) {
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
