package vn.dienhinh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.ExemplarKind;

class ExcelListWriterTest {

    @TempDir
    Path dir;

    private static final ExcelListWriter.Sheet SHEET = new ExcelListWriter.Sheet("Giới thiệu", "DANH SÁCH GIỚI THIỆU",
            List.of(ListColumn.centered("STT", 6), ListColumn.left("Họ và tên", 30), ListColumn.left("Loại", 12),
                    ListColumn.centered("Ngày", 12)));

    @Test
    void aLongTitleWrapsInATallerRowInsteadOfRunningOffThePage() throws Exception {
        String longTitle = "ĐIỂN HÌNH TIÊN TIẾN THEO ĐƠN VỊ TRONG GIAI ĐOẠN 1 CỦA PHONG TRÀO “CHUNG TAY VÌ NGƯỜI NGHÈO – "
                + "KHÔNG ĐỂ AI BỊ BỎ LẠI PHÍA SAU”, ĐỢT CAO ĐIỂM NĂM 2026";
        Path shortFile = dir.resolve("short.xlsx");
        Path longFile = dir.resolve("long.xlsx");
        new ExcelListWriter().write(shortFile, SHEET, sink -> { });
        new ExcelListWriter().write(longFile, new ExcelListWriter.Sheet("Đơn vị", longTitle, SHEET.columns()), sink -> { });
        try (XSSFWorkbook a = open(shortFile); XSSFWorkbook b = open(longFile)) {
            XSSFCell title = b.getSheetAt(0).getRow(0).getCell(0);
            assertThat(title.getCellStyle().getWrapText()).isTrue();
            assertThat(b.getSheetAt(0).getRow(0).getHeightInPoints())
                    .isGreaterThanOrEqualTo(2 * a.getSheetAt(0).getRow(0).getHeightInPoints() - 10);
        }
    }

