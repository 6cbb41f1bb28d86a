package vn.dienhinh.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The print setup every exported list sheet must have. */
public final class ExcelPrintSetup {

    private ExcelPrintSetup() {
    }

    public static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** A4 landscape, one page wide, header row (row 3) repeated and frozen, Times New Roman header. */
    public static void assertPrintable(XSSFSheet sh) {
        assertPrintable(sh, 2);
    }

    /** A framed list: the letterhead above, so the header row is lower. */
    public static void assertFramedPrintable(XSSFSheet sh) {
        assertPrintable(sh, ExcelListWriter.headerRow(true));
    }

    /** As {@link #assertPrintable(XSSFSheet)} with the header on the given row (0-based). */
    public static void assertPrintable(XSSFSheet sh, int headerRow) {
        PrintSetup ps = sh.getPrintSetup();
        assertThat(ps.getPaperSize()).as("paper of %s", sh.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(ps.getLandscape()).isTrue();
        assertThat(sh.getFitToPage()).isTrue();
        assertThat(ps.getFitWidth()).isEqualTo((short) 1);
        assertThat(ps.getFitHeight()).isEqualTo((short) 0);
        int row = headerRow + 1;
        assertThat(sh.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf(row + ":" + row));
        assertThat(sh.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) row);
        assertThat(sh.getRow(headerRow).getCell(0).getCellStyle().getFont().getBold()).isTrue();
        assertThat(sh.getRow(headerRow).getCell(0).getCellStyle().getFont().getFontName()).isEqualTo("Times New Roman");
        assertThat(sh.getFooter().getCenter()).contains("&P").contains("&N");
    }

    /** Every text of the letterhead (rows 0–1) and below the last table row fits its row's height. */
    public static void assertFramedRowsFit(XSSFSheet sh) {
        int preparer = regionAt(sh, -1, "NGƯỜI LẬP BIỂU").getFirstRow();
        int checked = 0;
        for (CellRangeAddress region : sh.getMergedRegions()) {
            int row = region.getFirstRow();
            var cell = sh.getRow(row).getCell(region.getFirstColumn());
            String text = cell == null ? "" : cell.getStringCellValue();
            // the letterhead, and the signature block from the place and date above "NGƯỜI LẬP BIỂU" on
            if (!(row <= 1 || row >= preparer - 1) || text.isEmpty()) {
                continue;
            }
            checked++;
            int lines = RowHeights.lines(text, width(sh, region), true);
            assertThat(sh.getRow(row).getHeightInPoints()).as("row %d: %s (%d lines)", row, text, lines)
                    .isGreaterThanOrEqualTo(lines * RowHeights.LINE);
        }
        assertThat(checked).as("letterhead and signature texts").isGreaterThanOrEqualTo(6);
    }

    public static CellRangeAddress regionAt(XSSFSheet sh, int row, String text) {
        return sh.getMergedRegions().stream().filter(r -> (row < 0 || r.getFirstRow() == row)
                && text.equals(sh.getRow(r.getFirstRow()).getCell(r.getFirstColumn()).getStringCellValue())).findFirst()
                .orElseThrow(() -> new AssertionError("no merged cell " + text));
    }

    public static int width(XSSFSheet sh, CellRangeAddress r) {
        int w = 0;
        for (int c = r.getFirstColumn(); c <= r.getLastColumn(); c++) {
            w += sh.getColumnWidth(c) / 256;
        }
        return w;
    }
}
