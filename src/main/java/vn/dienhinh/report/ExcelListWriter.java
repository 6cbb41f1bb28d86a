package vn.dienhinh.report;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.util.Messages;

/**
 * Writes a printable list to .xlsx with the streaming workbook (only {@link #WINDOW} rows in memory, so
 * 100,000 rows cost little): a merged title row, a bold bordered header row, then the data rows.
 * Printed on A4 landscape, fitted to the page width, the header repeated on every page, page numbers in
 * the footer, the last row kept on the page of the totals and the signature; the header is frozen on screen
 * and has filter buttons.
 */
public final class ExcelListWriter {

    /** Rows kept in memory before they are flushed to the temporary file. */
    public static final int WINDOW = 100;
    static final int TITLE_ROW = 0;
    static final int HEADER_ROW = 2;
    /** A framed list's rows are this much lower: the letterhead is above the title. */
    public static final int FRAMED_OFFSET = ExcelFrame.LETTERHEAD_ROWS + 1;

    /** The row (0-based) of the column titles: under the title and subtitle, or under letterhead, title and two lines. */
    public static int headerRow(boolean framed) {
        return framed ? FRAMED_OFFSET + HEADER_ROW + 1 : HEADER_ROW;
    }
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    /**
     * What the list is: the sheet's name, the title printed above it, an optional line under the title
     * (what the list was narrowed to, the period), the columns, and what its rows count ("điển hình"):
     * with a noun the list ends with a totals row "Tổng cộng: 12 điển hình" and the sums of the
     * columns marked {@link ListColumn#total()}; null: no totals row.
     */
    public record Sheet(String name, String title, String subtitle, List<ListColumn> columns, String counted) {
        public Sheet {
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("a list needs at least one column");
            }
            columns = List.copyOf(columns);
            subtitle = subtitle == null ? "" : subtitle;
        }

        public Sheet(String name, String title, String subtitle, List<ListColumn> columns) {
            this(name, title, subtitle, columns, null);
        }

        public Sheet(String name, String title, List<ListColumn> columns) {
            this(name, title, "", columns);
        }

