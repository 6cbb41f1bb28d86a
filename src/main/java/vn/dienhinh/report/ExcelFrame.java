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
 * parent body and the agency on the left, the national motto on the right), a line under the title and
 * the list's own subtitle saying when it counts or what it goes with, and after the totals the place and
 * date with "NGƯỜI LẬP BIỂU" on the left and the office's signer on the right.
 *
 * @param office   whose list it is
 * @param dateLine "(Tính đến ngày 05/12/2026)", "(Kèm theo Tờ trình số … ngày … của …)", or empty when the
 *                 list's subtitle already says its period
 * @param meta     the document's date (and whether its day is left open)
 */
record ExcelFrame(OfficeProfile office, String dateLine, DocumentMeta meta) {

    ExcelFrame {
        dateLine = dateLine == null ? "" : dateLine;
    }

    /** A list counted to {@code asOf}: "(Tính đến ngày 05/12/2026)". */
    static ExcelFrame asOf(OfficeProfile office, LocalDate asOf, DocumentMeta meta) {
        return new ExcelFrame(office, Messages.get("report.excel.asOf", VnDates.shortDate(asOf)), meta);
    }

    /**
     * A list sent with a document of {@code kind} numbered and dated by {@code meta}, saying so as the Word
     * papers do: "(Kèm theo Tờ trình số 15/TTr-UBND ngày 20/11/2026 của Ủy ban nhân dân …)", the number and
     * the day left blank as the document leaves them.
     */
    static ExcelFrame attachedTo(OfficeProfile office, DocumentKind kind, DocumentMeta meta) {
        return new ExcelFrame(office, DocumentNumber.attachedTo(kind, meta, office), meta);
    }

    /** Rows the letterhead takes above the title. */
    static final int LETTERHEAD_ROWS = 3;
    /** Blank rows left for the handwritten signature. */
    private static final int SIGNING_ROWS = 4;

    /**
     * The letterhead in rows 0–1; row 2 is left blank. Each row is as tall as the taller of its halves, so a
     * quốc hiệu that must wrap on a narrow sheet is not cut off at its top.
     */
    void letterhead(SXSSFSheet sh, ExcelStyles styles, int last) {
        int split = split(sh, last);
        Row r0 = sh.createRow(0);
        Row r1 = sh.createRow(1);
        String parent = VietnameseText.upper(office.parentAgency());
        String agency = VietnameseText.upper(office.agency());
        boolean hasParent = !parent.isBlank();
        String left0 = hasParent ? parent : agency;
        String left1 = hasParent ? agency : "";
        put(sh, r0, 0, split, left0, hasParent ? styles.plain() : styles.strong());
        put(sh, r1, 0, split, left1, styles.strong());
        put(sh, r0, split + 1, last, Messages.get("report.nation"), styles.strong());
        put(sh, r1, split + 1, last, Messages.get("report.motto"), styles.strong());
        fit(sh, r0, split, last, left0, Messages.get("report.nation"));
        fit(sh, r1, split, last, left1, Messages.get("report.motto"));
    }

    /**
     * The last column of the left half: where the letterhead and the signature block take the fewest lines (the
     * rows of a narrow sheet are few and wide or many and thin), a quốc hiệu kept whole rather than the agency's
     * name, the middle when several do as well.
     */
    int split(SXSSFSheet sh, int last) {
        String parent = VietnameseText.upper(office.parentAgency());
        String agency = VietnameseText.upper(office.agency());
        List<String> authority = SignatureBlock.authorityLines(office);
        int best = last / 2;
        int fewest = Integer.MAX_VALUE;
        for (int split = 0; split < last; split++) {
            int left = width(sh, 0, split);
            int right = width(sh, split + 1, last);
            int nation = RowHeights.lines(Messages.get("report.nation"), right, true);
            // the quốc hiệu is one line in the decree's layout: a split that breaks it costs one line more
            int lines = (nation > 1 ? 1 : 0) + Math.max(RowHeights.lines(parent, left, false), nation)
                    + Math.max(RowHeights.lines(agency, left, true),
                    RowHeights.lines(Messages.get("report.motto"), right, true))
                    + RowHeights.lines(meta.placeAndDate(office.place()), right, false);
            for (int i = 0; i < authority.size(); i++) {
                lines += Math.max(i == 0 ? RowHeights.lines(Messages.get("report.excel.preparer"), left, true) : 1,
                        RowHeights.lines(authority.get(i), right, true));
            }
            if (lines < fewest || lines == fewest && Math.abs(split - last / 2) < Math.abs(best - last / 2)) {
                fewest = lines;
                best = split;
            }
        }
        return best;
    }

    /**
     * The signature block from {@code first} on; returns the row after it. Its rows are as tall as their text
     * wrapped in the half it is in, so the place and date do not run into the signer's title.
     */
    int signature(SXSSFSheet sh, ExcelStyles styles, int first, int last) {
        int split = split(sh, last);
        int r = first + 1;
        String date = meta.placeAndDate(office.place());
        Row dateRow = sh.createRow(r++);
        put(sh, dateRow, split + 1, last, date, styles.italic());
        fit(sh, dateRow, split, last, "", date);
        List<String> lines = SignatureBlock.authorityLines(office);
        int top = r;
        for (int i = 0; i < Math.max(1, lines.size()); i++) {
            Row row = sh.createRow(r++);
            String left = i == 0 ? Messages.get("report.excel.preparer") : "";
            String right = i < lines.size() ? lines.get(i) : "";
            if (i == 0) {
                put(sh, row, 0, split, left, styles.strong());
            }
            if (i < lines.size()) {
                put(sh, row, split + 1, last, right, styles.strong());
            }
            fit(sh, row, split, last, left, right);
        }
        r += SIGNING_ROWS;
        Row names = sh.createRow(r++);
        put(sh, names, split + 1, last, office.signerName(), styles.strong());
        fit(sh, names, split, last, "", office.signerName());
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

    /** The row as tall as the taller of its two halves' text, wrapped in each half's width. */
    private static void fit(SXSSFSheet sh, Row row, int split, int last, String left, String right) {
        row.setHeightInPoints(Math.max(rowHeight(left, sh, 0, split), rowHeight(right, sh, split + 1, last)));
    }

    /** Tall enough for the text wrapped in the merged cells' width. */
    static float rowHeight(String text, SXSSFSheet sh, int from, int to) {
        if (to < from) {
            return 0f; // a one-column sheet has no right half
        }
        return 16f * RowHeights.lines(text, Math.max(1, width(sh, from, to)), true) + 2;
    }

    /** The width of columns {@code from}–{@code to}, in characters. */
    private static int width(SXSSFSheet sh, int from, int to) {
        int width = 0;
        for (int c = from; c <= to; c++) {
            width += sh.getColumnWidth(c) / 256;
        }
        return width;
    }
}
