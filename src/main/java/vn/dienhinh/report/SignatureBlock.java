package vn.dienhinh.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.VietnameseText;

/**
 * The foot of the document as a borderless two-column table kept on one page: "Nơi nhận:" and its
 * list on the left, the signature block on the right; or two signers side by side, or one signer alone on
 * the right; and the body's last lines kept with it, so that it never stands alone on a page.
 */
final class SignatureBlock {

    static final double RECIPIENTS_TITLE_SIZE = 12;
    static final double RECIPIENT_SIZE = 11;
    static final double AUTHORITY_SIZE = 14;
    static final double NAME_SIZE = 14;
    /** Room for the handwritten signature and the seal. */
    static final double SIGNING_SPACE_PT = 72;

    private SignatureBlock() {
    }

    static void write(XWPFDocument doc, OfficeProfile profile, List<String> recipients, int textWidth) {
        int left = (int) Math.round(textWidth * 0.45);
        XWPFTable t = doc.createTable(1, 2);
        Docx.borderless(t, left, textWidth - left);
        t.getRow(0).setCantSplitRow(true);
        writeRecipients(t.getRow(0).getCell(0), recipients);
        writeSigner(t.getRow(0).getCell(1), profile);
    }

    /** Two signers side by side, each an upper-case title, room to sign and a name (may be blank). */
    static void writePair(XWPFDocument doc, String leftTitle, String leftName, String rightTitle, String rightName,
                          int textWidth) {
        int half = textWidth / 2;
        XWPFTable t = doc.createTable(1, 2);
        Docx.borderless(t, half, textWidth - half);
        t.getRow(0).setCantSplitRow(true);
        writeTitled(t.getRow(0).getCell(0), leftTitle, leftName);
        writeTitled(t.getRow(0).getCell(1), rightTitle, rightName);
    }

    /**
     * A signature on the right half with nothing on the left: the date line in italics, the upper-case title
     * lines, a note such as "(Ký tên, đóng dấu)" in italics, and room to sign.
     */
    static void writeAlone(XWPFDocument doc, String dateLine, List<String> titleLines, String note, int textWidth) {
        int right = (int) Math.round(textWidth * 0.58);
        XWPFTable t = doc.createTable(1, 2);
        Docx.borderless(t, textWidth - right, right);
        t.getRow(0).setCantSplitRow(true);
        XWPFTableCell cell = t.getRow(0).getCell(1);
        XWPFParagraph p = Docx.format(Docx.firstParagraph(cell), ParagraphAlignment.CENTER, 0, 0);
        Docx.run(p, dateLine, HeaderBlock.DATE_SIZE, false, true);
        for (String line : titleLines) {
            p = Docx.format(cell.addParagraph(), ParagraphAlignment.CENTER, 0, 0);
            Docx.run(p, VietnameseText.upper(VietnameseText.clean(line)), AUTHORITY_SIZE, true, false);
        }
        if (note != null && !note.isBlank()) {
            p = Docx.format(cell.addParagraph(), ParagraphAlignment.CENTER, 0, 0);
            Docx.run(p, note, AUTHORITY_SIZE, false, true);
        }
        Docx.format(cell.addParagraph(), ParagraphAlignment.CENTER, SIGNING_SPACE_PT, 0);
    }

    /**
     * The blank line before the signature, kept with it and with the body's last paragraph: a signature
     * block that does not fit takes that paragraph along to the next page instead of standing alone.
     */
    static void keepWithBody(SplicedDocument doc) {
        List<IBodyElement> body = doc.getBodyElements();
        int last = body.size() - 1;
        if (last >= 0 && body.get(last) instanceof XWPFParagraph p) {
            p.setKeepNext(true);
            if (p.getText().isBlank() && last > 0 && body.get(last - 1) instanceof XWPFTable table) {
                // a list ends the body: its last row goes along with the signature, which never stands alone
                doc.keepLastRowWithNext(table);
            }
        }
        Docx.format(doc.createParagraph(), ParagraphAlignment.LEFT, 0, 0).setKeepNext(true);
    }

