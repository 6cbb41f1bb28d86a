package vn.dienhinh.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.ActivityForm;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.Quarter;
import vn.dienhinh.report.QuarterlyReportData.ActivityLine;
import vn.dienhinh.report.QuarterlyReportData.Figures;
import vn.dienhinh.report.QuarterlyReportData.Introduced;
import vn.dienhinh.report.QuarterlyReportData.Owing;
import vn.dienhinh.report.QuarterlyReportData.QuotaGap;

/** The quarterly report's workbook: one printable sheet per table. */
class QuarterlyReportWorkbookTest {

    @TempDir
    Path dir;

    @Test
    void oneSheetPerTableEachPrintable() throws Exception {
        Quarter q = new Quarter(2026, 1);
        QuarterlyReportData data = new QuarterlyReportData(q, q.end(), List.of(),
                List.of(new Introduced(1, "Y tế", "Nguyễn Văn An", ExemplarKind.INDIVIDUAL, "Phường Bến Nghé", "Tận tụy",
                        LocalDate.of(2026, 2, 3))),
                List.of(new QuotaGap("phong trào thi đua “Người tốt, việc tốt”", "Người tốt, việc tốt", "01 gương mỗi đơn vị mỗi quý", 1, 2, 1, 2,
                        List.of(new Owing("Phường Đa Kao", List.of(""), 1)))),
                List.of(new ActivityLine(LocalDate.of(2026, 3, 1), ActivityForm.CONTEST, "Hội thi kể chuyện", "",
                        List.of("Nguyễn Văn An", "Đặng Thị Hoa"), null)),
                List.of(), new Figures(q, q.end(), 1, 1, 2, 1, 0),
                new Figures(q.previous(), q.previous().end(), 0, 0, 1, 1, 0), null);
        Path file = dir.resolve("q.xlsx");
        new QuarterlyReportWorkbook(new ExcelListWriter(), vn.dienhinh.model.OfficeProfile.example()).write(data,
                new DocumentMeta(3, LocalDate.of(2026, 4, 2), false), file);
        try (XSSFWorkbook wb = ExcelPrintSetup.open(file)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(5);
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3),
                    wb.getSheetName(4))).containsExactly("Giới thiệu", "Chưa gửi", "Tuyên truyền", "Khen thưởng", "So sánh");
            for (int i = 0; i < 5; i++) {
                ExcelPrintSetup.assertFramedPrintable(wb.getSheetAt(i));
                ExcelPrintSetup.assertFramedRowsFit(wb.getSheetAt(i));
            }
            int o = ExcelListWriter.FRAMED_OFFSET;
            int h = ExcelListWriter.headerRow(true);
            XSSFSheet intro = wb.getSheetAt(0);
            // the agency's letterhead above every sheet, the day counted under its title
            assertThat(intro.getRow(0).getCell(0).getStringCellValue()).isEqualTo("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH");
            assertThat(intro.getRow(o).getCell(0).getStringCellValue())
                    .isEqualTo("DANH SÁCH GƯƠNG ĐIỂN HÌNH TIÊN TIẾN ĐƯỢC GIỚI THIỆU QUÝ I NĂM 2026");
            assertThat(intro.getRow(o + 1).getCell(0).getStringCellValue()).isEqualTo("(Tính đến ngày 31/03/2026)");
            assertThat(intro.getRow(h + 1).getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(intro.getRow(h + 1).getCell(2).getStringCellValue()).isEqualTo("Nguyễn Văn An");
            assertThat(intro.getRow(h + 1).getCell(3).getStringCellValue()).isEqualTo("Cá nhân");
            assertThat(intro.getRow(h + 1).getCell(5).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 2, 3));
            assertThat(intro.getRow(h + 2).getCell(0).getStringCellValue()).isEqualTo("Tổng cộng: 1 lượt giới thiệu");
            assertThat(texts(intro)).contains("NGƯỜI LẬP BIỂU", "Nguyễn Thị Thu Hiền");
            XSSFSheet gaps = wb.getSheetAt(1);
            assertThat(gaps.getRow(h + 1).getCell(4).getNumericCellValue()).isEqualTo(1.0);
            assertThat(gaps.getRow(h + 1).getCell(2).getStringCellValue()).as("the column names the campaign")
                    .isEqualTo("Người tốt, việc tốt");
            assertThat(wb.getSheetAt(2).getRow(h + 1).getCell(4).getStringCellValue())
                    .isEqualTo("Nguyễn Văn An, Đặng Thị Hoa");
            XSSFSheet none = wb.getSheetAt(3);
            assertThat(texts(none)).contains("Trong quý chưa có khen thưởng, đề nghị khen thưởng nào được ghi nhận.");
            XSSFSheet cmp = wb.getSheetAt(4);
            // both quarters upper case in the title, as every other sheet's
            assertThat(cmp.getRow(o).getCell(0).getStringCellValue())
                    .isEqualTo("SO SÁNH QUÝ I NĂM 2026 VỚI QUÝ IV NĂM 2025");
            assertThat(cmp.getRow(h).getCell(2).getStringCellValue()).isEqualTo("Quý IV/2025");
            assertThat(cmp.getRow(h).getCell(3).getStringCellValue()).as("a quarter over").isEqualTo("Quý I/2026");
            assertThat(cmp.getRow(h + 3).getCell(1).getStringCellValue()).isEqualTo("Số điển hình phát hiện mới");
            assertThat(cmp.getRow(h + 3).getCell(2).getNumericCellValue()).isEqualTo(1.0);
            assertThat(cmp.getRow(h + 3).getCell(3).getNumericCellValue()).isEqualTo(2.0);
            assertThat(cmp.getRow(h + 3).getCell(4).getNumericCellValue()).isEqualTo(1.0);
        }
    }

    @Test
    void onANarrowSheetTheLetterheadAndTheSignatureRowsAreTallEnoughForTheirText() throws Exception {
        Quarter q = new Quarter(2026, 4);
        QuarterlyReportData data = new QuarterlyReportData(q, q.end(), List.of(), List.of(), List.of(), List.of(),
                List.of(), new Figures(q, q.end(), 1, 1, 2, 1, 0), new Figures(q.previous(), q.previous().end(), 0, 0,
                1, 1, 0), null);
        Path file = dir.resolve("narrow.xlsx");
        new QuarterlyReportWorkbook(new ExcelListWriter(), vn.dienhinh.model.OfficeProfile.example()).write(data,
                new DocumentMeta(5, LocalDate.of(2026, 12, 5), false), file);
        try (XSSFWorkbook wb = ExcelPrintSetup.open(file)) {
            XSSFSheet cmp = wb.getSheet("So sánh");
            ExcelPrintSetup.assertFramedRowsFit(cmp);
            // the right half is widened where the left can spare it: the place and date stay on one line
            CellRangeAddress nation = ExcelPrintSetup.regionAt(cmp, 0, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            assertThat(nation.getFirstColumn()).isEqualTo(2);
            CellRangeAddress date = ExcelPrintSetup.regionAt(cmp, -1, "Quận 1, ngày 05 tháng 12 năm 2026");
            assertThat(RowHeights.lines("Quận 1, ngày 05 tháng 12 năm 2026", ExcelPrintSetup.width(cmp, date), false)).isEqualTo(1);
        }
    }

    @Test
    void theComparisonShowsChangesWithTheirSignAndAQuarterNotOverAsTheWordTableHeadsIt() throws Exception {
        Quarter q = new Quarter(2026, 4);
        LocalDate reported = LocalDate.of(2026, 12, 5);
        QuarterlyReportData data = new QuarterlyReportData(q, reported, List.of(), List.of(), List.of(), List.of(),
                List.of(), new Figures(q, reported, 3, 1, 2, 1, 0),
                new Figures(q.previous(), q.previous().end(), 1, 2, 2, 0, 0), null);
        Path file = dir.resolve("cmp.xlsx");
        new QuarterlyReportWorkbook(new ExcelListWriter(), vn.dienhinh.model.OfficeProfile.example()).write(data,
                new DocumentMeta(5, reported, false), file);
        try (XSSFWorkbook wb = ExcelPrintSetup.open(file)) {
            XSSFSheet cmp = wb.getSheet("So sánh");
            int h = ExcelListWriter.headerRow(true);
            assertThat(cmp.getRow(h).getCell(3).getStringCellValue()).isEqualTo("Quý IV/2026 (đến 05/12)");
            var shown = new org.apache.poi.ss.usermodel.DataFormatter();
            List<String> changes = new java.util.ArrayList<>();
            for (int r = h + 1; r <= h + 5; r++) {
                var cell = cmp.getRow(r).getCell(4);
                assertThat(cell.getCellType()).as("a change stays a number").isEqualTo(CellType.NUMERIC);
                changes.add(shown.formatCellValue(cell));
            }
            assertThat(changes).containsExactly("+2", "-1", "0", "+1", "0");
            assertThat(cmp.getRow(h + 2).getCell(4).getNumericCellValue()).isEqualTo(-1.0);
            assertThat(cmp.getRow(h + 1).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("+0;-0;0");
        }
    }

    private static List<String> texts(XSSFSheet sh) {
        List<String> out = new java.util.ArrayList<>();
        sh.forEach(r -> r.forEach(c -> {
            if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                out.add(c.getStringCellValue());
            }
        }));
        return out;
    }
}
