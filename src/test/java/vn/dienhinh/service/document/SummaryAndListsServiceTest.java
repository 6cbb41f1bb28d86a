package vn.dienhinh.service.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.Quarter;
import vn.dienhinh.report.DocumentLayout;
import vn.dienhinh.report.DocumentMeta;
import vn.dienhinh.report.ExcelListWriter;
import vn.dienhinh.report.ExcelPrintSetup;
import vn.dienhinh.report.SummaryReportData;
import vn.dienhinh.report.SummaryReportData.Target;
import vn.dienhinh.testutil.ReportFixtures;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.util.UserException;

/** The year summary's counts, and the Excel lists streamed from the registry. */
class SummaryAndListsServiceTest {

    @TempDir
    Path dir;
    TestDb t;
    ReportFixtures f;

    @BeforeEach
    void open() {
        t = new TestDb(dir);
        f = new ReportFixtures(t);
        t.introductions.withdraw(t.introductions.ofQuarter(ReportFixtures.Q2).get(0).id(), "Đơn vị gửi nhầm");
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void countsTheYearByFieldUnitKindAndQuarter() {
        SummaryReportData d = t.summaryReports.ofYears(2026, 2026, true, LocalDate.of(2027, 1, 10));
        assertThat(d.period()).isEqualTo("năm 2026");
        assertThat(d.found()).isEqualTo(5);
        assertThat(d.byKind()).containsEntry(ExemplarKind.INDIVIDUAL, 3L).containsEntry(ExemplarKind.COLLECTIVE, 1L)
                .containsEntry(ExemplarKind.HOUSEHOLD, 1L);
        assertThat(d.byField()).hasSize(14);
        assertThat(d.byField().get(5)).isEqualTo(new SummaryReportData.FieldRow("Y tế", 1, 1, 0));
        assertThat(d.byField().get(6)).isEqualTo(new SummaryReportData.FieldRow("Giáo dục và đào tạo", 2, 0, 0));
        assertThat(d.byField().get(12)).isEqualTo(new SummaryReportData.FieldRow("An sinh xã hội", 1, 0, 1));
        assertThat(d.byUnit()).extracting(SummaryReportData.UnitRow::unit).containsExactly("Phường Bến Nghé",
                "Phường Đa Kao", "Phường Tân Định", "Trường Tiểu học Trần Hưng Đạo");
        assertThat(d.byUnit().get(0)).isEqualTo(new SummaryReportData.UnitRow("Phường Bến Nghé", 2, 2));
        assertThat(d.byQuarter()).extracting(SummaryReportData.QuarterRow::quarter).containsExactly(
                new Quarter(2026, 1), new Quarter(2026, 2), new Quarter(2026, 3), new Quarter(2026, 4));
        assertThat(d.byQuarter().get(1)).isEqualTo(new SummaryReportData.QuarterRow(new Quarter(2026, 2), 2, 1, 1));
        assertThat(d.byQuarter().get(2)).isEqualTo(new SummaryReportData.QuarterRow(new Quarter(2026, 3), 3, 3, 3));
        assertThat(d.progress()).containsExactly(new Target("Phong trào thi đua “Người tốt, việc tốt”, giai đoạn 1: "
                + "0 tập thể (chỉ tiêu 03, chưa đạt), 0 cá nhân (chỉ tiêu 03, chưa đạt)", "Giai đoạn 1 của phong trào thi đua "
                + "“Người tốt, việc tốt” chưa đạt chỉ tiêu đề ra (0/03 tập thể, 0/03 cá nhân)"),
                new Target("Phong trào thi đua “Người tốt, việc tốt”, giai đoạn 2: 01 tập thể (chỉ tiêu 02, chưa đạt), "
                        + "01 cá nhân (chỉ tiêu 02, chưa đạt)", "Giai đoạn 2 của phong trào thi đua “Người tốt, việc tốt” "
                        + "chưa đạt chỉ tiêu đề ra (01/02 tập thể, 01/02 cá nhân)"));
    }

    @Test
    void theTargetsCountWhatTheReportFoundUpToItsDate() {
        // the Trạm Y tế is dropped later on: it was found all the same, and the report's figures count it
        t.registry.changeStatus(f.tram.id(), vn.dienhinh.model.ExemplarStatus.DROPPED, TestDb.TODAY,
                "Không tiếp tục theo dõi");
        var chi = t.registry.save(vn.dienhinh.testutil.ExemplarFixtures.person("Lê Thị Chi", 1985).unitId(f.daKao.id())
                .foundOn(LocalDate.of(2026, 9, 5)).build());
        var dung = t.registry.save(vn.dienhinh.testutil.ExemplarFixtures.person("Võ Văn Dũng", 1982).unitId(f.daKao.id())
                .foundOn(LocalDate.of(2026, 10, 2)).build());
        t.campaigns.link(f.campaign.id(), chi.id(), LocalDate.of(2026, 9, 10));
        t.campaigns.link(f.campaign.id(), dung.id(), LocalDate.of(2026, 10, 5)); // after the report's date
        String phase1 = "Phong trào thi đua “Người tốt, việc tốt”, giai đoạn 1: 0 tập thể (chỉ tiêu 03, chưa đạt), "
                + "0 cá nhân (chỉ tiêu 03, chưa đạt)";

        SummaryReportData sep = t.summaryReports.ofYears(2026, 2026, false, LocalDate.of(2026, 9, 30));
        assertThat(sep.byKind()).containsEntry(ExemplarKind.COLLECTIVE, 1L);
        assertThat(sep.progress()).extracting(Target::line).containsExactly(phase1,
                "Phong trào thi đua “Người tốt, việc tốt”, giai đoạn 2: 01 tập thể (chỉ tiêu 02, chưa đạt), "
                        + "02 cá nhân (chỉ tiêu 02, đạt)");
        // phase 2 is not over on 30/09: not yet a shortfall; phase 1 ended short of its targets
        assertThat(sep.progress()).extracting(Target::shortfall).containsExactly("Giai đoạn 1 của phong trào thi đua "
                + "“Người tốt, việc tốt” chưa đạt chỉ tiêu đề ra (0/03 tập thể, 0/03 cá nhân)", null);

        // dated before phase 2 begins: the report does not speak of it
        SummaryReportData june = t.summaryReports.ofYears(2026, 2026, false, LocalDate.of(2026, 6, 15));
        assertThat(june.progress()).extracting(Target::line).containsExactly(phase1);

        // the phase's own report: its targets line says what its section 1 found
        SummaryReportData phase = t.summaryReports.ofPhase(f.campaign.id(), 2, false, LocalDate.of(2026, 9, 30));
        assertThat(phase.byKind()).containsEntry(ExemplarKind.COLLECTIVE, 1L).containsEntry(ExemplarKind.INDIVIDUAL, 2L);
        assertThat(phase.progress()).extracting(Target::line)
                .containsExactly("Giai đoạn 2: 01 tập thể (chỉ tiêu 02, chưa đạt), 02 cá nhân (chỉ tiêu 02, đạt)");
        assertThat(t.summaryReports.ofPhase(f.campaign.id(), 2, false, LocalDate.of(2026, 7, 1)).progress())
                .extracting(Target::line).containsExactly("Giai đoạn 2: 0 tập thể (chỉ tiêu 02, chưa đạt), "
                        + "0 cá nhân (chỉ tiêu 02, chưa đạt)");
    }

    @Test
    void writesTheSummaryWithItsChartAndWorkbook() throws Exception {
        List<Path> files = t.summaryReports.export(2026, 2026, false, new DocumentMeta(12, LocalDate.of(2026, 11, 23),
                false), null, dir);
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("BaoCao-SoKet-2026.docx", "BaoCao-SoKet-2026.xlsx");
        try (XWPFDocument doc = DocumentLayout.open(files.get(0))) {
            DocumentLayout.assertPage(doc);
            DocumentLayout.assertTitle(doc, "BÁO CÁO", "Sơ kết công tác phát hiện, bồi dưỡng, tuyên truyền và nhân rộng "
                    + "điển hình tiên tiến năm 2026");
            assertThat(doc.getCharts()).hasSize(1);
        }
        try (var wb = ExcelPrintSetup.open(files.get(1))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            for (int i = 0; i < 3; i++) {
                ExcelPrintSetup.assertFramedPrintable(wb.getSheetAt(i));
            }
            // the year is not over on the report's day: counted to that day, and the sheet says so
            int top = vn.dienhinh.report.ExcelListWriter.FRAMED_OFFSET;
            assertThat(wb.getSheetAt(0).getRow(top + 1).getCell(0).getStringCellValue())
                    .isEqualTo("Từ ngày 01/01/2026 đến ngày 23/11/2026");
            assertThat(wb.getSheetAt(0).getRow(top + 2).getCell(0).getStringCellValue())
                    .isEqualTo("(Tính đến ngày 23/11/2026)");
            // the tổng kết workbook has the total row the Word version has
            int h = vn.dienhinh.report.ExcelListWriter.headerRow(true);
            XSSFSheet byField = wb.getSheetAt(0);
            int totalRow = h + 15; // fourteen fields
            assertThat(byField.getRow(totalRow).getCell(0).getStringCellValue()).isEqualTo("Tổng cộng: 14 lĩnh vực");
            assertThat(byField.getRow(totalRow).getCell(5).getCellFormula()).isEqualTo("SUM(F" + (h + 2) + ":F"
                    + (h + 15) + ")");
        }
    }

    @Test
    void aPhaseOfACampaignIsItsOwnPeriod() {
        SummaryReportData d = t.summaryReports.ofPhase(f.campaign.id(), 2, false, LocalDate.of(2027, 1, 10));
        assertThat(d.period()).isEqualTo("giai đoạn 2 (2026) của phong trào thi đua “Người tốt, việc tốt”");
        assertThat(d.from()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(d.to()).isEqualTo(LocalDate.of(2026, 12, 31));
        // the two exemplars the campaign placed in its phase 2, not the three found in the same months
        assertThat(d.found()).isEqualTo(2);
        assertThat(d.byQuarter()).extracting(SummaryReportData.QuarterRow::quarter)
                .containsExactly(new Quarter(2026, 3), new Quarter(2026, 4));
        assertThat(d.progress()).extracting(Target::line)
                .containsExactly("Giai đoạn 2: 01 tập thể (chỉ tiêu 02, chưa đạt), 01 cá nhân (chỉ tiêu 02, chưa đạt)");
        assertThatThrownBy(() -> t.summaryReports.ofPhase(f.campaign.id(), 3, false, LocalDate.of(2027, 1, 10)))
                .isInstanceOf(UserException.class).hasMessage("Không có giai đoạn 3 trong phong trào “Người tốt, việc tốt” "
                        + "(phong trào có 2 giai đoạn).");
    }

    @Test
    void aPhaseReportsItsOwnFiveOfTheHundredAndThirtyTwoFoundInItsMonths() {
        List<Long> linked = new java.util.ArrayList<>();
        for (int i = 1; i <= 129; i++) {
            var e = t.registry.save(vn.dienhinh.testutil.ExemplarFixtures.person("Người thứ " + i, 1980)
                    .unitId(f.daKao.id()).foundOn(LocalDate.of(2026, 10, 1 + i % 28)).build());
            if (i <= 3) {
                linked.add(e.id());
            }
        }
        linked.forEach(id -> t.campaigns.link(f.campaign.id(), id, LocalDate.of(2026, 10, 15)));
        SummaryReportData year = t.summaryReports.ofYears(2026, 2026, false, LocalDate.of(2027, 1, 10));
        SummaryReportData phase = t.summaryReports.ofPhase(f.campaign.id(), 2, false, LocalDate.of(2027, 1, 10));
        assertThat(year.found()).isEqualTo(134); // 132 of them found from July, in the phase's months
        assertThat(year.byQuarter()).extracting(SummaryReportData.QuarterRow::found).containsExactly(0L, 2L, 3L, 129L);
        assertThat(phase.found()).isEqualTo(5);
        assertThat(phase.byKind()).containsEntry(ExemplarKind.INDIVIDUAL, 4L).containsEntry(ExemplarKind.COLLECTIVE, 1L);
        assertThat(phase.byQuarter()).extracting(SummaryReportData.QuarterRow::found).containsExactly(2L, 3L);
        assertThat(phase.byUnit()).extracting(SummaryReportData.UnitRow::found).containsExactly(1L, 4L);
    }

    @Test
    void statusesAreThoseOfTheReportsDayNotOfToday() {
        t.registry.changeStatus(f.an.id(), vn.dienhinh.model.ExemplarStatus.NURTURED, vn.dienhinh.testutil.TestDb.TODAY,
                "Đưa vào diện bồi dưỡng");
        SummaryReportData before = t.summaryReports.ofYears(2026, 2026, false, LocalDate.of(2026, 10, 1));
        assertThat(before.asOf()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(before.byStatus()).containsEntry(vn.dienhinh.model.ExemplarStatus.FOUND, 5L)
                .doesNotContainKey(vn.dienhinh.model.ExemplarStatus.NURTURED);
        SummaryReportData after = t.summaryReports.ofYears(2026, 2026, false, LocalDate.of(2027, 1, 10));
        assertThat(after.asOf()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(after.byStatus()).containsEntry(vn.dienhinh.model.ExemplarStatus.FOUND, 4L)
                .containsEntry(vn.dienhinh.model.ExemplarStatus.NURTURED, 1L);
        assertThatThrownBy(() -> t.summaryReports.ofYears(2026, 2026, false, LocalDate.of(2025, 12, 1)))
                .isInstanceOf(UserException.class).hasMessageContaining("trước ngày đầu của kỳ báo cáo");
    }

    @Test
    void unitsAreRolledUpToTheirWardAndSortedWithNumbersInOrder() {
        var tdp = t.catalog.saveUnit(new vn.dienhinh.model.Unit(null, f.benNghe.id(), "Tổ dân phố 5", "Tổ dân phố", null,
                null, null, null, null, true, null));
        t.registry.save(vn.dienhinh.testutil.ExemplarFixtures.person("Phạm Văn Tổ", 1970).unitId(tdp.id())
                .foundOn(LocalDate.of(2026, 10, 2)).build());
        for (String ward : List.of("Phường 10", "Phường 2")) {
            var u = t.catalog.saveUnit(vn.dienhinh.model.Unit.named(ward, "Phường"));
            t.registry.save(vn.dienhinh.testutil.ExemplarFixtures.collective("Hội phụ nữ " + ward).unitId(u.id())
                    .foundOn(LocalDate.of(2026, 10, 3)).build());
        }
        SummaryReportData d = t.summaryReports.ofYears(2026, 2026, true, LocalDate.of(2027, 1, 10));
        assertThat(d.byUnit()).extracting(SummaryReportData.UnitRow::unit).containsExactly("Phường 2", "Phường 10",
                "Phường Bến Nghé", "Phường Đa Kao", "Phường Tân Định", "Trường Tiểu học Trần Hưng Đạo");
        assertThat(d.byUnit().get(2)).isEqualTo(new SummaryReportData.UnitRow("Phường Bến Nghé", 3, 2));
    }

    @Test
    void refusesYearsOutOfOrder() {
        assertThatThrownBy(() -> t.summaryReports.ofYears(2026, 2025, true, null))
                .isInstanceOf(UserException.class).hasMessageContaining("Khoảng năm 2026–2025 không hợp lệ");
    }

    @Test
    void exemplarListFollowsTheFilterAndSaysWhatItWasNarrowedTo() throws Exception {
        Path file = dir.resolve("ds.xlsx");
        long n = t.lists.exemplars(ExemplarFilter.ALL.withKind(ExemplarKind.INDIVIDUAL).withField(ReportFixtures.EDUCATION),
                file);
        assertThat(n).isEqualTo(2);
        try (var wb = ExcelPrintSetup.open(file)) {
            XSSFSheet sh = wb.getSheetAt(0);
            ExcelPrintSetup.assertFramedPrintable(sh);
            int top = ExcelListWriter.FRAMED_OFFSET;
            assertThat(text(sh, 0, 0)).as("the letterhead").isNotBlank();
            assertThat(text(sh, top, 0)).isEqualTo("DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN");
            assertThat(text(sh, top + 1, 0)).isEqualTo("Loại: Cá nhân; Lĩnh vực: Giáo dục và đào tạo");
            assertThat(text(sh, top + 2, 0)).isEqualTo("(Tính đến ngày 23/11/2026)");
            int first = ExcelListWriter.headerRow(true) + 1;
            assertThat(text(sh, first, 1)).isEqualTo("Trần Thị Bình");
            assertThat(text(sh, first, 5)).as("the field's full name, not GD&ĐT").isEqualTo("Giáo dục và đào tạo");
            assertThat(sh.getRow(first).getCell(3).getCellType()).as("a year is a number").isEqualTo(CellType.NUMERIC);
            assertThat(sh.getRow(first).getCell(3).getNumericCellValue()).isEqualTo(1990);
            assertThat(text(sh, first + 1, 1)).isEqualTo("Đặng Thị Hoa");
            assertThat(text(sh, first + 2, 0)).isEqualTo("Tổng cộng: 2 điển hình");
            assertThat(texts(sh)).contains("NGƯỜI LẬP BIỂU");
        }
    }

    private static String text(XSSFSheet sh, int row, int col) {
        return sh.getRow(row).getCell(col).getStringCellValue();
    }

    private static List<String> texts(XSSFSheet sh) {
        List<String> all = new ArrayList<>();
        sh.forEach(r -> r.forEach(c -> {
            if (c.getCellType() == CellType.STRING) {
                all.add(c.getStringCellValue());
            }
        }));
        return all;
    }

    @Test
    void introductionListOfAYearMarksWithdrawnOnes() throws Exception {
        Path file = dir.resolve("gt.xlsx");
        long n = t.lists.introductions(new Quarter(2026, 1), new Quarter(2026, 4), file);
        assertThat(n).isEqualTo(5);
        assertThat(ListExportService.introductionsFileName(new Quarter(2026, 1), new Quarter(2026, 4)))
                .isEqualTo("DanhSach-GioiThieu-2026.xlsx");
        try (var wb = ExcelPrintSetup.open(file)) {
            XSSFSheet sh = wb.getSheetAt(0);
            ExcelPrintSetup.assertFramedPrintable(sh);
            int top = ExcelListWriter.FRAMED_OFFSET;
            // title, the period, then the day counted
            assertThat(text(sh, top + 1, 0)).isEqualTo("Từ quý I năm 2026 đến quý IV năm 2026");
            assertThat(text(sh, top + 2, 0)).as("a year not over is counted to today").isEqualTo("(Tính đến ngày 23/11/2026)");
            int header = ExcelListWriter.headerRow(true);
            assertThat(text(sh, header, 1)).isEqualTo("Quý");
            assertThat(text(sh, header + 1, 1)).isEqualTo("Quý II/2026");
            long withdrawn = 0;
            for (int r = header + 1; r <= header + 5; r++) {
                if (text(sh, r, 7).equals("Đã rút")) {
                    withdrawn++;
                }
            }
            assertThat(text(sh, header + 6, 0)).isEqualTo("Tổng cộng: 5 lượt giới thiệu");
            assertThat(withdrawn).isEqualTo(1);
        }
    }
}
