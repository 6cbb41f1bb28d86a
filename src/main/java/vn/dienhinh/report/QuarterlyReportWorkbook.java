package vn.dienhinh.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.dienhinh.model.QuarterCommendation;
import vn.dienhinh.report.QuarterlyReportData.ActivityLine;
import vn.dienhinh.report.QuarterlyReportData.Figures;
import vn.dienhinh.report.QuarterlyReportData.Introduced;
import vn.dienhinh.report.QuarterlyReportData.Owing;
import vn.dienhinh.report.QuarterlyReportData.QuotaGap;
import vn.dienhinh.util.Messages;

/**
 * The quarterly report's tables as an Excel workbook, one printable sheet per table: introductions,
 * units that did not send theirs, propaganda activities, commendations and nominations, the comparison
 * with the previous quarter.
 */
public final class QuarterlyReportWorkbook {

    private final ExcelListWriter writer;
    private final vn.dienhinh.model.OfficeProfile office;

    public QuarterlyReportWorkbook(ExcelListWriter writer, vn.dienhinh.model.OfficeProfile office) {
        this.writer = writer;
        this.office = office;
    }

    public void write(QuarterlyReportData data, DocumentMeta meta, Path target) {
        String quarter = Counts.quarter(data.quarter());
        writer.framed(office, data.asOf(), meta).writeAll(target, List.of(introductions(data, quarter), gaps(data, quarter), activities(data, quarter),
                commendations(data, quarter), comparison(data)));
    }

    private static ExcelListWriter.Part introductions(QuarterlyReportData data, String quarter) {
        ExcelListWriter.Sheet sheet = new ExcelListWriter.Sheet(Messages.get("doc.x.introduced"),
                Messages.get("doc.x.introducedTitle", upper(quarter)),
                data.introduced().isEmpty() ? Messages.get("doc.q.introducedNone") : "", List.of(
                ListColumn.centered(Messages.get("col.no"), 6), ListColumn.left(Messages.get("col.fields"), 26),
                ListColumn.left(Messages.get("col.name"), 28), ListColumn.centered(Messages.get("col.kind"), 12),
                ListColumn.left(Messages.get("doc.col.introducedBy"), 26),
                ListColumn.centered(Messages.get("board.received"), 12), ListColumn.left(Messages.get("col.summary"), 50)))
                .counting(Messages.get("doc.x.countIntroductions"));
        List<List<?>> rows = new ArrayList<>();
        int n = 0;
        for (Introduced i : data.introduced()) {
            rows.add(Arrays.asList(++n, i.field().isEmpty() ? Messages.get("doc.noField") : i.field(), i.exemplar(),
                    i.kind(), i.unit(), i.receivedOn(), i.summary()));
        }
        return new ExcelListWriter.Part(sheet, RowSource.of(rows));
    }

    private static ExcelListWriter.Part gaps(QuarterlyReportData data, String quarter) {
        ExcelListWriter.Sheet sheet = new ExcelListWriter.Sheet(Messages.get("doc.x.gaps"),
                Messages.get("doc.x.gapsTitle", upper(quarter)), data.gaps().isEmpty() ? Messages.get("doc.q.noQuota")
                : data.gaps().stream().allMatch(g -> g.owing().isEmpty()) ? Messages.get("doc.x.gapsNone") : "", List.of(
                ListColumn.centered(Messages.get("col.no"), 6), ListColumn.left(Messages.get("doc.col.unit"), 32),
                ListColumn.left(Messages.get("doc.col.campaign"), 32), ListColumn.left(Messages.get("doc.col.missing"), 50),
                ListColumn.summed(Messages.get("doc.col.missingCount"), 12))).counting(Messages.get("doc.x.countUnits"));
        List<List<?>> rows = new ArrayList<>();
        int n = 0;
        for (QuotaGap g : data.gaps()) {
            for (Owing o : g.owing()) {
                String fields = o.fields().stream().allMatch(String::isEmpty) ? Messages.get("board.owesOne")
                        : String.join("; ", o.fields());
                rows.add(Arrays.asList(++n, o.unit(), g.name(), fields, o.missing())); // the name, not the sentence's phrase
            }
        }
        return new ExcelListWriter.Part(sheet, RowSource.of(rows));
    }

