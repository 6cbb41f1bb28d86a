package vn.dienhinh.report;

import static vn.dienhinh.report.Docx.mm;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;

/**
 * A4 pages with the margins of Nghị định 30 (top and bottom 20 mm, left 30 mm, right 15 mm), and the
 * page number centred at the top of every page but the first.
 */
final class PageLayout {

    static final int A4_SHORT = 11906;
    static final int A4_LONG = 16838;
    static final int TOP = mm(20);
    static final int BOTTOM = mm(20);
    static final int LEFT = mm(30);
    static final int RIGHT = mm(15);
    static final int HEADER_DISTANCE = mm(10);
    static final double PAGE_NUMBER_SIZE = 13;

    private PageLayout() {
    }

    /** Width between the margins, in twips. */
    static int textWidth(boolean landscape) {
        return (landscape ? A4_LONG : A4_SHORT) - LEFT - RIGHT;
    }

    static CTSectPr bodySection(XWPFDocument doc) {
        var body = doc.getDocument().getBody();
        return body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    }

    /** Page size, orientation and margins of one section. */
    static void apply(CTSectPr s, boolean landscape) {
        CTPageSz size = s.isSetPgSz() ? s.getPgSz() : s.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar m = s.isSetPgMar() ? s.getPgMar() : s.addNewPgMar();
        m.setTop(BigInteger.valueOf(TOP));
        m.setBottom(BigInteger.valueOf(BOTTOM));
        m.setLeft(BigInteger.valueOf(LEFT));
        m.setRight(BigInteger.valueOf(RIGHT));
        m.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
        m.setFooter(BigInteger.valueOf(HEADER_DISTANCE));
        m.setGutter(BigInteger.ZERO);
    }

    /** An empty header on the first page (titlePg) and a centred PAGE field on all later pages. */
    static void pageNumbers(XWPFDocument doc) {
        XWPFHeader first = doc.createHeader(HeaderFooterType.FIRST);
        Docx.format(first.createParagraph(), ParagraphAlignment.CENTER, 0, 0);
        XWPFHeader rest = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = Docx.format(rest.createParagraph(), ParagraphAlignment.CENTER, 0, 0);
        field(p, "PAGE", "2");
    }

    /** A complex field ({@code fldChar} begin, instruction, separate, cached result, end). */
    static void field(XWPFParagraph p, String instruction, String cached) {
        fieldChar(p, STFldCharType.BEGIN);
        XWPFRun code = Docx.run(p, null, PAGE_NUMBER_SIZE, false, false);
        CTText text = code.getCTR().addNewInstrText();
        text.setStringValue(" " + instruction + " ");
        text.setSpace(SpaceAttribute.Space.PRESERVE);
        fieldChar(p, STFldCharType.SEPARATE);
        Docx.run(p, cached, PAGE_NUMBER_SIZE, false, false);
        fieldChar(p, STFldCharType.END);
    }

    private static void fieldChar(XWPFParagraph p, STFldCharType.Enum type) {
        Docx.run(p, null, PAGE_NUMBER_SIZE, false, false).getCTR().addNewFldChar().setFldCharType(type);
    }

    /**
     * Ends the current section at {@code p} and starts a new one on a new page, in the given
     * orientation. The ended section keeps the page-number headers and the blank first page; later
     * sections number every page.
     */
    static void breakSection(XWPFDocument doc, XWPFParagraph p, boolean nextLandscape) {
        CTSectPr body = bodySection(doc);
        var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        ppr.setSectPr((CTSectPr) body.copy());
        if (body.isSetTitlePg()) {
            body.unsetTitlePg();
        }
        (body.isSetType() ? body.getType() : body.addNewType()).setVal(STSectionMark.NEXT_PAGE);
        apply(body, nextLandscape);
    }
}
