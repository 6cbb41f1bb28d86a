package vn.dienhinh.report;

import static vn.dienhinh.report.Docx.mm;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.dienhinh.util.Messages;

/**
 * A bordered table: a bold centred header row repeated on every page (w:tblHeader), then the rows;
 * cell text 13 pt. Values: null is empty, dates are dd/MM/yyyy, enums take their bundle label.
 */
final class DocTable {

    static final double CELL_SIZE = 13;
    private static final int BORDER = 4;

    private DocTable() {
    }

    static void write(XWPFDocument doc, List<TableColumn> columns, Iterable<? extends List<?>> rows,
                      int textWidth) {
        int[] widths = widths(columns, textWidth);
        XWPFTable t = doc.createTable(1, columns.size());
        borders(t);
        t.setCellMargins(mm(0.5), mm(1.5), mm(0.5), mm(1.5));
        XWPFTableRow header = t.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < columns.size(); c++) {
            fill(header.getCell(c), columns.get(c).title(), ParagraphAlignment.CENTER, true);
            header.getCell(c).setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        }
        for (List<?> values : rows) {
            XWPFTableRow row = t.createRow();
            row.setCantSplitRow(true);
            for (int c = 0; c < columns.size(); c++) {
                Object v = c < values.size() ? values.get(c) : null;
                fill(row.getCell(c), text(v), alignment(columns.get(c).align()), false);
            }
        }
        Docx.widths(t, widths);
    }

    private static void borders(XWPFTable t) {
        XWPFTable.XWPFBorderType single = XWPFTable.XWPFBorderType.SINGLE;
        t.setTopBorder(single, BORDER, 0, "000000");
        t.setBottomBorder(single, BORDER, 0, "000000");
        t.setLeftBorder(single, BORDER, 0, "000000");
        t.setRightBorder(single, BORDER, 0, "000000");
        t.setInsideHBorder(single, BORDER, 0, "000000");
        t.setInsideVBorder(single, BORDER, 0, "000000");
    }

    private static void fill(XWPFTableCell cell, String text, ParagraphAlignment align, boolean bold) {
        XWPFParagraph p = Docx.format(Docx.firstParagraph(cell), align, 2, 2);
        Docx.markSize(p, CELL_SIZE);
        Docx.run(p, text, CELL_SIZE, bold, false);
    }

    /** Column widths in twips: the weights shared out over the text width, the rounding put in the last. */
    static int[] widths(List<TableColumn> columns, int textWidth) {
        double total = columns.stream().mapToDouble(TableColumn::weight).sum();
        int[] w = new int[columns.size()];
        int used = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = (int) Math.floor(textWidth * columns.get(i).weight() / total);
            used += w[i];
        }
        w[w.length - 1] += textWidth - used;
        return w;
    }

    static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof LocalDate d) {
            return VnDates.shortDate(d);
        }
        if (v instanceof Enum<?> e) {
            return Messages.of(e);
        }
        return v.toString();
    }

    private static ParagraphAlignment alignment(TableColumn.Align a) {
        return switch (a) {
            case CENTER -> ParagraphAlignment.CENTER;
            case RIGHT -> ParagraphAlignment.RIGHT;
            case JUSTIFY -> ParagraphAlignment.BOTH;
            default -> ParagraphAlignment.LEFT;
        };
    }
}