    private static ExcelListWriter.Part activities(QuarterlyReportData data, String quarter) {
        ExcelListWriter.Sheet sheet = new ExcelListWriter.Sheet(Messages.get("doc.x.activities"),
                Messages.get("doc.x.activitiesTitle", upper(quarter)),
                data.activities().isEmpty() ? Messages.get("doc.q.activitiesNone") : "", List.of(
                ListColumn.centered(Messages.get("col.no"), 6), ListColumn.centered(Messages.get("doc.col.date"), 12),
                ListColumn.left(Messages.get("doc.col.form"), 28), ListColumn.left(Messages.get("doc.col.title"), 44),
                ListColumn.left(Messages.get("doc.col.exemplars"), 34), ListColumn.left(Messages.get("doc.col.doneBy"), 26),
                ListColumn.left(Messages.get("doc.col.link"), 30))).counting(Messages.get("doc.x.countActivities"));
        List<List<?>> rows = new ArrayList<>();
        int n = 0;
        for (ActivityLine a : data.activities()) {
            rows.add(Arrays.asList(++n, a.date(), a.form(), a.title(), String.join(", ", a.exemplars()), a.unit(),
                    a.link()));
        }
        return new ExcelListWriter.Part(sheet, RowSource.of(rows));
    }

    private static ExcelListWriter.Part commendations(QuarterlyReportData data, String quarter) {
        ExcelListWriter.Sheet sheet = new ExcelListWriter.Sheet(Messages.get("doc.x.commendations"),
                Messages.get("doc.x.commendationsTitle", upper(quarter)),
                data.commendations().isEmpty() ? Messages.get("doc.q.commendationsNone") : "", List.of(
                ListColumn.centered(Messages.get("col.no"), 6), ListColumn.centered(Messages.get("doc.col.stage"), 16),
                ListColumn.left(Messages.get("col.name"), 30), ListColumn.left(Messages.get("doc.col.unit"), 26),
                ListColumn.left(Messages.get("doc.col.commendation"), 28),
                ListColumn.left(Messages.get("doc.col.reference"), 30), ListColumn.centered(Messages.get("doc.col.date"), 12)))
                .counting(Messages.get("doc.x.countCommendations"));
        List<List<?>> rows = new ArrayList<>();
        int n = 0;
        for (QuarterCommendation c : data.commendations()) {
            rows.add(Arrays.asList(++n, Messages.get(c.nomination() ? "doc.nominationPending" : "doc.commendation"),
                    c.exemplar(), c.unit(), c.form(), c.reference(), c.date()));
        }
        return new ExcelListWriter.Part(sheet, RowSource.of(rows));
    }

    private static ExcelListWriter.Part comparison(QuarterlyReportData data) {
        Figures a = data.current();
        Figures b = data.previous();
        ExcelListWriter.Sheet sheet = new ExcelListWriter.Sheet(Messages.get("doc.x.compare"),
                Messages.get("doc.x.compareTitle", upper(Counts.quarter(a.quarter())), upper(Counts.quarter(b.quarter()))), "",
                List.of(ListColumn.centered(Messages.get("col.no"), 6), ListColumn.left(Messages.get("doc.col.figure"), 44),
                        ListColumn.centered(Counts.quarterShort(b.quarter()), 14),
                        ListColumn.centered(data.currentColumn(), 14),
                        ListColumn.signed(Messages.get("doc.col.change"), 14)));
        List<List<?>> rows = new ArrayList<>();
        rows.add(Arrays.asList(1, Messages.get("doc.fig.exemplars"), b.exemplars(), a.exemplars(),
                a.exemplars() - b.exemplars()));
        rows.add(Arrays.asList(2, Messages.get("doc.fig.introductions"), b.introductions(), a.introductions(),
                a.introductions() - b.introductions()));
        rows.add(Arrays.asList(3, Messages.get("doc.fig.found"), b.found(), a.found(), a.found() - b.found()));
        rows.add(Arrays.asList(4, Messages.get("doc.fig.activities"), b.activities(), a.activities(),
                a.activities() - b.activities()));
        rows.add(Arrays.asList(5, Messages.get("doc.fig.commendations"), b.commendations(), a.commendations(),
                a.commendations() - b.commendations()));
        return new ExcelListWriter.Part(sheet, RowSource.of(rows));
    }

    private static String upper(String s) {
        return vn.dienhinh.util.VietnameseText.upper(s);
    }
}
