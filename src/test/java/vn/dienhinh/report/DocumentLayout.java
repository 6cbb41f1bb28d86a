package vn.dienhinh.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** The Nghị định 30 checks every exported Word document must pass, read back with POI. */
public final class DocumentLayout {

    private DocumentLayout() {
    }

    public static XWPFDocument open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    /** A4 portrait, margins 20/20/30/15 mm, Times New Roman 11–14 in every run, page numbers from page 2. */
    public static void assertPage(XWPFDocument doc) {
        CTSectPr s = doc.getDocument().getBody().getSectPr();
        assertThat(s.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
        assertThat(s.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
        assertThat(s.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(1134));
        assertThat(s.getPgMar().getBottom()).isEqualTo(BigInteger.valueOf(1134));
        assertThat(s.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1701));
        assertThat(s.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(850));
        List<XWPFRun> runs = new ArrayList<>(DocxReading.runs(doc));
        for (XWPFHeader h : doc.getHeaderList()) {
            runs.addAll(DocxReading.runs(h));
        }
        for (XWPFRun r : runs) {
            CTFonts f = r.getCTR().getRPr().getRFontsArray(0);
            assertThat(List.of(f.getAscii(), f.getHAnsi(), f.getCs(), f.getEastAsia())).as("font of \"%s\"", r.text())
                    .containsOnly("Times New Roman");
            assertThat(r.getFontSizeAsDouble()).as("size of \"%s\"", r.text()).isBetween(11.0, 14.0);
        }
        assertThat(s.isSetTitlePg()).as("no page number on page 1").isTrue();
        assertThat(doc.getHeaderFooterPolicy().getFirstPageHeader().getText()).isBlank();
        XWPFParagraph number = doc.getHeaderFooterPolicy().getDefaultHeader().getParagraphs().get(0);
        assertThat(number.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        assertThat(number.getCTP().xmlText()).contains(" PAGE ");
    }

    /** The two-column header: parent body, agency in bold, "Số: …", nation and motto, italic place and date. */
    public static void assertHeader(XWPFDocument doc, String parent, String agency, String number, String placeDate) {
        XWPFTable h = doc.getTables().get(0);
        List<XWPFParagraph> left = h.getRow(0).getCell(0).getParagraphs();
        assertThat(DocxReading.text(left.get(0))).isEqualTo(parent);
        assertStyle(left.get(0), 13, false, false);
        assertThat(DocxReading.text(left.get(1))).isEqualTo(agency);
        assertStyle(left.get(1), 13, true, false);
        assertThat(DocxReading.hasBottomRule(left.get(2))).as("rule under the agency").isTrue();
        List<XWPFParagraph> right = h.getRow(0).getCell(1).getParagraphs();
        assertThat(DocxReading.text(right.get(0))).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertStyle(right.get(0), 13, true, false);
        assertThat(DocxReading.text(right.get(1))).isEqualTo("Độc lập - Tự do - Hạnh phúc");
        assertStyle(right.get(1), 14, true, false);
        assertThat(DocxReading.hasBottomRule(right.get(2))).as("rule under the motto").isTrue();
        XWPFParagraph no = h.getRow(1).getCell(0).getParagraphs().get(0);
        assertThat(DocxReading.text(no).replace('\u00a0', ' ')).isEqualTo(number);
        XWPFParagraph date = h.getRow(1).getCell(1).getParagraphs().get(0);
        assertThat(DocxReading.text(date).replace('\u00a0', ' ')).isEqualTo(placeDate);
        assertStyle(date, 14, false, true);
    }

    /** "BÁO CÁO" / "KẾ HOẠCH" bold, centred, with the subject bold below it and a short rule under. */
    public static void assertTitle(XWPFDocument doc, String kind, String subject) {
        XWPFParagraph k = DocxReading.find(doc, kind);
        assertStyle(k, 14, true, false);
        assertThat(k.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        XWPFParagraph s = DocxReading.find(doc, subject);
        assertStyle(s, 14, true, false);
        assertThat(s.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        List<XWPFParagraph> body = doc.getParagraphs();
        assertThat(DocxReading.hasBottomRule(body.get(body.indexOf(s) + 1))).as("rule under the subject").isTrue();
    }

    /** "Nơi nhận:" bold italic 12 with its lines in 11, ending "- Lưu: …."; the signer's lines bold upper case. */
    public static void assertSignature(XWPFDocument doc, List<String> signer) {
        XWPFTable t = doc.getTables().get(doc.getTables().size() - 1);
        List<XWPFParagraph> left = t.getRow(0).getCell(0).getParagraphs();
        assertThat(DocxReading.text(left.get(0))).isEqualTo("Nơi nhận:");
        assertStyle(left.get(0), 12, true, true);
        for (int i = 1; i < left.size(); i++) {
            assertStyle(left.get(i), 11, false, false);
            assertThat(DocxReading.text(left.get(i))).startsWith("- ").endsWith(i == left.size() - 1 ? "." : ";");
        }
        assertThat(DocxReading.text(left.get(left.size() - 1))).startsWith("- Lưu: ");
        List<XWPFParagraph> right = t.getRow(0).getCell(1).getParagraphs();
        assertThat(right.stream().map(DocxReading::text)).containsExactlyElementsOf(signer);
        right.forEach(p -> assertStyle(p, 14, true, false));
    }

    /** A body paragraph: 14 pt, justified, first line indented. */
    public static void assertBody(XWPFParagraph p, boolean bold, boolean italic) {
        assertStyle(p, 14, bold, italic);
        assertThat(p.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
        assertThat(p.getFirstLineIndent()).isEqualTo(720);
    }

    public static void assertStyle(XWPFParagraph p, double size, boolean bold, boolean italic) {
        boolean any = false;
        for (XWPFRun r : p.getRuns()) {
            if (r.text().isEmpty()) {
                continue;
            }
            any = true;
            assertThat(r.getFontSizeAsDouble()).as("size of \"%s\"", r.text()).isEqualTo(size);
            assertThat(r.isBold()).as("bold \"%s\"", r.text()).isEqualTo(bold);
            assertThat(r.isItalic()).as("italic \"%s\"", r.text()).isEqualTo(italic);
        }
        assertThat(any).as("text in \"%s\"", p.getText()).isTrue();
    }

    /** Texts of the body paragraphs (outside tables) in order. */
    public static List<String> bodyTexts(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(DocxReading::text).filter(s -> !s.isBlank()).toList();
    }
}
