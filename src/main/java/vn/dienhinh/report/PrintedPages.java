package vn.dienhinh.report;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Where the rows of a list sheet fall on its printed A4 pages, followed row by row as they are written (a
 * streamed sheet keeps only a window of them). The page is A4 in the sheet's orientation less its margins; the
 * sheet is printed one page wide, scaled down in whole percents as Excel and LibreOffice scale it, so a page
 * holds more of a wide sheet's points; every page after the first begins with the repeated header row.
 */
final class PrintedPages {

    /** The margins of a printed list, in inches. */
    static final double LEFT = 0.5;
    static final double RIGHT = 0.4;
    static final double TOP = 0.6;
    static final double BOTTOM = 0.6;
    /** The header's and the footer's (the page number's) distance from the paper's edge, inside those margins. */
    static final double HEADER = 0.3;
    static final double FOOTER = 0.3;

    private static final double POINTS_PER_INCH = 72;
    /** A4 in points (the Word pages' twips, 20 a point). */
    private static final double A4_SHORT = PageLayout.A4_SHORT / 20.0;
    private static final double A4_LONG = PageLayout.A4_LONG / 20.0;
    /**
     * Points per character of a column's width: the digit width of the workbook's Times New Roman 12 (half its
     * em, see {@link RowHeights}).
     */
    private static final double CHARACTER = 6;

    /** The printable height of a page in the sheet's own (unscaled) points. */
    private final double page;
    private double header;
    private double used;
    private boolean empty = true;

    /** Pages of a sheet whose printed columns are {@code sheetWidth} points wide. */
    PrintedPages(double sheetWidth, boolean landscape) {
        double width = (landscape ? A4_LONG : A4_SHORT) - (LEFT + RIGHT) * POINTS_PER_INCH;
        double height = (landscape ? A4_SHORT : A4_LONG) - (TOP + BOTTOM) * POINTS_PER_INCH;
        page = height / scale(width, sheetWidth);
    }

    /** Pages of columns 0 to {@code last} of {@code sheet}. */
    static PrintedPages of(Sheet sheet, int last, boolean landscape) {
        double width = 0;
        for (int c = 0; c <= last; c++) {
            width += sheet.getColumnWidth(c) / 256.0 * CHARACTER;
        }
        return new PrintedPages(width, landscape);
    }

    /** The print scale that fits {@code sheetWidth} points into {@code width}: whole percents from 10 to 100. */
    static double scale(double width, double sheetWidth) {
        int percent = sheetWidth <= 0 ? 100 : (int) Math.floor(100 * width / sheetWidth + 1e-9);
        return Math.max(10, Math.min(100, percent)) / 100.0;
    }

    /** The height a row prints at: its own, or the sheet's default when it has none (or is not written). */
    static double height(Sheet sheet, Row row) {
        return row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
    }

    /** The next row, {@code height} points tall: on the page so far, or first under the header on the next. */
    void add(double height) {
        if (!empty && used + height > page) {
            used = header;
        }
        used += height;
        empty = false;
    }

    /** Every page after the first begins with a repeated row {@code height} points tall (the list's header). */
    void repeat(double height) {
        header = height;
    }

    /** The room left under the last row added, on its page, in the sheet's points. */
    double room() {
        return page - used;
    }
}
