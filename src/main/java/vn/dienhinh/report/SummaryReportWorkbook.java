package vn.dienhinh.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.dienhinh.report.SummaryReportData.FieldRow;
import vn.dienhinh.report.SummaryReportData.QuarterRow;
import vn.dienhinh.report.SummaryReportData.UnitRow;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.VietnameseText;

/** The summary report's counts as a workbook: by field and kind, by unit, by quarter; one printable sheet each. */
public final class SummaryReportWorkbook {

    private final ExcelListWriter writer;
    private final vn.dienhinh.model.OfficeProfile office;

    public SummaryReportWorkbook(ExcelListWriter writer, vn.dienhinh.model.OfficeProfile office) {
        this.writer = writer;
        this.office = office;
    }

    /** Framed as the Word report: letterhead, "tính đến ngày", a totals row under each table, the signature. */
    public void write(SummaryReportData data, DocumentMeta meta, Path target) {
        String period = VietnameseText.upper(data.period());
        String range = Messages.get("doc.s.range", VnDates.shortDate(data.from()), VnDates.shortDate(data.asOf()));
        List<List<?>> fields = new ArrayList<>();
        int n = 0;
        for (FieldRow r : data.byField()) {
            fields.add(Arrays.asList(++n, r.field(), r.individuals(), r.collectives(), r.households(), r.total()));
        }
        List<List<?>> units = new ArrayList<>();
        n = 0;
        for (UnitRow r : data.byUnit()) {
            units.add(Arrays.asList(++n, r.unit(), r.found(), r.introductions()));
        }
        List<List<?>> quarters = new ArrayList<>();
        for (QuarterRow r : data.byQuarter()) {
            quarters.add(Arrays.asList(Counts.quarterShort(r.quarter()), r.found(), r.introductions(), r.activities()));
        }
        writer.framed(office, data.asOf(), meta).writeAll(target, List.of(
                new ExcelListWriter.Part(new ExcelListWriter.Sheet(Messages.get("doc.x.byField"),
                        Messages.get("doc.x.byFieldTitle", period), range, List.of(
                        ListColumn.centered(Messages.get("col.no"), 6), ListColumn.left(Messages.get("col.fields"), 44),
                        ListColumn.summed(Messages.get("doc.col.individuals"), 12),
                        ListColumn.summed(Messages.get("doc.col.collectives"), 12),
                        ListColumn.summed(Messages.get("doc.col.households"), 12),
                        ListColumn.summed(Messages.get("doc.col.total"), 12))).counting(Messages.get("doc.x.countFields")),
                        RowSource.of(fields)),
                new ExcelListWriter.Part(new ExcelListWriter.Sheet(Messages.get("doc.x.byUnit"),
                        Messages.get("doc.x.byUnitTitle", period), range, List.of(
                        ListColumn.centered(Messages.get("col.no"), 6), ListColumn.left(Messages.get("doc.col.unit"), 44),
                        ListColumn.summed(Messages.get("doc.col.found"), 18),
                        ListColumn.summed(Messages.get("doc.col.introductions"), 18)))
                        .counting(Messages.get("doc.x.countUnits")), RowSource.of(units)),
                new ExcelListWriter.Part(new ExcelListWriter.Sheet(Messages.get("doc.x.byQuarter"),
                        Messages.get("doc.x.byQuarterTitle", period), range, List.of(
                        ListColumn.centered(Messages.get("doc.col.quarter"), 14),
                        ListColumn.summed(Messages.get("doc.col.found"), 18),
                        ListColumn.summed(Messages.get("doc.col.introductions"), 18),
                        ListColumn.summed(Messages.get("doc.col.activitiesShort"), 18)))
                        .counting(Messages.get("doc.x.countQuarters")), RowSource.of(quarters))));
    }
}
