package vn.dienhinh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhinh.report.DocxReading.find;
import static vn.dienhinh.report.DocxReading.firstRun;
import static vn.dienhinh.report.DocxReading.hasBottomRule;
import static vn.dienhinh.report.DocxReading.text;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.dienhinh.model.OfficeProfile;

/** Builds a sample BÁO CÁO, saves it, reads it back with POI and checks the Nghị định 30 layout. */
class OfficialDocumentTest {

    @TempDir
    static Path dir;
    static XWPFDocument doc;

    @BeforeAll
    static void buildAndReadBack() throws Exception {
        List<List<?>> rows = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            rows.add(List.of(i, "Nguyễn Thị Ánh " + i, "Phường Bến Nghé",
                    "Tích cực tham gia phong trào thi đua, có nhiều sáng kiến trong cải cách hành chính."));
        }
        Path file = dir.resolve("bao-cao.docx");
        try (OfficialDocument d = new OfficialDocument(OfficeProfile.example())) {
            d.header(DocumentKind.REPORT, 7, LocalDate.of(2024, 1, 5))
                    .title(DocumentKind.REPORT, "Kết quả phát hiện điển hình tiên tiến\nquý IV năm 2023")
                    .bases(List.of("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022.",
                            "Thực hiện Kế hoạch số 335/KH-UBND ngày 22 tháng 9 năm 2023 của Ủy ban nhân dân Quận 1;"))
                    .paragraph("Ủy ban nhân dân Quận 1 báo cáo như sau:")
                    .section("Kết quả thực hiện").subsection("Công tác phát hiện").point("Cá nhân")
                    .dash("Lĩnh vực y tế: 05 gương;").plus("Bệnh viện Quận 1: 03 gương.")
                    .table(List.of(TableColumn.centered("STT", 1.3), TableColumn.left("Họ và tên", 4),
                            TableColumn.left("Đơn vị", 4), TableColumn.justified("Tóm tắt thành tích", 8)), rows)
                    .section("Phương hướng")
                    .closing("Trên đây là báo cáo quý IV năm 2023 của Ủy ban nhân dân Quận 1.")
                    .signature().save(file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            doc = new XWPFDocument(in);
        }
    }

    @AfterAll
    static void close() throws Exception {
        doc.close();
    }

