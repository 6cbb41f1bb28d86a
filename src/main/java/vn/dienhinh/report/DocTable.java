package vn.dienhinh.report;

import static vn.dienhinh.report.Docx.mm;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
 * cell text 13 pt. Values: null is empty, dates are dd/MM/yyyy, enums take their bundle label, a
 * {@link Span} sets its own weight; a {@link TableGroup} row is one bold cell across the table.
 */
final class DocTable {

    static final double CELL_SIZE = 13;
    private static final int BORDER = 4;

    private DocTable() {
    }

    static void write(SplicedDocument doc, List<TableColumn> columns, Iterable<? extends List<?>> rows,
                      int textWidth) {
        int[] widths = widths(columns, textWidth);
        XWPFTable t = doc.createTable(1, columns.size());
        borders(t);
        t.setCellMargins(mm(0.5), mm(1.5), mm(0.5), mm(1.5));
        XWPFTableRow header = t.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < columns.size(); c++) {
            fill(header.getCell(c), Span.bold(columns.get(c).title()), ParagraphAlignment.CENTER);
            header.getCell(c).setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        }
        List<XWPFTableRow> groups = new ArrayList<>();
        RowPrototype proto = null;
        for (List<?> values : rows) {
            if (values instanceof TableGroup g) {
                XWPFTableRow row = t.createRow();
                row.setCantSplitRow(true);
                groups.add(row);
                fill(row.getCell(0), new Span(g.title(), true, false), ParagraphAlignment.LEFT);
                continue;
            }
            if (proto == null) {
                proto = RowPrototype.of(doc, t, columns, widths);
            }
            proto.add(t, values);
        }
        Docx.widths(t, widths);
        for (XWPFTableRow row : groups) {
            span(row, widths);
        }
    }

    /** Makes the row's first cell span every column; the others are taken away. */
    private static void span(XWPFTableRow row, int[] widths) {
        while (row.getTableCells().size() > 1) {
            row.removeCell(row.getTableCells().size() - 1);
        }
        XWPFTableCell cell = row.getCell(0);
        var pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        (pr.isSetGridSpan() ? pr.getGridSpan() : pr.addNewGridSpan()).setVal(BigInteger.valueOf(widths.length));
        Docx.width(cell, Arrays.stream(widths).sum());
        // keeps the group title on the page of its first row
        cell.getParagraphs().get(0).setKeepNext(true);
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

    private static void fill(XWPFTableCell cell, Object value, ParagraphAlignment align) {
        XWPFParagraph p = Docx.format(Docx.firstParagraph(cell), align, 2, 2);
        Docx.markSize(p, CELL_SIZE);
        Span s = value instanceof Span span ? span : Span.plain(text(value));
        Docx.run(p, s.text(), CELL_SIZE, s.bold(), s.italic());
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
        if (v instanceof Span s) {
            return s.text();
        }
        if (v instanceof Enum<?> e) {
            return Messages.of(e);
        }
        return v.toString();
    }

    static ParagraphAlignment alignment(TableColumn.Align a) {
        return switch (a) {
            case CENTER -> ParagraphAlignment.CENTER;
            case RIGHT -> ParagraphAlignment.RIGHT;
            case JUSTIFY -> ParagraphAlignment.BOTH;
            default -> ParagraphAlignment.LEFT;
        };
    }
}
