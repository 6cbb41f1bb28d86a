package vn.dienhinh.report;

import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import vn.dienhinh.util.Messages;

/**
 * "Kính gửi:" under the title of a tờ trình or a letter: one recipient on a centred line, or several one
 * under another, "- …;" and the last "- … .", the block centred on the page.
 */
final class AddressBlock {

    private static final double SIZE = OfficialDocument.BODY_SIZE;

    private AddressBlock() {
    }

    /** "Kính gửi: …." centred. */
    static void write(XWPFDocument doc, String recipient) {
        XWPFParagraph p = Docx.format(doc.createParagraph(), ParagraphAlignment.CENTER, 0, 12);
        Docx.run(p, Messages.get("report.addressedTo", Punctuation.stripEnd(recipient) + "."), SIZE, false, false);
    }

    /** Several recipients under "Kính gửi:", the lead hanging; one is {@link #write(XWPFDocument, String)}. */
    static void write(XWPFDocument doc, List<String> recipients, int textWidth) {
        if (recipients.size() == 1) {
            write(doc, recipients.get(0));
            return;
        }
        String lead = Messages.get("report.addressedTo", "");
        int leadWidth = TimesMetrics.width(lead, SIZE, false);
        List<String> lines = Punctuation.semicolonsThenPeriod(recipients.stream()
                .map(r -> "- " + Punctuation.stripEnd(r)).toList());
        int widest = lines.stream().mapToInt(l -> TimesMetrics.width(l, SIZE, false)).max().orElse(0);
        int left = Math.max(0, (textWidth - leadWidth - widest) / 2);
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = Docx.format(doc.createParagraph(), ParagraphAlignment.LEFT, 0,
                    i == lines.size() - 1 ? 12 : 0);
            p.setIndentationLeft(left + leadWidth);
            if (i == 0) {
                p.setIndentationHanging(leadWidth);
            }
            p.setKeepNext(i < lines.size() - 1);
            Docx.run(p, (i == 0 ? lead : "") + lines.get(i), SIZE, false, false);
        }
    }
}