    @Test
    void writesTitleHeaderAndRows() throws Exception {
        Path file = dir.resolve("ds.xlsx");
        long n = new ExcelListWriter().write(file, SHEET, sink -> {
            for (int i = 1; i <= 300; i++) {
                sink.accept(Arrays.asList(i, "Trần Văn Bình " + i, ExemplarKind.COLLECTIVE,
                        i == 2 ? null : LocalDate.of(2024, 1, 5)));
            }
        });
        assertThat(n).isEqualTo(300);
        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet sh = wb.getSheetAt(0);
            assertThat(wb.getSheetName(0)).isEqualTo("Giới thiệu");
            assertThat(sh.getRow(0).getCell(0).getStringCellValue()).isEqualTo("DANH SÁCH GIỚI THIỆU");
            assertThat(sh.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, 3));
            XSSFCell head = sh.getRow(2).getCell(1);
            assertThat(head.getStringCellValue()).isEqualTo("Họ và tên");
            assertThat(head.getCellStyle().getFont().getBold()).isTrue();
            assertThat(head.getCellStyle().getFont().getFontName()).isEqualTo("Times New Roman");
            assertThat(head.getCellStyle().getWrapText()).isTrue();
            assertThat(head.getCellStyle().getBorderBottom()).isEqualTo(BorderStyle.THIN);
            assertThat(sh.getRow(3).getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(sh.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Trần Văn Bình 1");
            assertThat(sh.getRow(3).getCell(2).getStringCellValue()).isEqualTo("Tập thể");
            XSSFCell date = sh.getRow(3).getCell(3);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 1, 5));
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(sh.getRow(4).getCell(3).getStringCellValue()).isEmpty();
            assertThat(sh.getRow(302).getCell(1).getStringCellValue()).isEqualTo("Trần Văn Bình 300");
            assertThat(sh.getLastRowNum()).isEqualTo(302);
            assertThat(sh.getColumnWidth(1)).isGreaterThan(sh.getColumnWidth(0));
        }
    }

    @Test
    void printsOnA4LandscapeFittedToWidthWithTheHeaderOnEveryPage() throws Exception {
        Path file = dir.resolve("in.xlsx");
        new ExcelListWriter().write(file, SHEET, RowSource.of(List.of(List.of(1, "A", "B", "C"))));
        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet sh = wb.getSheetAt(0);
            PrintSetup ps = sh.getPrintSetup();
            assertThat(ps.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(ps.getLandscape()).isTrue();
            assertThat(sh.getFitToPage()).isTrue();
            assertThat(ps.getFitWidth()).isEqualTo((short) 1);
            assertThat(ps.getFitHeight()).isEqualTo((short) 0);
            assertThat(sh.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:3"));
            assertThat(sh.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
            assertThat(sh.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sh.getFooter().getCenter()).contains("&P");
            assertThat(sh.getMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT)).isBetween(0.3, 1.0);
        }
    }

    @Test
    void aFailingSourceLeavesNothingBehind() throws Exception {
        Path file = dir.resolve("hỏng.xlsx");
        assertThatThrownBy(() -> new ExcelListWriter().write(file, SHEET, sink -> {
            for (int i = 0; i < 250; i++) {
                sink.accept(List.of(i, "x", "y", "z"));
            }
            throw new IllegalStateException("query failed");
        })).isInstanceOf(IllegalStateException.class);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void overlongTextIsCutToWhatExcelHolds() throws Exception {
        Path file = dir.resolve("dai.xlsx");
        new ExcelListWriter().write(file, SHEET, RowSource.of(List.of(List.of(1, "a".repeat(40_000)))));
        try (XSSFWorkbook wb = open(file)) {
            assertThat(wb.getSheetAt(0).getRow(3).getCell(1).getStringCellValue()).hasSize(32_767);
            assertThat(wb.getSheetAt(0).getRow(3).getCell(3).getStringCellValue()).isEmpty();
        }
    }

    @Test
    void rowsGrowWithWrappedText() throws Exception {
        Path file = dir.resolve("cao.xlsx");
        String longName = "Tập thể lớp 9A1 Trường Trung học cơ sở Văn Lang, phường Bến Nghé, Quận 1, "
                + "Thành phố Hồ Chí Minh, đạt thành tích xuất sắc trong phong trào thi đua dạy tốt, học tốt";
        new ExcelListWriter().write(file, SHEET, RowSource.of(List.of(List.of(1, "Ngắn"), List.of(2, longName))));
        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet sh = wb.getSheetAt(0);
            assertThat(sh.getRow(3).getCTRow().isSetHt()).as("one line: default height").isFalse();
            assertThat(sh.getRow(4).getHeightInPoints()).isGreaterThanOrEqualTo(4 * RowHeights.LINE);
            assertThat(wb.getFontAt(0).getFontName()).isEqualTo("Times New Roman");
        }
    }

    @Test
    void theTotalAndTheSignatureKeepTheLastRowWithThemRatherThanGoAloneOntoAPage() throws Exception {
        int header = ExcelListWriter.headerRow(true);
        // 21 one-line rows: LibreOffice printed them all on page 1, and on page 2 the repeated header,
        // "Tổng cộng: 21 lượt giới thiệu" and the signature alone; now the 21st row goes over with them
        assertThat(rowBreaks(framedList("21.xlsx", false, 21))).containsExactly(header + 20);
        // a short list fits its page with the signature; 30 rows end on page 2 with room under them
        assertThat(rowBreaks(framedList("5.xlsx", false, 5))).isEmpty();
        assertThat(rowBreaks(framedList("30.xlsx", false, 30))).isEmpty();
        // a wide sheet printed smaller to fit the page's width holds more rows a page: 24 rows fall as 21 did
        assertThat(rowBreaks(framedList("rong-24.xlsx", true, 24))).containsExactly(header + 23);
        assertThat(rowBreaks(framedList("rong-30.xlsx", true, 30))).isEmpty();
    }

    /** A framed list of {@code rows} introductions; on a wide sheet every third one has a summary of three lines. */
    private Path framedList(String name, boolean wide, int rows) {
        List<ListColumn> columns = new java.util.ArrayList<>(SHEET.columns());
        if (wide) {
            columns.addAll(List.of(ListColumn.left("Tóm tắt thành tích", 60), ListColumn.left("Đơn vị", 40),
                    ListColumn.left("Ghi chú", 30)));
        }
        Path file = dir.resolve(name);
        LocalDate day = LocalDate.of(2026, 12, 5);
        new ExcelListWriter().framed(vn.dienhinh.model.OfficeProfile.example(), day, new DocumentMeta(5, day, false))
                .write(file, new ExcelListWriter.Sheet("Giới thiệu", "DANH SÁCH GIỚI THIỆU", "Quý IV năm 2026", columns)
                        .counting("lượt giới thiệu"), sink -> {
                    for (int i = 1; i <= rows; i++) {
                        List<Object> row = new java.util.ArrayList<>(List.of(i, "Người thứ " + i, "Cá nhân",
                                LocalDate.of(2026, 11, 1)));
                        if (wide) {
                            row.addAll(List.of(i % 3 == 0 ? "Tích cực tham gia phong trào thi đua, vận động nhiều hộ dân "
                                    + "tham gia bảo hiểm y tế, giữ gìn vệ sinh môi trường khu phố sạch đẹp" : "Ngắn",
                                    "Phường Bến Nghé", ""));
                        }
                        sink.accept(row);
                    }
                });
        return file;
    }

    private static int[] rowBreaks(Path file) throws Exception {
        try (XSSFWorkbook wb = open(file)) {
            return wb.getSheetAt(0).getRowBreaks();
        }
    }

    @Test
    void aTotalsLabelWiderThanItsColumnGetsTheLinesItWrapsInto() throws Exception {
        // the summary's sheet by quarter: "Tổng cộng: 20 quý" in the 14 characters of "Quý" wraps into two lines
        Path file = dir.resolve("quy.xlsx");
        new ExcelListWriter().write(file, new ExcelListWriter.Sheet("Theo quý", "KẾT QUẢ THEO QUÝ", "",
                List.of(ListColumn.centered("Quý", 14), ListColumn.summed("Điển hình phát hiện", 18))).counting("quý"),
                sink -> {
                    for (int i = 1; i <= 20; i++) {
                        sink.accept(List.of("Quý " + i, i));
                    }
                });
        try (XSSFWorkbook wb = open(file)) {
            var total = wb.getSheetAt(0).getRow(ExcelListWriter.headerRow(false) + 21);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng: 20 quý");
            assertThat(total.getHeightInPoints()).isGreaterThanOrEqualTo(2 * RowHeights.LINE);
        }
    }

    static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
