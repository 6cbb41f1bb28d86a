package vn.dienhinh.report;

import org.apache.poi.ss.usermodel.Row;

/**
 * Row heights for wrapped text. A streamed sheet cannot measure its rows, and LibreOffice and Excel
 * do not always grow rows with wrapped text when opening a file, so each row gets the height of its
 * tallest cell, estimated from Times New Roman widths.
 */
final class RowHeights {

    /** Points per line of 12 pt Times New Roman. */
    static final float LINE = 15.75f;
    /**
     * One width unit of a column: the digit width of the workbook's default font, which
     * {@link ExcelStyles} makes Times New Roman 12 (digits 0.5 em: 6 pt, 8 px), in twips.
     */
    private static final int UNIT = 120;
    /** Cell padding and what word wrapping loses at line ends, as a share of the width. */
    private static final double SLACK = 0.85;
    /** Lines beyond which the row is left at Excel's maximum height. */
    private static final int MAX_LINES = 26;

    private RowHeights() {
    }

    /** Estimated lines of {@code text} in a column {@code width} characters wide. */
    static int lines(String text, int width, boolean bold) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        double usable = width * UNIT * SLACK;
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int w = TimesMetrics.width(paragraph, ExcelStyles.CELL_SIZE, bold);
            lines += Math.max(1, (int) Math.ceil(w / usable));
            if (lines >= MAX_LINES) {
                return MAX_LINES;
            }
        }
        return lines;
    }

    static void apply(Row row, int lines) {
        if (lines > 1) {
            row.setHeightInPoints(Math.min(409f, lines * LINE + 2));
        }
    }
}
