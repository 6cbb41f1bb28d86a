package vn.dienhinh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhinh.report.DocxReading.find;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.ExemplarStatus;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.model.Quarter;
import vn.dienhinh.report.SummaryReportData.FieldRow;
import vn.dienhinh.report.SummaryReportData.QuarterRow;
import vn.dienhinh.report.SummaryReportData.UnitRow;

/** The sơ kết / tổng kết report: counts by field, unit and quarter, totals in bold, the chart. */
class SummaryReportDocumentTest {

    @TempDir
    Path dir;

    @Test
    void countsTablesAndAColumnChartPerQuarter() throws Exception {
        SummaryReportData data = new SummaryReportData(false, "giai đoạn 2021 - 2022", LocalDate.of(2021, 1, 1),
                LocalDate.of(2022, 12, 31), LocalDate.of(2022, 12, 31), 7, Map.of(ExemplarKind.INDIVIDUAL, 5L, ExemplarKind.COLLECTIVE, 2L),
                Map.of(ExemplarStatus.RECOGNISED, 4L, ExemplarStatus.FOUND, 3L),
                List.of(new FieldRow("Y tế", 3, 1, 0), new FieldRow("Giáo dục và đào tạo", 2, 1, 0),
                        new FieldRow("Đối ngoại", 0, 0, 0)),
                List.of(new UnitRow("Phường Bến Nghé", 4, 6), new UnitRow("Phường Đa Kao", 3, 2)),
                List.of(new QuarterRow(new Quarter(2021, 1), 1, 2, 0), new QuarterRow(new Quarter(2021, 2), 2, 2, 1),
                        new QuarterRow(new Quarter(2021, 3), 0, 1, 1), new QuarterRow(new Quarter(2021, 4), 4, 3, 2)),
                List.of(new SummaryReportData.Target("Phong trào thi đua “Người tốt, việc tốt”, giai đoạn 1: 02 tập thể "
                        + "(chỉ tiêu 03, chưa đạt), 04 cá nhân (chỉ tiêu 03, đạt)", null)),
                new ReportSections("", "- Lĩnh vực có nhiều điển hình nhất: Y tế (04 điển hình).",
                        "- Còn 01 lĩnh vực chưa có điển hình: Đối ngoại.", "", "", "- Đề nghị tập huấn."));
        Path file = dir.resolve("sk.docx");
        new SummaryReportDocument(OfficeProfile.example()).write(data, new DocumentMeta(3, LocalDate.of(2022, 12, 9),
                false), file);
        try (XWPFDocument doc = DocumentLayout.open(file)) {
            DocumentLayout.assertPage(doc);
            DocumentLayout.assertHeader(doc, "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "ỦY BAN NHÂN DÂN QUẬN 1",
                    "Số: 03/BC-UBND", "Quận 1, ngày 09 tháng 12 năm 2022");
            DocumentLayout.assertTitle(doc, "BÁO CÁO", "Sơ kết công tác phát hiện, bồi dưỡng, tuyên truyền "
                    + "và nhân rộng điển hình tiên tiến giai đoạn 2021 - 2022");
            find(doc, "Từ ngày 01/01/2021 đến ngày 31/12/2022, toàn địa bàn phát hiện 07 điển hình tiên tiến (05 cá nhân, "
                    + "02 tập thể); các đơn vị giới thiệu 08 lượt gương điển hình tiên tiến; tổ chức 04 hoạt động tuyên "
                    + "truyền.");
            find(doc, "Tính đến ngày 31/12/2022, trong số các điển hình phát hiện trong kỳ có:");
            find(doc, "- 03 điển hình ở bước phát hiện;");
            find(doc, "- 04 điển hình đã được công nhận.");
            XWPFTable fields = doc.getTables().get(1);
            assertThat(fields.getRow(0).getTableCells().stream().map(c -> c.getText()))
                    .containsExactly("STT", "Lĩnh vực", "Cá nhân", "Tập thể", "Hộ gia đình", "Tổng số");
            assertThat(fields.getRow(1).getTableCells().stream().map(c -> c.getText()))
                    .containsExactly("1", "Y tế", "3", "1", "0", "4");
            var total = fields.getRow(fields.getRows().size() - 1);
            assertThat(total.getTableCells().stream().map(c -> c.getText()))
                    .containsExactly("", "Tổng số", "5", "2", "0", "7");
            DocumentLayout.assertStyle(total.getCell(5).getParagraphs().get(0), 13, true, false);
            XWPFTable units = doc.getTables().get(2);
            assertThat(units.getRow(3).getTableCells().stream().map(c -> c.getText()))
                    .containsExactly("", "Tổng số", "7", "8");
            XWPFTable quarters = doc.getTables().get(3);
            assertThat(quarters.getRow(4).getTableCells().stream().map(DocxReading::text))
                    .containsExactly("Quý IV/2021", "4", "3", "2");
            // a target is said in words, never as a fraction
            find(doc, "- Phong trào thi đua “Người tốt, việc tốt”, giai đoạn 1: 02 tập thể (chỉ tiêu 03, chưa đạt), "
                    + "04 cá nhân (chỉ tiêu 03, đạt).");
            assertThat(DocumentLayout.bodyTexts(doc)).containsSubsequence("II. ĐÁNH GIÁ CHUNG", "1. Ưu điểm",
                    "- Lĩnh vực có nhiều điển hình nhất: Y tế (04 điển hình).", "2. Hạn chế",
                    "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", "IV. KIẾN NGHỊ, ĐỀ XUẤT", "- Đề nghị tập huấn.");
            find(doc, "- Còn 01 lĩnh vực chưa có điển hình: Đối ngoại.");

            List<XWPFChart> charts = doc.getCharts();
            assertThat(charts).hasSize(1);
            List<XDDFChartData> plots = charts.get(0).getChartSeries();
            assertThat(plots).hasSize(1).first().isInstanceOf(XDDFBarChartData.class);
            XDDFChartData bars = plots.get(0);
            assertThat(bars.getSeriesCount()).isEqualTo(3);
            assertThat(((XDDFBarChartData.Series) bars.getSeries(0)).getCTBarSer().getTx().getStrRef().getStrCache()
                    .getPtArray(0).getV()).isEqualTo("Điển hình phát hiện");
            assertThat(bars.getSeries(0).getCategoryData().getPointCount()).isEqualTo(4);
            assertThat(bars.getSeries(0).getCategoryData().getPointAt(3)).isEqualTo("Quý IV/2021");
            assertThat(bars.getSeries(1).getValuesData().getPointAt(0)).isEqualTo(2.0);
            // each column labelled with its value, a zero one with nothing
            var labels = ((XDDFBarChartData.Series) bars.getSeries(0)).getCTBarSer().getDLbls();
            assertThat(labels.getShowVal().getVal()).isTrue();
            assertThat(labels.getNumFmt().getFormatCode()).isEqualTo("#,##0;-#,##0;;");
            assertThat(labels.getNumFmt().getSourceLinked()).isFalse();
            find(doc, "Biểu đồ: Kết quả phát hiện, giới thiệu và tuyên truyền điển hình tiên tiến theo quý");
        }
    }

