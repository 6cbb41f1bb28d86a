package vn.dienhinh.report;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

/**
 * Document defaults: Times New Roman 14 for every script, Vietnamese as the proofing language,
 * no paragraph spacing. Every run also carries its own font, so nothing depends on these alone.
 */
final class Styles {

    private Styles() {
    }

    static void defaults(XWPFDocument doc) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = styles.addNewDocDefaults();
        CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
        Docx.fonts(rpr.addNewRFonts());
        BigInteger size = BigInteger.valueOf(Math.round(OfficialDocument.BODY_SIZE * 2));
        rpr.addNewSz().setVal(size);
        rpr.addNewSzCs().setVal(size);
        rpr.addNewLang().setVal("vi-VN");
        CTPPrGeneral ppr = defaults.addNewPPrDefault().addNewPPr();
        CTSpacing spacing = ppr.addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(240));
        spacing.setLineRule(STLineSpacingRule.AUTO);
        doc.createStyles().setStyles(styles);
    }
}