    /** The title in capitals; a second line ("(Ký, đóng dấu)") under it in italics, as the forms print it. */
    private static void writeTitled(XWPFTableCell cell, String title, String name) {
        String[] lines = title.split("\n");
        XWPFParagraph p = Docx.format(Docx.firstParagraph(cell), ParagraphAlignment.CENTER, 0, 0);
        Docx.run(p, upper(lines[0]), AUTHORITY_SIZE, true, false);
        for (int i = 1; i < lines.length; i++) {
            p = Docx.format(cell.addParagraph(), ParagraphAlignment.CENTER, 0, 0);
            Docx.run(p, lines[i], AUTHORITY_SIZE, false, true);
        }
        p = Docx.format(cell.addParagraph(), ParagraphAlignment.CENTER, SIGNING_SPACE_PT, 0);
        Docx.run(p, name == null ? "" : VietnameseText.clean(name), NAME_SIZE, true, false);
    }

    private static void writeRecipients(XWPFTableCell cell, List<String> recipients) {
        XWPFParagraph p = Docx.format(Docx.firstParagraph(cell), ParagraphAlignment.LEFT, 0, 0);
        Docx.run(p, Messages.get("report.recipients"), RECIPIENTS_TITLE_SIZE, true, true);
        for (String line : recipientLines(recipients)) {
            p = Docx.format(cell.addParagraph(), ParagraphAlignment.LEFT, 0, 0);
            Docx.markSize(p, RECIPIENT_SIZE);
            Docx.run(p, line, RECIPIENT_SIZE, false, false);
        }
    }

    /** "- …;" lines, the last one "- Lưu: VT, ….", which is added when missing. */
    static List<String> recipientLines(List<String> recipients) {
        List<String> lines = new ArrayList<>();
        String archive = null;
        for (String r : recipients) {
            String c = Punctuation.stripEnd(r).replaceFirst("^[-–—+•*]\\s*", "");
            if (c.isEmpty()) {
                continue;
            }
            if (VietnameseText.fold(c).startsWith(VietnameseText.fold(Messages.get("report.archivePrefix")))) {
                archive = c;
            } else {
                lines.add(c);
            }
        }
        lines.add(archive == null ? Messages.get("report.archiveDefault") : archive);
        List<String> out = new ArrayList<>();
        for (String line : Punctuation.semicolonsThenPeriod(lines)) {
            out.add(Punctuation.dashed(line));
        }
        return out;
    }

    private static void writeSigner(XWPFTableCell cell, OfficeProfile profile) {
        XWPFParagraph p = Docx.firstParagraph(cell);
        boolean first = true;
        for (String line : authorityLines(profile)) {
            if (!first) {
                p = cell.addParagraph();
            }
            first = false;
            Docx.format(p, ParagraphAlignment.CENTER, 0, 0);
            Docx.run(p, line, AUTHORITY_SIZE, true, false);
        }
        p = Docx.format(cell.addParagraph(), ParagraphAlignment.CENTER, SIGNING_SPACE_PT, 0);
        Docx.run(p, VietnameseText.clean(profile.signerName()), NAME_SIZE, true, false);
    }

    /**
     * The upper-case lines above the signature: "TM. ỦY BAN NHÂN DÂN" when signing for a collective,
     * then "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH", "Q. CHỦ TỊCH", "TL. …", "TUQ. …" or just the title.
     */
    static List<String> authorityLines(OfficeProfile profile) {
        List<String> lines = new ArrayList<>();
        if (!profile.onBehalfOf().isBlank()) {
            lines.add(Messages.get("report.onBehalfOf", upper(profile.onBehalfOf())));
        }
        String title = upper(profile.signerTitle());
        String principal = profile.principalTitle().isBlank() ? title : upper(profile.principalTitle());
        switch (profile.authority()) {
            case OWN:
                lines.add(title);
                break;
            case ACTING:
                lines.add(Messages.get("report.authority.ACTING", principal));
                break;
            default:
                lines.add(Messages.get("report.authority." + profile.authority().name(), principal));
                lines.add(title);
                break;
        }
        lines.removeIf(String::isEmpty);
        return lines;
    }

    private static String upper(String s) {
        return VietnameseText.upper(VietnameseText.clean(s));
    }
}
