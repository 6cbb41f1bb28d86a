package vn.dienhinh.report;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/** Small WordprocessingML helpers shared by the parts of an official document. */
final class Docx {

    static final String FONT = "Times New Roman";
    /** 1.27 cm, the usual first-line indent of body paragraphs. */
    static final int FIRST_LINE_INDENT = mm(12.7);
    /** Height of the empty paragraph carrying a rule: the gap between the text and the line. */
    static final double RULE_GAP_PT = 4;

    private Docx() {
    }

    /** Millimetres to twentieths of a point. */
    static int mm(double millimetres) {
        return (int) Math.round(millimetres * 1440 / 25.4);
    }

    /** Points to twentieths of a point. */
    static int pt(double points) {
        return (int) Math.round(points * 20);
    }

    /** Times New Roman for every script, so Word and LibreOffice agree on the font. */
    static void fonts(CTFonts f) {
        f.setAscii(FONT);
        f.setHAnsi(FONT);
        f.setCs(FONT);
        f.setEastAsia(FONT);
    }

    /** A run of text in Times New Roman (none when null); line breaks in {@code text} become breaks. */
    static XWPFRun run(XWPFParagraph p, String text, double size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        CTRPr pr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        fonts(pr.sizeOfRFontsArray() > 0 ? pr.getRFontsArray(0) : pr.addNewRFonts());
        r.setFontSize(size);
        r.setComplexScriptFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        if (text == null) {
            return r;
        }
        String[] lines = Punctuation.keepNumbersWithWords(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i], i);
        }
        return r;
    }

    /** Alignment, spacing before and after (points) and single line spacing, no indent. */
    static XWPFParagraph format(XWPFParagraph p, ParagraphAlignment align, double beforePt, double afterPt) {
        p.setAlignment(align);
        p.setSpacingBefore(pt(beforePt));
        p.setSpacingAfter(pt(afterPt));
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        markSize(p, 13);
        return p;
    }

    /**
     * The paragraph a document must have after a table that ends it, one point high: a full-height
     * empty line there is pushed onto a page of its own when the table fills the last page.
     */
    static XWPFParagraph endAfterTable(XWPFDocument doc) {
        XWPFParagraph p = format(doc.createParagraph(), ParagraphAlignment.LEFT, 0, 0);
        p.setSpacingBetween(1, LineSpacingRule.EXACT); // points
        markSize(p, 1);
        return p;
    }

    /** The size of the paragraph mark: sets the height of an empty paragraph. */
    static void markSize(XWPFParagraph p, double size) {
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTParaRPr rpr = ppr.isSetRPr() ? ppr.getRPr() : ppr.addNewRPr();
        if (rpr.sizeOfRFontsArray() == 0) {
            fonts(rpr.addNewRFonts());
        }
        BigInteger halfPoints = BigInteger.valueOf(Math.round(size * 2));
        (rpr.sizeOfSzArray() > 0 ? rpr.getSzArray(0) : rpr.addNewSz()).setVal(halfPoints);
        (rpr.sizeOfSzCsArray() > 0 ? rpr.getSzCsArray(0) : rpr.addNewSzCs()).setVal(halfPoints);
    }

    /**
     * Makes {@code p} an empty, 4-point-high paragraph whose bottom border is a centred horizontal
     * rule {@code ruleWidth} long, inside a space {@code available} wide (both in twips).
     */
    static void rule(XWPFParagraph p, int ruleWidth, int available) {
        format(p, ParagraphAlignment.CENTER, 0, 0);
        int side = Math.max(0, (available - ruleWidth) / 2);
        p.setIndentationLeft(side);
        p.setIndentationRight(side);
        p.setSpacingBetween(RULE_GAP_PT, LineSpacingRule.EXACT);
        markSize(p, 1);
        CTPPr ppr = p.getCTP().getPPr();
        CTBorder b = (ppr.isSetPBdr() ? ppr.getPBdr() : ppr.addNewPBdr()).addNewBottom();
        b.setVal(STBorder.SINGLE);
        b.setSz(BigInteger.valueOf(6));
        b.setSpace(BigInteger.ZERO);
        b.setColor("auto");
    }

    /** Fixed layout, the given column widths (twips), no borders at all. */
    static void borderless(XWPFTable t, int... widths) {
        t.removeBorders();
        widths(t, widths);
        t.setCellMargins(0, mm(1), 0, mm(1));
    }

    /** Fixed layout with these column widths in twips, on the grid and on every cell. */
    static void widths(XWPFTable t, int... widths) {
        CTTblPr pr = t.getCTTbl().getTblPr() == null ? t.getCTTbl().addNewTblPr() : t.getCTTbl().getTblPr();
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        t.setWidthType(TableWidthType.DXA);
        t.setWidth(String.valueOf(total));
        CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (var row : t.getRows()) {
            for (int c = 0; c < row.getTableCells().size() && c < widths.length; c++) {
                width(row.getCell(c), widths[c]);
            }
        }
    }

    static void width(XWPFTableCell cell, int twips) {
        cell.setWidthType(TableWidthType.DXA);
        cell.setWidth(String.valueOf(twips));
    }

    /** The cell's single first paragraph, emptied, for the caller to fill. */
    static XWPFParagraph firstParagraph(XWPFTableCell cell) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        while (!p.getRuns().isEmpty()) {
            p.removeRun(0);
        }
        return p;
    }
}
