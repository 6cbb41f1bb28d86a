package vn.dienhinh.report;

import static vn.dienhinh.report.Docx.mm;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.VietnameseText;

/**
 * The top of page 1 as a borderless two-column table: on the left the parent body, the agency with
 * a short rule and "Số: …"; on the right the national name, the motto with a rule as long as the
 * motto, and the place and date in italics. Số and the date sit in a second row so they line up. Under it
 * the title: the kind of document and its subject.
 */
final class HeaderBlock {

    static final double AGENCY_SIZE = 13;
    /** The smallest the names may be set in (see {@link #agencySize}). */
    static final double AGENCY_SMALL = 12;
    static final double NATION_SIZE = 13;
    static final double MOTTO_SIZE = 14;
    static final double NUMBER_SIZE = 13;
    static final double DATE_SIZE = 14;
    static final double SUBJECT_SIZE = 12;
    /** The agency's rule is 1/3 to 1/2 of the name's length (Nghị định 30); 0.4 sits in between. */
    private static final double AGENCY_RULE_SHARE = 0.4;
    /** The subject's rule is 1/3 to 1/2 of its longest line (Nghị định 30). */
    private static final double SUBJECT_RULE_SHARE = 0.4;
    private static final int CELL_MARGIN = mm(1);
    /** Room left beyond a measured line when a column is widened for it: half a millimetre. */
    private static final int SPARE = mm(0.5);

    private HeaderBlock() {
    }

    static void write(XWPFDocument doc, OfficeProfile profile, String numberLine, String placeAndDate,
                      int textWidth) {
        write(doc, profile, numberLine, null, placeAndDate, textWidth);
    }

    /**
     * The same with a công văn's trích yếu ("V/v …") under the number: 12 pt upright, centred, 6 pt
     * below the number (Nghị định 30, Phụ lục I).
     */
    static void write(XWPFDocument doc, OfficeProfile profile, String numberLine, String subjectLine,
                      String placeAndDate, int textWidth) {
        int left = leftWidth(profile, placeAndDate, textWidth);
        int right = textWidth - left;
        XWPFTable t = doc.createTable(2, 2);
        Docx.borderless(t, left, right);
        writeAgency(t.getRow(0).getCell(0), profile, left - 2 * CELL_MARGIN);
        writeNation(t.getRow(0).getCell(1), right - 2 * CELL_MARGIN);
        line(Docx.firstParagraph(t.getRow(1).getCell(0)), numberLine, NUMBER_SIZE, false);
        if (subjectLine != null && !subjectLine.isBlank()) {
            String fitted = NameLines.fit(subjectLine.strip(), SUBJECT_SIZE, false, left - 2 * CELL_MARGIN);
            line(t.getRow(1).getCell(0).addParagraph(), fitted, SUBJECT_SIZE, false);
        }
        line(Docx.firstParagraph(t.getRow(1).getCell(1)), placeAndDate, DATE_SIZE, true);
    }

    /**
     * Under the header: the kind ("BÁO CÁO") upper case bold and centred, the subject bold and centred below it ("\n"
     * breaks its lines), and when {@code rule} a short line under the subject.
     */
    static void writeTitle(XWPFDocument doc, String kindTitle, String subject, boolean rule, int textWidth) {
        XWPFParagraph p = Docx.format(doc.createParagraph(), ParagraphAlignment.CENTER, 18, 0);
        p.setKeepNext(true);
        Docx.run(p, VietnameseText.upper(kindTitle.strip()), OfficialDocument.TITLE_SIZE, true, false);
        String s = subject == null ? "" : subject.strip();
        if (!s.isEmpty()) {
            p = Docx.format(doc.createParagraph(), ParagraphAlignment.CENTER, 0, 0);
            p.setKeepNext(true);
            Docx.run(p, s, OfficialDocument.TITLE_SIZE, true, false);
        }
        if (rule) {
            int width = Math.min(longestLine(s.isEmpty() ? kindTitle : s, OfficialDocument.TITLE_SIZE), textWidth);
            Docx.rule(doc.createParagraph(), (int) Math.round(width * SUBJECT_RULE_SHARE), textWidth);
        }
        Docx.format(doc.createParagraph(), ParagraphAlignment.CENTER, 0, OfficialDocument.AFTER_PT);
    }

