package vn.dienhinh.report;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;

/**
 * The data rows of a {@link DocTable}, made by copying one formatted row: the cells' widths,
 * paragraph settings and run properties are built once with the POI API, then every row is a copy
 * that only gets its text. Thousands of rows (a quarter's commendations over a large registry) cost
 * a fraction of formatting each cell anew; the document is the same.
 */
final class RowPrototype {

    private final CTRow row;
    /** Run properties by weight and slant: plain, bold, italic, bold italic. */
    private final CTR[] runs;

    private RowPrototype(CTRow row, CTR[] runs) {
        this.row = row;
        this.runs = runs;
    }

    /** A row with each column's width and aligned, sized empty paragraph; run properties plain and bold. */
    static RowPrototype of(XWPFTable t, List<TableColumn> columns, int[] widths) {
        XWPFTableRow r = t.createRow();
        r.setCantSplitRow(true);
        for (int c = 0; c < columns.size(); c++) {
            XWPFParagraph p = Docx.format(Docx.firstParagraph(r.getCell(c)),
                    DocTable.alignment(columns.get(c).align()), 2, 2);
            Docx.markSize(p, DocTable.CELL_SIZE);
            Docx.width(r.getCell(c), widths[c]);
        }
        CTRow copy = (CTRow) r.getCtRow().copy();
        for (int c = 0; c < copy.sizeOfTcArray(); c++) {
            lighten(copy.getTcArray(c).getPArray(0).getPPr());
        }
        // the run properties, taken from runs made the usual way on the scratch row, which then goes
        XWPFParagraph scratch = r.getCell(0).getParagraphs().get(0);
        CTR[] runs = new CTR[4];
        for (int i = 0; i < runs.length; i++) {
            runs[i] = (CTR) Docx.run(scratch, null, DocTable.CELL_SIZE, (i & 1) != 0, (i & 2) != 0).getCTR().copy();
            // "not bold", "not italic" are what a run is anyway: thousands of cells need not say so
            CTRPr pr = runs[i].getRPr();
            if ((i & 1) == 0 && pr.sizeOfBArray() > 0) {
                pr.removeB(0);
            }
            if ((i & 2) == 0 && pr.sizeOfIArray() > 0) {
                pr.removeI(0);
            }
        }
        t.removeRow(t.getRows().size() - 1);
        return new RowPrototype(copy, runs);
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

    /**
     * Appends a row with these values (null empty, dates dd/MM/yyyy, a Span its own weight). The row goes
     * straight into the table's XML, so {@code t.getRows()} does not list it: nothing may look rows up
     * through POI after the rows are added.
     */
    void add(XWPFTable t, List<?> values) {
        CTRow tr = t.getCTTbl().addNewTr();
        tr.set(row);
        for (int c = 0; c < tr.sizeOfTcArray(); c++) {
            Object v = c < values.size() ? values.get(c) : null;
            Span s = v instanceof Span span ? span : Span.plain(DocTable.text(v));
            CTP p = tr.getTcArray(c).getPArray(0);
            CTR r = p.addNewR();
            r.set(runs[(s.bold() ? 1 : 0) + (s.italic() ? 2 : 0)]);
            String[] lines = Punctuation.keepNumbersWithWords(s.text()).split("\\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    r.addNewBr();
                }
                CTText text = r.addNewT();
                text.setStringValue(lines[i]);
                text.setSpace(SpaceAttribute.Space.PRESERVE);
            }
        }
    }
}
