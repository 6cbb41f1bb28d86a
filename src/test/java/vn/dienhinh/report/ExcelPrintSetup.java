package vn.dienhinh.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