    @Test
    void a4PortraitWithTheDecreeMargins() {
        CTSectPr s = doc.getDocument().getBody().getSectPr();
        assertThat(s.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
        assertThat(s.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
        assertThat(s.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(1134)); // 20 mm
        assertThat(s.getPgMar().getBottom()).isEqualTo(BigInteger.valueOf(1134));
        assertThat(s.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1701)); // 30 mm
        assertThat(s.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(850)); // 15 mm
    }

    @Test
    void timesNewRomanForEveryScriptInEveryRun() {
        List<XWPFRun> runs = new ArrayList<>(DocxReading.runs(doc));
        for (XWPFHeader h : doc.getHeaderList()) {
            runs.addAll(DocxReading.runs(h));
        }
        assertThat(runs).hasSizeGreaterThan(100);
        for (XWPFRun r : runs) {
            CTFonts f = r.getCTR().getRPr().getRFontsArray(0);
            assertThat(List.of(f.getAscii(), f.getHAnsi(), f.getCs(), f.getEastAsia()))
                    .as("fonts of \"%s\"", r.text()).containsOnly("Times New Roman");
            assertThat(r.getFontSizeAsDouble()).isBetween(11.0, 14.0);
        }
    }

    @Test
    void twoColumnBorderlessHeader() {
        XWPFTable h = doc.getTables().get(0);
        assertThat(h.getCTTbl().getTblPr().isSetTblBorders()).isFalse();
        XWPFTableCell agency = h.getRow(0).getCell(0);
        List<XWPFParagraph> left = agency.getParagraphs();
        assertThat(text(left.get(0))).isEqualTo("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH");
        assertStyle(left.get(0), 13, false, false);
        assertThat(text(left.get(1))).isEqualTo("ỦY BAN NHÂN DÂN QUẬN 1");
        assertStyle(left.get(1), 13, true, false);
        assertThat(hasBottomRule(left.get(2))).as("short rule under the agency").isTrue();
        assertThat(left.get(2).getIndentationLeft()).isPositive();

        List<XWPFParagraph> right = h.getRow(0).getCell(1).getParagraphs();
        assertThat(text(right.get(0))).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertStyle(right.get(0), 13, true, false);
        assertThat(text(right.get(1))).isEqualTo("Độc lập - Tự do - Hạnh phúc");
        assertStyle(right.get(1), 14, true, false);
        assertThat(hasBottomRule(right.get(2))).as("rule under the motto").isTrue();

        XWPFParagraph number = h.getRow(1).getCell(0).getParagraphs().get(0);
        assertThat(text(number)).isEqualTo("Số: 07/BC-UBND");
        assertStyle(number, 13, false, false);
        XWPFParagraph date = h.getRow(1).getCell(1).getParagraphs().get(0);
        assertThat(text(date)).isEqualTo("Quận 1, ngày 05 tháng 01 năm 2024");
        assertStyle(date, 14, false, true);
        assertThat(date.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
    }

    @Test
    void titleAndSubjectCentredBold() {
        XWPFParagraph kind = find(doc, "BÁO CÁO");
        assertStyle(kind, 14, true, false);
        assertThat(kind.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        XWPFParagraph subject = find(doc, "Kết quả phát hiện điển hình tiên tiến quý IV năm 2023");
        assertStyle(subject, 14, true, false);
        assertThat(subject.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        List<XWPFParagraph> body = doc.getParagraphs();
        assertThat(hasBottomRule(body.get(body.indexOf(subject) + 1))).as("rule under the subject").isTrue();
    }

    @Test
    void legalBasesInItalicsWithTheirPunctuation() {
        XWPFParagraph first = find(doc, "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;");
        XWPFParagraph last = find(doc,
                "Thực hiện Kế hoạch số 335/KH-UBND ngày 22 tháng 9 năm 2023 của Ủy ban nhân dân Quận 1.");
        assertStyle(first, 14, false, true);
        assertStyle(last, 14, false, true);
    }

    @Test
    void bodyAndNumberedHeadings() {
        XWPFParagraph body = find(doc, "Ủy ban nhân dân Quận 1 báo cáo như sau:");
        assertStyle(body, 14, false, false);
        assertThat(body.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
        assertThat(body.getFirstLineIndent()).isEqualTo(720); // 1.27 cm
        assertThat(body.getSpacingAfter()).isEqualTo(120); // 6 pt
        assertStyle(find(doc, "I. KẾT QUẢ THỰC HIỆN"), 14, true, false);
        assertStyle(find(doc, "1. Công tác phát hiện"), 14, true, false);
        assertStyle(find(doc, "a) Cá nhân"), 14, false, true);
        assertStyle(find(doc, "- Lĩnh vực y tế: 05 gương;"), 14, false, false);
        assertStyle(find(doc, "+ Bệnh viện Quận 1: 03 gương."), 14, false, false);
        assertStyle(find(doc, "II. PHƯƠNG HƯỚNG"), 14, true, false);
        find(doc, "Trên đây là báo cáo quý IV năm 2023 của Ủy ban nhân dân Quận 1./.");
    }

    @Test
    void listTableRepeatsItsHeaderRow() {
        XWPFTable t = doc.getTables().get(1);
        assertThat(t.getRows()).hasSize(61);
        assertThat(t.getRow(0).isRepeatHeader()).isTrue();
        assertThat(t.getRow(1).isRepeatHeader()).isFalse();
        XWPFParagraph head = t.getRow(0).getCell(1).getParagraphs().get(0);
        assertThat(text(head)).isEqualTo("Họ và tên");
        assertStyle(head, 13, true, false);
        assertThat(head.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        assertThat(t.getCTTbl().getTblPr().getTblBorders().getInsideH().getVal().toString()).isEqualTo("single");
        assertThat(text(t.getRow(60).getCell(1).getParagraphs().get(0))).isEqualTo("Nguyễn Thị Ánh 60");
        assertThat(t.getRow(1).getCell(0).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        var grid = t.getCTTbl().getTblGrid().getGridColList();
        long total = grid.stream().mapToLong(c -> ((BigInteger) c.getW()).longValue()).sum();
        assertThat(total).isEqualTo(11906 - 1701 - 850);
    }

    @Test
    void recipientsAndSignatureSideBySide() {
        XWPFTable t = doc.getTables().get(doc.getTables().size() - 1);
        assertThat(t.getRows()).hasSize(1);
        assertThat(t.getRow(0).isCantSplitRow()).isTrue();
        List<XWPFParagraph> left = t.getRow(0).getCell(0).getParagraphs();
        assertThat(text(left.get(0))).isEqualTo("Nơi nhận:");
        assertStyle(left.get(0), 12, true, true);
        assertThat(left.stream().skip(1).map(DocxReading::text)).containsExactly(
                "- Ban Thi đua - Khen thưởng Thành phố;", "- Thường trực Quận ủy Quận 1;",
                "- UBND Quận 1: CT, các PCT;", "- Các cơ quan, đơn vị thuộc cụm, khối thi đua Quận 1;",
                "- Lưu: VT, PNV.");
        assertStyle(left.get(1), 11, false, false);
        List<XWPFParagraph> right = t.getRow(0).getCell(1).getParagraphs();
        assertThat(right.stream().map(DocxReading::text))
                .containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Thu Hiền");
        for (XWPFParagraph p : right) {
            assertStyle(p, 14, true, false);
            assertThat(p.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        }
        assertThat(right.get(3).getSpacingBefore()).as("room to sign").isGreaterThanOrEqualTo(1000);
    }

    @Test
    void pageNumberCentredFromPageTwo() {
        CTSectPr s = doc.getDocument().getBody().getSectPr();
        assertThat(s.isSetTitlePg()).isTrue();
        var policy = doc.getHeaderFooterPolicy();
        assertThat(policy.getFirstPageHeader().getText()).isBlank();
        XWPFHeader rest = policy.getDefaultHeader();
        XWPFParagraph p = rest.getParagraphs().get(0);
        assertThat(p.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        assertThat(p.getCTP().xmlText()).contains("fldChar").contains(" PAGE ");
        assertThat(rest.getParagraphs().get(0).getRuns()).allSatisfy(r -> assertThat(r.getFontSizeAsDouble()).isEqualTo(13.0));
    }

    private static void assertStyle(XWPFParagraph p, double size, boolean bold, boolean italic) {
        for (XWPFRun r : p.getRuns()) {
            if (r.text().isEmpty()) {
                continue;
            }
            assertThat(r.getFontSizeAsDouble()).as("size of \"%s\"", r.text()).isEqualTo(size);
            assertThat(r.isBold()).as("bold \"%s\"", r.text()).isEqualTo(bold);
            assertThat(r.isItalic()).as("italic \"%s\"", r.text()).isEqualTo(italic);
        }
        firstRun(p);
    }
}
