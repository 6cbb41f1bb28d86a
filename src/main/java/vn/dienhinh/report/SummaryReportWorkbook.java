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

    public SummaryReportWorkbook(ExcelListWriter writer) {
        this.writer = writer;
    }

    public void write(SummaryReportData data, Path target) {
        String period = VietnameseText.upper(data.period());
        String range = Messages.get("doc.s.range", VnDates.shortDate(data.from()), VnDates.shortDate(data.to()));
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
        writer.writeAll(target, List.of(
                new ExcelListWriter.Part(new ExcelListWriter.Sheet(Messages.get("doc.x.byField"),
                        Messages.get("doc.x.byFieldTitle", period), range, List.of(
                        ListColumn.centered(Messages.get("col.no"), 6), ListColumn.left(Messages.get("col.fields"), 44),
                        ListColumn.centered(Messages.get("doc.col.individuals"), 12),
                        ListColumn.centered(Messages.get("doc.col.collectives"), 12),
                        ListColumn.centered(Messages.get("doc.col.households"), 12),
                        ListColumn.centered(Messages.get("doc.col.total"), 12))), RowSource.of(fields)),
                new ExcelListWriter.Part(new ExcelListWriter.Sheet(Messages.get("doc.x.byUnit"),
                        Messages.get("doc.x.byUnitTitle", period), range, List.of(
                        ListColumn.centered(Messages.get("col.no"), 6), ListColumn.left(Messages.get("doc.col.unit"), 44),
                        ListColumn.centered(Messages.get("doc.col.found"), 18),
                        ListColumn.centered(Messages.get("doc.col.introductions"), 18))), RowSource.of(units)),
                new ExcelListWriter.Part(new ExcelListWriter.Sheet(Messages.get("doc.x.byQuarter"),
                        Messages.get("doc.x.byQuarterTitle", period), range, List.of(
                        ListColumn.centered(Messages.get("doc.col.quarter"), 14),
                        ListColumn.centered(Messages.get("doc.col.found"), 18),
                        ListColumn.centered(Messages.get("doc.col.introductions"), 18),
                        ListColumn.centered(Messages.get("doc.col.activitiesShort"), 18))), RowSource.of(quarters))));
    }
}
