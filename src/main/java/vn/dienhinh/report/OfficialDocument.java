package vn.dienhinh.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.util.VietnameseText;

/**
 * The one builder of official documents (báo cáo, kế hoạch, tờ trình, …) in the layout of Nghị định
 * 30/2020/NĐ-CP, Phụ lục I: A4, Times New Roman, the two-column header, title and subject, legal bases,
 * numbered sections, tables, "Nơi nhận" and the signature. It keeps the page and the body's numbering and
 * writes the body itself; the letterhead and title are {@link HeaderBlock}'s, "Kính gửi" {@link AddressBlock}'s,
 * Nơi nhận and the signature {@link SignatureBlock}'s. Call the parts in reading order:
 * <pre>
 * try (OfficialDocument d = new OfficialDocument(profile)) {
 *     d.header(DocumentKind.REPORT, 7, date).title(DocumentKind.REPORT, "Kết quả …")
 *      .bases(List.of("Căn cứ …", "Thực hiện …")).section("Kết quả").paragraph("…")
 *      .signature().save(path);
 * }
 * </pre>
 */
public final class OfficialDocument implements AutoCloseable {

    static final double BODY_SIZE = 14;
    static final double TITLE_SIZE = 14;
    /** Body line spacing, a multiple of single. */
    static final double LINE_SPACING = 1.15;
    static final double AFTER_PT = 6;
    /** Longer numbered lines of typed text are paragraphs that start with a number, not headings. */
    private static final int PROSE_HEADING_MAX = 110;

    private final SplicedDocument doc = new SplicedDocument();
    private final OfficeProfile profile;
    private final Numbering numbering = new Numbering();
    private boolean landscape;

    public OfficialDocument(OfficeProfile profile) {
        this(profile, false);
    }

    /** A document whose pages are landscape from the first (wide lists such as the bản trích ngang). */
    public OfficialDocument(OfficeProfile profile, boolean landscapePages) {
        this.profile = profile;
        Styles.defaults(doc);
        PageLayout.apply(PageLayout.bodySection(doc), landscapePages);
        PageLayout.pageNumbers(doc);
        landscape = landscapePages;
    }

    /** Header with "Số: 07/BC-UBND" (number null: left blank for the clerk) and "Quận 1, ngày … ". */
    public OfficialDocument header(DocumentKind kind, Integer number, LocalDate date) {
        return header(kind.abbreviation(), number, VnDates.placeAndDate(profile.place(), date));
    }

    /** Header with the number and date the officer chose. */
    public OfficialDocument header(DocumentKind kind, DocumentMeta meta) {
        return header(kind.abbreviation(), meta.number(), meta.placeAndDate(profile.place()));
    }

    /** Header with any kind abbreviation and a ready date line (see {@link VnDates#placeAndMonth}). */
    public OfficialDocument header(String kindAbbreviation, Integer number, String placeAndDate) {
        HeaderBlock.write(doc, profile, DocumentNumber.format(number, kindAbbreviation, profile.symbol()),
                placeAndDate, textWidth());
        return this;
    }

    /**
     * A công văn's header: "Số: 15/UBND-NV" (a letter has no kind: the agency's symbol, then the drafting
     * unit's when the profile has one, as Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II, khoản 3 writes
     * it) with its trích yếu "V/v …" under it, and the place and date.
     */
    public OfficialDocument letterHeader(DocumentMeta meta, String subjectLine) {
        HeaderBlock.write(doc, profile, DocumentNumber.format(meta.number(), "", profile.letterSymbol()), subjectLine,
                meta.placeAndDate(profile.place()), textWidth());
        Docx.format(doc.createParagraph(), ParagraphAlignment.CENTER, 0, AFTER_PT);
        return this;
    }

    /** Header with no number line: a paper the issuer does not number (a nominee's báo cáo thành tích). */
    public OfficialDocument unnumberedHeader(LocalDate date) {
        HeaderBlock.write(doc, profile, "", VnDates.placeAndDate(profile.place(), date), textWidth());
        return this;
    }