    /** A tổng kết of fourteen wards with one individual each, all found in {@code quarter}. */
    private static SummaryReportData fourteenWards(String period, LocalDate from, LocalDate to, LocalDate asOf,
                                                   Quarter quarter) {
        List<UnitRow> wards = new java.util.ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            wards.add(new UnitRow("Phường " + i, 1, 0));
        }
        return new SummaryReportData(true, period, from, to, asOf, 14, Map.of(ExemplarKind.INDIVIDUAL, 14L), Map.of(),
                List.of(new FieldRow("Y tế", 14, 0, 0)), wards, List.of(new QuarterRow(quarter, 14, 0, 0)), List.of(),
                null);
    }

    @Test
    void theYearsOfAStageStayOnOneLine() throws Exception {
        SummaryReportData data = fourteenWards("giai đoạn 2021 - 2025", LocalDate.of(2021, 1, 1),
                LocalDate.of(2025, 12, 31), LocalDate.of(2025, 12, 31), new Quarter(2025, 4));
        Path file = dir.resolve("tk.docx");
        new SummaryReportDocument(OfficeProfile.example()).write(data, new DocumentMeta(4, LocalDate.of(2026, 1, 5),
                false), file);
        try (XWPFDocument doc = DocumentLayout.open(file)) {
            // the title, the opening, the closing and the Phụ lục I title: "2021 - 2025" is never split at a space
            List<String> withPeriod = doc.getParagraphs().stream().map(p -> p.getText())
                    .filter(t -> t.replace(Punctuation.NO_BREAK, ' ').contains("2021 - 2025")).toList();
            assertThat(withPeriod).hasSizeGreaterThanOrEqualTo(4).allMatch(t -> t.contains("2021\u00A0-\u00A02025"));
            assertThat(DocumentLayout.bodyTexts(doc)).contains(
                    "Kết quả phát hiện, giới thiệu điển hình tiên tiến theo đơn vị giai đoạn 2021 - 2025");
        }
    }

    @Test
    void anUnfinishedPeriodIsCountedToTheReportsDayAndNothingIsAtZeroInASentence() throws Exception {
        SummaryReportData data = fourteenWards("năm 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                LocalDate.of(2026, 12, 5), new Quarter(2026, 4));
        Path file = dir.resolve("tk.docx");
        new SummaryReportDocument(OfficeProfile.example()).write(data, new DocumentMeta(4, LocalDate.of(2026, 12, 5),
                false), file);
        try (XWPFDocument doc = DocumentLayout.open(file)) {
            find(doc, "Ủy ban nhân dân Quận 1 báo cáo tổng kết công tác phát hiện, bồi dưỡng, tuyên truyền và nhân rộng "
                    + "điển hình tiên tiến năm 2026 (tính đến ngày 05/12/2026) như sau:");
            find(doc, "Từ ngày 01/01/2026 đến ngày 05/12/2026, toàn địa bàn phát hiện 14 điển hình tiên tiến (14 cá nhân); "
                    + "chưa có lượt giới thiệu gương điển hình tiên tiến nào; chưa tổ chức hoạt động tuyên truyền điển "
                    + "hình tiên tiến.");
            List<String> texts = DocumentLayout.bodyTexts(doc);
            assertThat(texts).contains("(Chi tiết tại Phụ lục I kèm theo.)").doesNotContain("Phường 14");
            assertThat(texts.indexOf("PHỤ LỤC I")).isGreaterThan(texts.indexOf("(Chi tiết tại Phụ lục I kèm theo.)"));
            XWPFTable appendix = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(appendix.getRows()).hasSize(16); // header, 14 wards, total
        }
    }
}
