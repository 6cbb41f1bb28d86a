package vn.dienhinh.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Walks a read-back document for assertions. */
public final class DocxReading {

    private DocxReading() {
    }

    /** Every paragraph of the body, tables included, in reading order. */
    public static List<XWPFParagraph> paragraphs(IBody body) {
        List<XWPFParagraph> out = new ArrayList<>();
        for (IBodyElement e : body.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                out.add(p);
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        out.addAll(paragraphs(cell));
                    }
                }
            }
        }
        return out;
    }

    public static List<XWPFRun> runs(IBody body) {
        List<XWPFRun> out = new ArrayList<>();
        for (XWPFParagraph p : paragraphs(body)) {
            out.addAll(p.getRuns());
        }
        return out;
    }

    /** Text of the paragraph with line breaks as spaces. */
    public static String text(XWPFParagraph p) {
        return p.getText().replace('\n', ' ').replace(Punctuation.NO_BREAK, ' ');
    }

    /** Text of a table cell, no-break spaces read as spaces. */
    public static String text(XWPFTableCell cell) {
        return cell.getText().replace(Punctuation.NO_BREAK, ' ');
    }

    /** The paragraph whose text is exactly {@code text}. */
    public static XWPFParagraph find(IBody body, String text) {
        return paragraphs(body).stream().filter(p -> text(p).equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + text));
    }

    public static XWPFRun firstRun(XWPFParagraph p) {
        return p.getRuns().stream().filter(r -> !r.text().isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("no text in " + p.getText()));
    }

    public static boolean hasBottomRule(XWPFParagraph p) {
        var ppr = p.getCTP().getPPr();
        return ppr != null && ppr.isSetPBdr() && ppr.getPBdr().isSetBottom() && p.getText().isEmpty();
    }
}