    /**
     * The left column: 39.4% of the text width, or a little more when the parent's or the agency's name
     * would take a line more there than it needs ("ỦY BAN NHÂN DÂN / PHƯỜNG / NGUYỄN THÁI BÌNH"), as long as
     * the national name and the place and date keep their one line on the right (the date when it had one).
     */
    private static int leftWidth(OfficeProfile profile, String placeAndDate, int textWidth) {
        int left = (int) Math.round(textWidth * 0.394);
        int date = TimesMetrics.width(placeAndDate == null ? "" : placeAndDate, DATE_SIZE, false);
        // a date line that does not fit the usual column anyway does not hold the left one back
        int rightNeeds = Math.max(TimesMetrics.width(VietnameseText.upper(Messages.get("report.nation")), NATION_SIZE, true),
                date <= textWidth - left - 2 * CELL_MARGIN ? date : 0) + 2 * CELL_MARGIN + SPARE;
        int most = textWidth - rightNeeds - 2 * CELL_MARGIN - SPARE;
        int inner = left - 2 * CELL_MARGIN;
        if (most <= inner) {
            return left;
        }
        int need = Math.max(
                NameLines.widthFor(VietnameseText.upper(profile.parentAgency().strip()), AGENCY_SIZE, false, inner, most),
                NameLines.widthFor(VietnameseText.upper(profile.agency().strip()), AGENCY_SIZE, true, inner, most));
        return need <= inner ? left : Math.min(need + SPARE, most) + 2 * CELL_MARGIN;
    }

    private static void writeAgency(XWPFTableCell cell, OfficeProfile profile, int inner) {
        String parentName = VietnameseText.upper(profile.parentAgency().strip());
        String agencyName = VietnameseText.upper(profile.agency().strip());
        double size = agencySize(parentName, agencyName, inner);
        XWPFParagraph p = Docx.firstParagraph(cell);
        String parent = NameLines.fit(parentName, size, false, inner);
        if (!parent.isEmpty()) {
            Docx.format(p, ParagraphAlignment.CENTER, 0, 0);
            Docx.run(p, parent, size, false, false);
            p = cell.addParagraph();
        }
        String agency = NameLines.fit(agencyName, size, true, inner);
        Docx.format(p, ParagraphAlignment.CENTER, 0, 0);
        Docx.run(p, agency, size, true, false);
        int nameWidth = Math.min(longestLine(agency, size), inner);
        Docx.rule(cell.addParagraph(), (int) Math.round(nameWidth * AGENCY_RULE_SHARE), inner);
    }

    /**
     * The names' size: 13 points, or 12 when that saves either a line (Nghị định 30/2020/NĐ-CP, Phụ lục I sets the
     * issuer's and its parent's names in 12 to 13 points): "ỦY BAN NHÂN DÂN PHƯỜNG / NGUYỄN THÁI BÌNH" rather
     * than "ỦY BAN NHÂN DÂN / PHƯỜNG / NGUYỄN THÁI BÌNH" when the date beside it leaves no room to widen.
     */
    private static double agencySize(String parent, String agency, int inner) {
        boolean smallerSaves = NameLines.lines(NameLines.fit(agency, AGENCY_SMALL, true, inner))
                < NameLines.lines(NameLines.fit(agency, AGENCY_SIZE, true, inner))
                || NameLines.lines(NameLines.fit(parent, AGENCY_SMALL, false, inner))
                < NameLines.lines(NameLines.fit(parent, AGENCY_SIZE, false, inner));
        return smallerSaves ? AGENCY_SMALL : AGENCY_SIZE;
    }

    private static void writeNation(XWPFTableCell cell, int inner) {
        XWPFParagraph p = Docx.format(Docx.firstParagraph(cell), ParagraphAlignment.CENTER, 0, 0);
        Docx.run(p, VietnameseText.upper(Messages.get("report.nation")), NATION_SIZE, true, false);
        String motto = Messages.get("report.motto");
        p = Docx.format(cell.addParagraph(), ParagraphAlignment.CENTER, 0, 0);
        Docx.run(p, motto, MOTTO_SIZE, true, false);
        Docx.rule(cell.addParagraph(), Math.min(TimesMetrics.width(motto, MOTTO_SIZE, true), inner), inner);
    }

    private static void line(XWPFParagraph p, String text, double size, boolean italic) {
        Docx.format(p, ParagraphAlignment.CENTER, 6, 0);
        Docx.run(p, text, size, false, italic);
    }

    static int longestLine(String text, double size) {
        int widest = 0;
        for (String line : text.split("\n")) {
            widest = Math.max(widest, TimesMetrics.width(line, size, true));
        }
        return widest;
    }
}
