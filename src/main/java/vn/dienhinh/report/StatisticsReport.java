package vn.dienhinh.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.util.Messages;

/**
 * The statistical report of emulation and commendation work for a year, as a Word report (BÁO CÁO with
 * its two tables and totals) and as a framed workbook of the same tables, for the officer to copy into
 * the statistical forms the Ministry's circular in force sets.
 */
public final class StatisticsReport {

    private final OfficeProfile office;

    public StatisticsReport(OfficeProfile office) {
        this.office = office;
    }

    public void writeDocument(StatisticsData d, DocumentMeta meta, Path target) {
        try (OfficialDocument doc = new OfficialDocument(office)) {
            doc.header(DocumentKind.REPORT, meta).title(DocumentKind.REPORT, Messages.get("statistics.subject", d.year()));
            doc.caption(period(d));
            doc.paragraph(Messages.get("statistics.intro", AgencyName.inSentence(office.agency()), d.year()));
            doc.subsection(Messages.get("statistics.campaigns"));
            doc.table(List.of(TableColumn.centered(Messages.get("col.no"), 0.75),
                    TableColumn.left(Messages.get("statistics.col.kind"), 2.3),
                    TableColumn.centered(Messages.get("statistics.col.launched"), 1.4),
                    TableColumn.centered(Messages.get("statistics.col.inForce"), 1.4),
                    TableColumn.centered(Messages.get("statistics.col.reviewed"), 1.4)), campaignRows(d, true));
            doc.subsection(Messages.get("statistics.awards"));
            if (d.awards().isEmpty()) {
                doc.paragraph(Messages.get("statistics.noAwards"));
            } else {
                doc.table(List.of(TableColumn.centered(Messages.get("col.no"), 0.75),
                        TableColumn.left(Messages.get("nomination.colLevel"), 1.5),
                        TableColumn.left(Messages.get("award.form"), 2.6),
                        TableColumn.centered(Messages.get("doc.col.collectives"), 1),
                        TableColumn.centered(Messages.get("doc.col.individuals"), 1),
                        TableColumn.centered(Messages.get("doc.col.households"), 1),
                        TableColumn.centered(Messages.get("doc.col.total"), 1)), awardRows(d, true));
            }
            doc.paragraph(Messages.get("statistics.note"));
            doc.signature();
            doc.save(target);
        }
    }

    public void writeWorkbook(StatisticsData d, DocumentMeta meta, Path target) {
        String range = period(d);
        // the period line says how far the figures run: no "(Tính đến ngày …)" line saying it again
        new ExcelListWriter().framed(office, meta).writeAll(target, List.of(
                new ExcelListWriter.Part(new ExcelListWriter.Sheet(Messages.get("statistics.sheet.campaigns"),
                        Messages.get("statistics.title.campaigns", d.year()), range, List.of(
                        ListColumn.centered(Messages.get("col.no"), 6), ListColumn.left(Messages.get("statistics.col.kind"), 30),
                        ListColumn.summed(Messages.get("statistics.col.launched"), 18),
                        ListColumn.summed(Messages.get("statistics.col.inForce"), 18),
                        ListColumn.summed(Messages.get("statistics.col.reviewed"), 18)))
                        .counting(Messages.get("statistics.countKinds")), RowSource.of(campaignRows(d, false))),
                new ExcelListWriter.Part(new ExcelListWriter.Sheet(Messages.get("statistics.sheet.awards"),
                        Messages.get("statistics.title.awards", d.year()), range, List.of(
                        ListColumn.centered(Messages.get("col.no"), 6), ListColumn.left(Messages.get("nomination.colLevel"), 22),
                        ListColumn.left(Messages.get("award.form"), 36),
                        ListColumn.summed(Messages.get("doc.col.collectives"), 12),
                        ListColumn.summed(Messages.get("doc.col.individuals"), 12),
                        ListColumn.summed(Messages.get("doc.col.households"), 12),
                        ListColumn.summed(Messages.get("doc.col.total"), 12)))
                        .counting(Messages.get("statistics.countForms")), RowSource.of(awardRows(d, false)))));
    }

    /** "(Kỳ báo cáo: từ ngày 01/12/2025 đến ngày 30/11/2026)", with "số liệu tính đến ngày …" while it runs. */
    static String period(StatisticsData d) {
        String p = Messages.get("statistics.period", VnDates.shortDate(d.from()), VnDates.shortDate(d.to()));
        return d.partial() ? Messages.get("statistics.periodPartial", p, VnDates.shortDate(d.asOf())) : p;
    }

    /** The rows; in Word with a bold "Tổng cộng" line, in Excel numbers left as numbers for the sheet's own totals. */
    private static List<List<?>> campaignRows(StatisticsData d, boolean total) {
        List<List<?>> rows = new ArrayList<>();
        int n = 0;
        int[] sum = new int[3];
        for (StatisticsData.CampaignRow r : d.campaigns()) {
            rows.add(Arrays.asList(++n, r.kind(), r.launched(), r.inForce(), r.reviewed()));
            sum[0] += r.launched();
            sum[1] += r.inForce();
            sum[2] += r.reviewed();
        }
        if (total) {
            rows.add(Arrays.asList("", Span.bold(Messages.get("statistics.total")), Span.bold(String.valueOf(sum[0])),
                    Span.bold(String.valueOf(sum[1])), Span.bold(String.valueOf(sum[2]))));
        }
        return rows;
    }

    private static List<List<?>> awardRows(StatisticsData d, boolean total) {
        List<List<?>> rows = new ArrayList<>();
        int n = 0;
        int[] sum = new int[4];
        for (StatisticsData.AwardRow r : d.awards()) {
            rows.add(Arrays.asList(++n, r.level(), r.form(), r.collectives(), r.individuals(), r.households(), r.total()));
            sum[0] += r.collectives();
            sum[1] += r.individuals();
            sum[2] += r.households();
            sum[3] += r.total();
        }
        if (total) {
            rows.add(Arrays.asList("", Span.bold(Messages.get("statistics.total")), "", Span.bold(String.valueOf(sum[0])),
                    Span.bold(String.valueOf(sum[1])), Span.bold(String.valueOf(sum[2])), Span.bold(String.valueOf(sum[3]))));
        }
        return rows;
    }
}