    /** A centred bold heading in upper case, e.g. the part of a letter the addressee fills in. */
    public OfficialDocument centredHeading(String text) {
        XWPFParagraph p = Docx.format(doc.createParagraph(), ParagraphAlignment.CENTER, 12, AFTER_PT);
        p.setKeepNext(true);
        Docx.run(p, VietnameseText.upper(VietnameseText.clean(text)), BODY_SIZE, true, false);
        return this;
    }

    /** A body paragraph kept on the page of the one after it (a part that must not be split from what follows). */
    public OfficialDocument paragraphKeptWithNext(String text) {
        body(VietnameseText.clean(text), false, false).setKeepNext(true);
        return this;
    }

    /** {@code count} lines of dots across the text width, for the addressee to write on by hand. */
    public OfficialDocument dottedLines(int count) {
        String dots = ".".repeat(Math.max(10, (int) (textWidth() / (double) TimesMetrics.width(".", BODY_SIZE, false))));
        for (int i = 0; i < count; i++) {
            XWPFParagraph p = Docx.format(doc.createParagraph(), ParagraphAlignment.LEFT, 0, 0);
            p.setSpacingBetween(1.5, LineSpacingRule.AUTO);
            p.setKeepNext(true);
            Docx.markSize(p, BODY_SIZE);
            Docx.run(p, dots.substring(0, dots.length() - 2), BODY_SIZE, false, false);
        }
        return this;
    }

    /**
     * A signature on the right half with nothing on the left: the date line in italics, the upper-case title
     * lines, a note such as "(Ký tên, đóng dấu)" in italics, and room to sign; kept on one page.
     */
    public OfficialDocument signatureAlone(String dateLine, List<String> titleLines, String note) {
        SignatureBlock.keepWithBody(doc);
        SignatureBlock.writeAlone(doc, dateLine, titleLines, note, textWidth());
        Docx.endAfterTable(doc);
        return this;
    }

    public OfficialDocument title(DocumentKind kind, String subject) {
        return title(kind.title(), subject, true);
    }

    /**
     * The kind ("BÁO CÁO") upper case bold and centred, the subject bold and centred below it ("\n"
     * breaks its lines), and when {@code rule} a short line under the subject.
     */
    public OfficialDocument title(String kindTitle, String subject, boolean rule) {
        HeaderBlock.writeTitle(doc, kindTitle, subject, rule, textWidth());
        return this;
    }

    /** "Kính gửi: …" centred under the title, as a tờ trình or a letter has it. */
    public OfficialDocument addressedTo(String recipient) {
        AddressBlock.write(doc, recipient);
        return this;
    }

    /**
     * "Kính gửi:" and several recipients, one under another, each "- …;" and the last "- … .", the
     * block centred on the page as a letter has it; one recipient is {@link #addressedTo(String)}.
     */
    public OfficialDocument addressedTo(List<String> recipients) {
        AddressBlock.write(doc, recipients, textWidth());
        return this;
    }

    /** Legal bases in italics, each ending ";" and the last "." whatever the input had. */
    public OfficialDocument bases(List<String> lines) {
        for (String line : Punctuation.semicolonsThenPeriod(lines)) {
            body(line, false, true);
        }
        return this;
    }

    /** A body paragraph: 14 pt, justified, first line indented 1.27 cm; "\n" starts a new paragraph. */
    public OfficialDocument paragraph(String text) {
        for (String part : text.split("\n")) {
            if (!part.isBlank()) {
                body(VietnameseText.clean(part), false, false);
            }
        }
        return this;
    }

    /** A body paragraph of mixed runs, e.g. a bold lead-in followed by plain text. */
    public OfficialDocument paragraph(Span... spans) {
        XWPFParagraph p = body(null, false, false);
        for (Span s : spans) {
            // the space between two spans is kept ("Điều 1." then " Tặng …")
            String t = s.text();
            String lead = !t.isEmpty() && Character.isWhitespace(t.charAt(0)) ? " " : "";
            String tail = t.length() > 1 && Character.isWhitespace(t.charAt(t.length() - 1)) ? " " : "";
            String c = VietnameseText.clean(t);
            Docx.run(p, c.isEmpty() ? lead : lead + c + tail, BODY_SIZE, s.bold(), s.italic());
        }
        return this;
    }

