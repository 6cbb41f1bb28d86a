package vn.dienhinh.report;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.VietnameseText;

/**
 * What makes an Excel list one the office can sign: the two-column letterhead above the title (the
 * parent body and the agency on the left, the national motto on the right), "Tính đến ngày …" under
 * the title, and after the totals the place and date with "NGƯỜI LẬP BIỂU" on the left and the
 * office's signer on the right.
 *
 * @param office whose list it is
 * @param asOf   the last day the list counts
 * @param meta   the document's date (and whether its day is left open)
 */
record ExcelFrame(OfficeProfile office, LocalDate asOf, DocumentMeta meta) {

    /** Rows the letterhead takes above the title. */
    static final int LETTERHEAD_ROWS = 3;
    /** Blank rows left for the handwritten signature. */
    private static final int SIGNING_ROWS = 4;

    /** The letterhead in rows 0–1; row 2 is left blank. */
    void letterhead(SXSSFSheet sh, ExcelStyles styles, int last) {
        int split = last / 2;
        Row r0 = sh.createRow(0);
        Row r1 = sh.createRow(1);
        String parent = VietnameseText.upper(office.parentAgency());
        String agency = VietnameseText.upper(office.agency());
        boolean hasParent = !parent.isBlank();
        put(sh, r0, 0, split, hasParent ? parent : agency, hasParent ? styles.plain() : styles.strong());
        put(sh, r1, 0, split, hasParent ? agency : "", styles.strong());
        put(sh, r0, split + 1, last, Messages.get("report.nation"), styles.strong());
        put(sh, r1, split + 1, last, Messages.get("report.motto"), styles.strong());
        r0.setHeightInPoints(rowHeight(hasParent ? parent : agency, sh, 0, split));
        r1.setHeightInPoints(rowHeight(agency, sh, 0, split));
    }

    /** "(Tính đến ngày 05/12/2026)". */
    String asOfLine() {
        return Messages.get("report.excel.asOf", VnDates.shortDate(asOf));
    }

    /** The signature block from {@code first} on; returns the row after it. */
    int signature(SXSSFSheet sh, ExcelStyles styles, int first, int last) {
        int split = last / 2;
        int r = first + 1;
        String date = meta.placeAndDate(office.place());
        put(sh, sh.createRow(r++), split + 1, last, date, styles.italic());
        List<String> lines = SignatureBlock.authorityLines(office);
        int top = r;
        for (int i = 0; i < Math.max(1, lines.size()); i++) {
            Row row = sh.createRow(r++);
            if (i == 0) {
                put(sh, row, 0, split, Messages.get("report.excel.preparer"), styles.strong());
            }
            if (i < lines.size()) {
                put(sh, row, split + 1, last, lines.get(i), styles.strong());
            }
        }
        r += SIGNING_ROWS;
        Row names = sh.createRow(r++);
        put(sh, names, split + 1, last, office.signerName(), styles.strong());
        return Math.max(r, top);
    }

    private static void put(SXSSFSheet sh, Row row, int from, int to, String text, CellStyle style) {
        Cell c = row.createCell(from);
        c.setCellValue(text == null ? "" : text);
        c.setCellStyle(style);
        if (to > from) {
            sh.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), from, to));
        }
    }

    /** Tall enough for the text wrapped in the merged cells' width. */
    private static float rowHeight(String text, SXSSFSheet sh, int from, int to) {
        int width = 0;
        for (int c = from; c <= to; c++) {
            width += sh.getColumnWidth(c) / 256;
        }
        return 16f * RowHeights.lines(text, Math.max(1, width), true) + 2;
    }
}