        /** The same list ending with a totals row that counts its rows as {@code noun}. */
        public Sheet counting(String noun) {
            return new Sheet(name, title, subtitle, columns, noun);
        }
    }

    private final ExcelFrame frame;

    /** A bare list: title, header, rows (what the import reads back, what tests compare). */
    public ExcelListWriter() {
        this(null);
    }

    private ExcelListWriter(ExcelFrame frame) {
        this.frame = frame;
    }

    /**
     * The same writer for lists the office signs: its letterhead above the title, "(Tính đến ngày …)"
     * under the title and the subtitle, and the place, date and signatures after the rows.
     */
    public ExcelListWriter framed(OfficeProfile office, LocalDate asOf, DocumentMeta meta) {
        return new ExcelListWriter(ExcelFrame.asOf(office, asOf, meta));
    }

    /** As {@link #framed(OfficeProfile, LocalDate, DocumentMeta)} for lists whose subtitle says their period: no day line. */
    public ExcelListWriter framed(OfficeProfile office, DocumentMeta meta) {
        return new ExcelListWriter(new ExcelFrame(office, "", meta));
    }

    /**
     * As {@link #framed(OfficeProfile, LocalDate, DocumentMeta)} for a list sent with a document of {@code kind}
     * (the trích ngang list with its tờ trình): under the title and the subtitle "(Kèm theo Tờ trình số … ngày …
     * của …)", written as the Word papers attached to the same document write it.
     */
    public ExcelListWriter attachedTo(OfficeProfile office, DocumentKind kind, DocumentMeta meta) {
        return new ExcelListWriter(ExcelFrame.attachedTo(office, kind, meta));
    }

    /** One sheet of a workbook with its rows. */
    public record Part(Sheet sheet, RowSource rows) {
    }

    /** Writes the list safely to {@code target} (see {@link AtomicFileWriter}); returns the number of rows. */
    public long write(Path target, Sheet sheet, RowSource rows) {
        return writeAll(target, List.of(new Part(sheet, rows))).get(0);
    }

    /** Writes a workbook of several lists, one sheet each, in the order given; returns each one's row count. */
    public List<Long> writeAll(Path target, List<Part> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a workbook needs at least one sheet");
        }
        long[] count = new long[parts.size()];
        AtomicFileWriter.write(target, out -> {
            SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
            try {
                // temporary sheet files stay uncompressed: some tens of megabytes for 100,000 rows on disk,
                // against a deflate and an inflate more of every row the officer would wait for
                ExcelStyles styles = new ExcelStyles(wb);
                for (int i = 0; i < parts.size(); i++) {
                    count[i] = fill(wb, styles, parts.get(i).sheet(), parts.get(i).rows());
                }
                wb.write(out);
            } finally {
                wb.dispose();
                wb.close();
            }
        });
        return Arrays.stream(count).boxed().toList();
    }

    /** Lists print across the page: their columns are many. */
    private static final boolean LANDSCAPE = true;

    /** The height of one line of the title, in points. */
    private static final float TITLE_LINE = 18.75f;

    private long fill(SXSSFWorkbook wb, ExcelStyles styles, Sheet spec, RowSource rows) {
        SXSSFSheet sh = wb.createSheet(ExcelStyles.safeSheetName(spec.name()));
        int last = spec.columns().size() - 1;
        for (int c = 0; c <= last; c++) {
            sh.setColumnWidth(c, spec.columns().get(c).width() * 256 + 200);
        }
        int top = frame == null ? 0 : FRAMED_OFFSET;
        if (frame != null) {
            frame.letterhead(sh, styles, last);
        }
        Row title = sh.createRow(top + TITLE_ROW);
        // a long title (a campaign's full name) wraps inside the merged row instead of running off both sides
        int width = spec.columns().stream().mapToInt(ListColumn::width).sum();
        int titleLines = RowHeights.lines(spec.title(), width * ExcelStyles.CELL_SIZE / ExcelStyles.TITLE_SIZE, true);
        title.setHeightInPoints(Math.max(24f, titleLines * TITLE_LINE + 4));
        Cell t = title.createCell(0);
        t.setCellValue(spec.title());
        t.setCellStyle(styles.title());
        if (last > 0) {
            sh.addMergedRegion(new CellRangeAddress(top + TITLE_ROW, top + TITLE_ROW, 0, last));
        }
        // under the title what the list covers (its period, what it was narrowed to), then on a framed sheet
        // the day it counts to or the document it goes with
        List<String> subtitles = (frame == null ? List.of(spec.subtitle()) : List.of(spec.subtitle(), frame.dateLine()))
                .stream().filter(line -> !line.isBlank()).toList();
        for (int i = 0; i < subtitles.size(); i++) {
            int at = top + TITLE_ROW + 1 + i;
            Cell sub = sh.createRow(at).createCell(0);
            sub.setCellValue(subtitles.get(i));
            sub.setCellStyle(styles.subtitle());
            if (last > 0) {
                sh.addMergedRegion(new CellRangeAddress(at, at, 0, last));
            }
        }
        int headerRow = headerRow(frame != null);
        Row header = sh.createRow(headerRow);
        int headerLines = 1;
        for (int c = 0; c <= last; c++) {
            Cell h = header.createCell(c);
            ListColumn column = spec.columns().get(c);
            h.setCellValue(column.title());
            h.setCellStyle(styles.header());
            headerLines = Math.max(headerLines, RowHeights.lines(column.title(), column.width(), true));
        }
        RowHeights.apply(header, headerLines);
        PrintedPages pages = PrintedPages.of(sh, last, LANDSCAPE);
        for (int r = 0; r <= headerRow; r++) {
            pages.add(PrintedPages.height(sh, sh.getRow(r)));
        }
        pages.repeat(PrintedPages.height(sh, header));
        int[] next = {headerRow + 1};
        double[] sums = new double[last + 1];
        rows.forEachRow(values -> {
            if (next[0] >= SpreadsheetVersion.EXCEL2007.getMaxRows()) {
                throw new IllegalStateException("more rows than a worksheet holds");
            }
            Row r = sh.createRow(next[0]++);
            int lines = 1;
            for (int c = 0; c <= last; c++) {
                Object v = c < values.size() ? values.get(c) : null;
                if (v instanceof Number n && spec.columns().get(c).total()) {
                    sums[c] += n.doubleValue();
                }
                String text = cell(r.createCell(c), v, spec.columns().get(c), styles);
                lines = Math.max(lines, RowHeights.lines(text, spec.columns().get(c).width(), false));
            }
            RowHeights.apply(r, lines);
            pages.add(PrintedPages.height(sh, r));
        });
        long count = next[0] - headerRow - 1L;
        int lastData = next[0] - 1;
        if (spec.counted() != null && count > 0) {
            totals(sh, styles, spec, headerRow + 1, lastData, next[0]++, count, sums);
        }
        int end = frame == null ? next[0] : frame.signature(sh, styles, next[0], last);
        keepTogether(sh, pages, headerRow, lastData, end);
        printSetup(sh, last, headerRow, lastData);
        return count;
    }

    /**
     * When the totals row and the signature block (rows {@code lastData + 1} to {@code end - 1}) would not fit
     * under the last data row on its page, a page break before that row, so that it goes with them: never a
     * page of the repeated header, "Tổng cộng" and the signature alone. The rows after the data are all still
     * in the streaming window.
     */
    private static void keepTogether(SXSSFSheet sh, PrintedPages pages, int headerRow, int lastData, int end) {
        double tail = 0;
        for (int r = lastData + 1; r < end; r++) {
            tail += PrintedPages.height(sh, sh.getRow(r));
        }
        if (lastData > headerRow + 1 && tail > 0 && pages.room() < tail) {
            sh.setRowBreak(lastData - 1);
        }
    }

    /**
     * "Tổng cộng: 12 điển hình" across the columns before the first summed one, and a SUM formula under
     * each column marked total, holding its result ({@code sums}) for a viewer that does not recalculate;
     * Excel recalculates on opening.
     */
    private static void totals(SXSSFSheet sh, ExcelStyles styles, Sheet spec, int firstData, int lastData, int at,
                               long count, double[] sums) {
        Row r = sh.createRow(at);
        int last = spec.columns().size() - 1;
        int firstSum = 0;
        while (firstSum <= last && !spec.columns().get(firstSum).total()) {
            firstSum++;
        }
        int labelEnd = firstSum > last ? last : Math.max(0, firstSum - 1);
        for (int c = 0; c <= last; c++) {
            Cell cell = r.createCell(c);
            if (c == 0) {
                String label = Messages.get("report.excel.total", Counts.grouped(count), spec.counted());
                cell.setCellValue(label);
                cell.setCellStyle(styles.totalLabel());
                // a label wider than the columns it spans wraps: the row grows with it, as the data rows do
                int width = spec.columns().subList(0, labelEnd + 1).stream().mapToInt(ListColumn::width).sum();
                RowHeights.apply(r, RowHeights.lines(label, width, true));
            } else if (c > labelEnd && spec.columns().get(c).total() && lastData >= firstData) {
                String col = org.apache.poi.ss.util.CellReference.convertNumToColString(c);
                cell.setCellFormula("SUM(" + col + (firstData + 1) + ":" + col + (lastData + 1) + ")");
                cell.setCellValue(sums[c]);
                cell.setCellStyle(styles.totalNumber());
            } else {
                cell.setCellStyle(c <= labelEnd ? styles.totalLabel() : styles.totalNumber());
                if (c > labelEnd && spec.columns().get(c).total()) {
                    cell.setCellValue(0);
                }
            }
        }
        if (labelEnd > 0) {
            sh.addMergedRegion(new CellRangeAddress(at, at, 0, labelEnd));
        }
        sh.getWorkbook().setForceFormulaRecalculation(true);
    }

    /** Fills the cell; returns the text it shows when that may wrap, otherwise null. */
    private static String cell(Cell cell, Object v, ListColumn spec, ExcelStyles styles) {
        TableColumn.Align column = spec.align();
        if (v instanceof Number n) {
            cell.setCellValue(n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue());
            cell.setCellStyle(spec.signed() ? styles.signed(column) : styles.text(column));
            return null;
        }
        if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(styles.date(column));
            return null;
        }
        if (v instanceof LocalDateTime d) {
            cell.setCellValue(d);
            cell.setCellStyle(styles.dateTime(column));
            return null;
        }
        if (v instanceof Span span) {
            cell.setCellValue(span.text());
            cell.setCellStyle(span.bold() ? styles.bold(column) : styles.text(column));
            return span.text();
        }
        String s = v == null ? "" : v instanceof Enum<?> e ? Messages.of(e)
                : v instanceof Boolean b ? Messages.get(b ? "report.yes" : "report.no") : v.toString();
        String shown = s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) : s;
        cell.setCellValue(shown);
        cell.setCellStyle(styles.text(column));
        return shown;
    }

    private static void printSetup(SXSSFSheet sh, int lastColumn, int headerRow, int lastRow) {
        PrintSetup ps = sh.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(LANDSCAPE);
        sh.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sh.setMargin(PageMargin.LEFT, PrintedPages.LEFT);
        sh.setMargin(PageMargin.RIGHT, PrintedPages.RIGHT);
        sh.setMargin(PageMargin.TOP, PrintedPages.TOP);
        sh.setMargin(PageMargin.BOTTOM, PrintedPages.BOTTOM);
        sh.setMargin(PageMargin.HEADER, PrintedPages.HEADER);
        sh.setMargin(PageMargin.FOOTER, PrintedPages.FOOTER);
        sh.setHorizontallyCenter(true);
        sh.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        sh.createFreezePane(0, headerRow + 1);
        sh.getFooter().setCenter(Messages.get("report.excel.footer", "&P", "&N"));
        sh.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastRow), 0, lastColumn));
    }
}