    /**
     * Text the officer typed, line by line: "- …" and "+ …" become list items, a short line numbered
     * "1." or "3.1." a bold heading and one lettered "a)" an italic heading (their numbers kept as
     * typed), anything else a body paragraph.
     */
    public OfficialDocument prose(String text) {
        if (text == null) {
            return this;
        }
        for (String line : text.split("\\R")) {
            String l = VietnameseText.clean(line);
            if (l.isEmpty()) {
                continue;
            }
            if (l.matches("^[-–—•*](?!\\d).*")) {
                dash(l);
            } else if (l.startsWith("+")) {
                plus(l);
            } else if (l.length() <= PROSE_HEADING_MAX && l.matches("^\\d+(\\.\\d+)*\\.\\s+\\S.*")) {
                heading(l, true, false);
            } else if (l.length() <= PROSE_HEADING_MAX && l.matches("^[a-zđ]\\)\\s+\\S.*")) {
                heading(l, false, true);
            } else {
                body(l, false, false);
            }
        }
        return this;
    }

    /** A centred italic line, e.g. the caption of a chart or a note under a table. */
    public OfficialDocument caption(String text) {
        XWPFParagraph p = Docx.format(doc.createParagraph(), ParagraphAlignment.CENTER, 0, AFTER_PT);
        Docx.markSize(p, DocTable.CELL_SIZE);
        Docx.run(p, Punctuation.tidy(text), DocTable.CELL_SIZE, false, true);
        return this;
    }

    /** A clustered column chart across the text width: one group of columns per category. */
    public OfficialDocument chart(List<String> categories, List<ChartSeries> series) {
        DocChart.write(doc, categories, series, textWidth());
        return this;
    }

    /** The last paragraph of the body, ending "./." as Vietnamese documents do. */
    public OfficialDocument closing(String text) {
        body(Punctuation.closing(text), false, false);
        return this;
    }

    /** "I. MỤC ĐÍCH, YÊU CẦU": the next Roman numeral, upper case bold; restarts the numbers below it. */
    public OfficialDocument section(String title) {
        heading(numbering.section() + ". " + VietnameseText.upper(VietnameseText.clean(title)), true, false);
        return this;
    }

    /** "1. Mục đích": the next number within the section, bold. */
    public OfficialDocument subsection(String title) {
        heading(numbering.subsection() + ". " + VietnameseText.clean(title), true, false);
        return this;
    }

    /** "a) Nội dung": the next letter (a, b, c, d, đ, e, g …) within the subsection, italic. */
    public OfficialDocument point(String title) {
        heading(numbering.point() + ") " + VietnameseText.clean(title), false, true);
        return this;
    }

    /** "- …" item. */
    public OfficialDocument dash(String text) {
        body(Punctuation.dashed(VietnameseText.clean(text)), false, false);
        return this;
    }

    /** "+ …" item, one level under a dash. */
    public OfficialDocument plus(String text) {
        body("+ " + VietnameseText.clean(text).replaceFirst("^[-+•*]\\s*", ""), false, false);
        return this;
    }

    /**
     * A bordered table across the text width, its header row repeated on every page; the paragraph that
     * leads into it is kept on the page of its first rows.
     */
    public OfficialDocument table(List<TableColumn> columns, Iterable<? extends List<?>> rows) {
        List<XWPFParagraph> ps = doc.getParagraphs();
        if (!ps.isEmpty() && doc.getBodyElements().get(doc.getBodyElements().size() - 1) == ps.get(ps.size() - 1)) {
            ps.get(ps.size() - 1).setKeepNext(true);
        }
        DocTable.write(doc, columns, rows, textWidth());
        Docx.format(doc.createParagraph(), ParagraphAlignment.LEFT, 0, AFTER_PT);
        return this;
    }

