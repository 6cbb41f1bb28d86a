package vn.dienhinh.report;

import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;

/**
 * The data rows of a {@link DocTable}, made from one formatted row: the cells' widths, paragraph
 * settings and run properties are built once with the POI API, and their XML is what every row repeats
 * with its own text, written straight into the document's saved XML ({@link SplicedDocument}).
 * Thousands of rows (a quarter's commendations over a large registry) cost a fraction of building
 * each as XML objects; the document is the same.
 */
final class RowPrototype {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final XmlOptions FRAGMENT = new XmlOptions().setSaveOuter().setSaveNoXmlDecl()
            .setSaveSuggestedPrefixes(Map.of(W, "w")).setSaveAggressiveNamespaces();
    private static final String CELL_END = "</w:p></w:tc>";

    /** {@code <w:tr>} with the row's properties. */
    private final String rowStart;
    /** Each cell's XML up to where its run goes. */
    private final String[] cells;
    /** A run's start with its properties, by weight and slant: plain, bold, italic, bold italic. */
    private final String[] runs;
    private final SplicedDocument doc;
    /** Where the rows go now: the marker row's index in the table, and the rows written in its place. */
    private int markerRow = -1;
    private SplicedDocument.Rows rows;

    private RowPrototype(SplicedDocument doc, String rowStart, String[] cells, String[] runs) {
        this.doc = doc;
        this.rowStart = rowStart;
        this.cells = cells;
        this.runs = runs;
    }

    /** A row with each column's width and aligned, sized empty paragraph; run properties plain and bold. */
    static RowPrototype of(SplicedDocument doc, XWPFTable t, List<TableColumn> columns, int[] widths) {
        XWPFTableRow r = t.createRow();
        r.setCantSplitRow(true);
        for (int c = 0; c < columns.size(); c++) {
            XWPFParagraph p = Docx.format(Docx.firstParagraph(r.getCell(c)),
                    DocTable.alignment(columns.get(c).align()), 2, 2);
            Docx.markSize(p, DocTable.CELL_SIZE);
            Docx.width(r.getCell(c), widths[c]);
        }
        CTRow copy = (CTRow) r.getCtRow().copy();
        String[] cells = new String[copy.sizeOfTcArray()];
        for (int c = 0; c < cells.length; c++) {
            lighten(copy.getTcArray(c).getPArray(0).getPPr());
            String cell = xml(copy.getTcArray(c));
            if (!cell.endsWith(CELL_END)) {
                throw new IllegalStateException("unexpected cell XML: " + cell);
            }
            cells[c] = cell.substring(0, cell.length() - CELL_END.length());
        }
        // the run properties, taken from runs made the usual way on the scratch row, which then goes
        XWPFParagraph scratch = r.getCell(0).getParagraphs().get(0);
        String[] runs = new String[4];
        for (int i = 0; i < runs.length; i++) {
            CTR run = Docx.run(scratch, null, DocTable.CELL_SIZE, (i & 1) != 0, (i & 2) != 0).getCTR();
            // "not bold", "not italic" are what a run is anyway: thousands of cells need not say so
            CTRPr pr = run.getRPr();
            if ((i & 1) == 0 && pr.sizeOfBArray() > 0) {
                pr.removeB(0);
            }
            if ((i & 2) == 0 && pr.sizeOfIArray() > 0) {
                pr.removeI(0);
            }
            runs[i] = "<w:r>" + xml(pr);
        }
        t.removeRow(t.getRows().size() - 1);
        return new RowPrototype(doc, "<w:tr>" + xml(copy.getTrPr()), cells, runs);
    }

    /**
     * Leaves out of a cell's paragraph settings what the document's defaults say already (its font, single
     * line spacing, left alignment) and the complex-script size of its mark; the mark keeps its size, which
     * sets the height of the cell's last line. A table of thousands of rows is written and read a good deal
     * faster; the runs keep their fonts, so text copied out of the table stays in Times New Roman.
     */
    private static void lighten(CTPPr ppr) {
        if (ppr.isSetRPr()) {
            CTParaRPr mark = ppr.getRPr();
            while (mark.sizeOfRFontsArray() > 0) {
                mark.removeRFonts(0);
            }
            while (mark.sizeOfSzCsArray() > 0) {
                mark.removeSzCs(0);
            }
        }
        if (ppr.isSetSpacing()) {
            ppr.getSpacing().unsetLine();
            ppr.getSpacing().unsetLineRule();
        }
        if (ppr.isSetJc() && ppr.getJc().getVal() == STJc.LEFT) {
            ppr.unsetJc();
        }
    }

    /** The element's XML with the {@code w} prefix the saved document uses, its namespace declared there. */
    private static String xml(XmlObject o) {
        String x = o.xmlText(FRAGMENT).replace(" xmlns:w=\"" + W + "\"", "");
        if (x.contains("xmlns")) {
            throw new IllegalStateException("unexpected namespace in " + x);
        }
        return x;
    }

    /**
     * Appends a row with these values (null empty, dates dd/MM/yyyy, a Span its own weight). The row is
     * only in the saved document: {@code t.getRows()} does not list it, so nothing may look rows up
     * through POI after the rows are added.
     */
    void add(XWPFTable t, List<?> values) {
        CTTbl tbl = t.getCTTbl();
        if (rows == null || tbl.sizeOfTrArray() - 1 != markerRow) {
            // the first row, or the first after a row the table made itself (a group's title)
            rows = doc.rowsAt(tbl);
            markerRow = tbl.sizeOfTrArray() - 1;
        }
        StringBuilder x = new StringBuilder(1024).append(rowStart);
        for (int c = 0; c < cells.length; c++) {
            Object v = c < values.size() ? values.get(c) : null;
            Span s = v instanceof Span span ? span : Span.plain(DocTable.text(v));
            x.append(cells[c]).append(runs[(s.bold() ? 1 : 0) + (s.italic() ? 2 : 0)]);
            String[] lines = Punctuation.keepNumbersWithWords(s.text()).split("\\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    x.append("<w:br/>");
                }
                text(x.append("<w:t xml:space=\"preserve\">"), lines[i]).append("</w:t>");
            }
            x.append("</w:r>").append(CELL_END);
        }
        rows.add(x.append("</w:tr>").toString());
    }

    /** Text escaped for XML; characters XML cannot hold (control characters pasted from elsewhere) left out. */
    private static StringBuilder text(StringBuilder x, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> x.append("&amp;");
                case '<' -> x.append("&lt;");
                case '>' -> x.append("&gt;");
                default -> {
                    if (ch >= 0x20 && ch != 0xFFFE && ch != 0xFFFF || ch == '\t') {
                        x.append(ch);
                    }
                }
            }
        }
        return x;
    }
}