    /** Starts a new page in landscape (true) or portrait, e.g. for a wide table. */
    public OfficialDocument newSection(boolean landscapePages) {
        XWPFParagraph p = Docx.format(doc.createParagraph(), ParagraphAlignment.LEFT, 0, 0);
        PageLayout.breakSection(doc, p, landscapePages);
        landscape = landscapePages;
        return this;
    }

    /**
     * An appendix after the signature, on a page of its own: "Phụ lục I" and its title bold and centred,
     * then "(Kèm theo Báo cáo số …)" in italics; the table or text that follows belongs to it.
     */
    public OfficialDocument appendix(String label, String title, String attachedTo, boolean landscapePages) {
        newSection(landscapePages);
        XWPFParagraph p = Docx.format(doc.createParagraph(), ParagraphAlignment.CENTER, 0, 0);
        p.setKeepNext(true);
        Docx.run(p, VietnameseText.upper(label), TITLE_SIZE, true, false);
        p = Docx.format(doc.createParagraph(), ParagraphAlignment.CENTER, 0, 0);
        p.setKeepNext(true);
        Docx.run(p, VietnameseText.clean(title), TITLE_SIZE, true, false);
        p = Docx.format(doc.createParagraph(), ParagraphAlignment.CENTER, 0, 12);
        p.setKeepNext(true);
        Docx.run(p, attachedTo, BODY_SIZE - 1, false, true);
        return this;
    }

    /**
     * "(Kèm theo Báo cáo số 07/BC-UBND ngày 05/12/2026 của Ủy ban nhân dân Quận 1)", the number and the
     * day left blank as the document leaves them.
     */
    public String attachedTo(DocumentKind kind, DocumentMeta meta) {
        return DocumentNumber.attachedTo(kind, meta, profile);
    }

    /** "Nơi nhận" from the office profile and the signature block. */
    public OfficialDocument signature() {
        return signature(profile.defaultRecipients());
    }

    /** "Nơi nhận" with these lines (a "Lưu: VT" line is added when missing) and the signature block. */
    public OfficialDocument signature(List<String> recipients) {
        SignatureBlock.keepWithBody(doc);
        SignatureBlock.write(doc, profile, recipients, textWidth());
        Docx.endAfterTable(doc);
        return this;
    }

    /**
     * Two signatures side by side instead of Nơi nhận and the office's signer: e.g. the head of the
     * unit certifying on the left, the person reporting on the right.
     */
    public OfficialDocument signatures(String leftTitle, String leftName, String rightTitle, String rightName) {
        SignatureBlock.keepWithBody(doc);
        SignatureBlock.writePair(doc, leftTitle, leftName, rightTitle, rightName, textWidth());
        Docx.endAfterTable(doc);
        return this;
    }

    /** The upper-case lines signed above the name ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"). */
    public static List<String> signatureLines(OfficeProfile profile) {
        return SignatureBlock.authorityLines(profile);
    }

    /** Writes the .docx safely (temporary file, then moved into place); see {@link AtomicFileWriter}. */
    public OfficialDocument save(Path target) {
        AtomicFileWriter.write(target, doc::write);
        return this;
    }

    public void write(OutputStream out) throws IOException {
        doc.write(out);
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int textWidth() {
        return PageLayout.textWidth(landscape);
    }

    private void heading(String text, boolean bold, boolean italic) {
        XWPFParagraph p = body(text, bold, italic);
        p.setKeepNext(true);
    }

    private XWPFParagraph body(String text, boolean bold, boolean italic) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setFirstLineIndent(Docx.FIRST_LINE_INDENT);
        p.setSpacingBefore(0);
        p.setSpacingAfter(Docx.pt(AFTER_PT));
        p.setSpacingBetween(LINE_SPACING, LineSpacingRule.AUTO);
        Docx.markSize(p, BODY_SIZE);
        if (text != null) {
            Docx.run(p, text, BODY_SIZE, bold, italic);
        }
        return p;
    }
}
