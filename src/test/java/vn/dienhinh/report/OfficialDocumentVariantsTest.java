package vn.dienhinh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhinh.report.DocxReading.find;
import static vn.dienhinh.report.DocxReading.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.model.SigningAuthority;

/** Drafts, tờ trình, offices without a parent body, landscape pages. */
class OfficialDocumentVariantsTest {

    @Test
    void draftPlanWithoutNumberOrDay() throws Exception {
        OfficeProfile ward = new OfficeProfile("", "Ủy ban nhân dân phường Thắng Lợi", "Thắng Lợi", "UBND",
                "Nguyễn Văn Tùng", "Chủ tịch", "Ủy ban nhân dân", SigningAuthority.OWN, "", List.of());
        try (XWPFDocument doc = build(ward, d -> d
                .header(DocumentKind.PLAN.abbreviation(), null, VnDates.placeAndMonth(ward.place(), YearMonth.of(2021, 11)))
                .title(DocumentKind.PLAN, "Về xây dựng và nhân rộng điển hình tiên tiến").signature())) {
            XWPFTable h = doc.getTables().get(0);
            List<XWPFParagraph> left = h.getRow(0).getCell(0).getParagraphs();
            assertThat(text(left.get(0))).isEqualTo("ỦY BAN NHÂN DÂN PHƯỜNG THẮNG LỢI");
            assertThat(left.get(0).getRuns().get(0).isBold()).isTrue();
            assertThat(text(h.getRow(1).getCell(0).getParagraphs().get(0)).replace('\u00a0', ' '))
                    .isEqualTo("Số:      /KH-UBND");
            assertThat(text(h.getRow(1).getCell(1).getParagraphs().get(0))).startsWith("Thắng Lợi, ngày ")
                    .endsWith("tháng 11 năm 2021");
            find(doc, "KẾ HOẠCH");
            XWPFTable sign = doc.getTables().get(1);
            assertThat(sign.getRow(0).getCell(0).getParagraphs().stream().map(DocxReading::text))
                    .containsExactly("Nơi nhận:", "- Lưu: VT.");
            assertThat(sign.getRow(0).getCell(1).getParagraphs().stream().map(DocxReading::text))
                    .containsExactly("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Tùng");
        }
    }

    @Test
    void aWardsNameAboveAUnitTakesTwoLinesAndTheNationalNameStaysOnOne() throws Exception {
        // a unit inside a ward: the parent line was "ỦY BAN NHÂN DÂN / PHƯỜNG / NGUYỄN THÁI BÌNH"
        OfficeProfile unit = new OfficeProfile("Ủy ban nhân dân phường Nguyễn Thái Bình",
                "Khu phố 2, phường Nguyễn Thái Bình", "Nguyễn Thái Bình", "", "Trần Văn Bảy", "Trưởng khu phố", "",
                SigningAuthority.OWN, "", List.of());
        try (XWPFDocument doc = build(unit, d -> d
                .header(DocumentKind.SUBMISSION.abbreviation(), 15, VnDates.placeAndMonth(unit.place(), YearMonth.of(2026, 11)))
                .title(DocumentKind.SUBMISSION, "Về việc đề nghị khen thưởng").signature())) {
            XWPFTable h = doc.getTables().get(0);
            List<XWPFParagraph> left = h.getRow(0).getCell(0).getParagraphs();
            assertThat(left.get(0).getText()).isEqualTo("ỦY BAN NHÂN DÂN PHƯỜNG\nNGUYỄN THÁI BÌNH");
            assertThat(left.get(1).getText()).isEqualTo("KHU PHỐ 2, PHƯỜNG\nNGUYỄN THÁI BÌNH");
            var grid = h.getCTTbl().getTblGrid().getGridColList();
            int right = ((BigInteger) grid.get(1).getW()).intValue() - 2 * Docx.mm(1);
            assertThat(TimesMetrics.width("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true)).isLessThan(right);
            assertThat(text(h.getRow(0).getCell(1).getParagraphs().get(0))).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        }
    }

    @Test
    void aWardsLongNameBesideAFullDateTakesTwoLinesInTheSmallerSizeTheDecreeAllows() throws Exception {
        // the ward's own tờ trình, dated in full: the date leaves no room to widen the left column, and at 13
        // points the name took three lines ("ỦY BAN NHÂN DÂN / PHƯỜNG / NGUYỄN THÁI BÌNH"); at 12 it takes two
        OfficeProfile ward = new OfficeProfile("Ủy ban nhân dân Quận 1", "Ủy ban nhân dân phường Nguyễn Thái Bình",
                "Nguyễn Thái Bình", "UBND", "Lê Văn Tám", "Chủ tịch", "Ủy ban nhân dân", SigningAuthority.OWN, "",
                List.of());
        try (XWPFDocument doc = build(ward, d -> d
                .header(DocumentKind.SUBMISSION.abbreviation(), 15,
                        VnDates.placeAndDate(ward.place(), java.time.LocalDate.of(2026, 11, 20)))
                .title(DocumentKind.SUBMISSION, "Về việc đề nghị khen thưởng").signature())) {
            XWPFTable h = doc.getTables().get(0);
            List<XWPFParagraph> left = h.getRow(0).getCell(0).getParagraphs();
            assertThat(left.get(1).getText()).isEqualTo("ỦY BAN NHÂN DÂN\nPHƯỜNG NGUYỄN THÁI BÌNH");
            assertThat(left.get(1).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(12.0);
            assertThat(left.get(0).getRuns().get(0).getFontSizeAsDouble()).as("the parent in the same size").isEqualTo(12.0);
            assertThat(text(h.getRow(1).getCell(1).getParagraphs().get(0)))
                    .isEqualTo("Nguyễn Thái Bình, ngày 20 tháng 11 năm 2026");
        }
        // a name that fits keeps 13 points
        try (XWPFDocument doc = build(OfficeProfile.example(), d -> d
                .header(DocumentKind.REPORT.abbreviation(), 5, VnDates.placeAndDate("Quận 1",
                        java.time.LocalDate.of(2026, 11, 20))).title(DocumentKind.REPORT, "Về việc").signature())) {
            assertThat(doc.getTables().get(0).getRow(0).getCell(0).getParagraphs().get(1).getRuns().get(0)
                    .getFontSizeAsDouble()).isEqualTo(13.0);
        }
    }

    @Test
    void submissionIsAddressed() throws Exception {
        try (XWPFDocument doc = build(OfficeProfile.example(), d -> d
                .title(DocumentKind.SUBMISSION, "Về việc đề nghị tặng danh hiệu “Người tốt, việc tốt”")
                .addressedTo("Chủ tịch Ủy ban nhân dân Thành phố;"))) {
            find(doc, "TỜ TRÌNH");
            find(doc, "Kính gửi: Chủ tịch Ủy ban nhân dân Thành phố.");
        }
    }

    @Test
    void landscapeSectionForAWideTable() throws Exception {
        try (XWPFDocument doc = build(OfficeProfile.example(), d -> d.paragraph("Trang dọc.").newSection(true)
                .table(List.of(TableColumn.left("A", 1), TableColumn.left("B", 1)), List.of(List.of("1", "2")))
                .newSection(false).paragraph("Lại trang dọc."))) {
            CTSectPr last = doc.getDocument().getBody().getSectPr();
            assertThat(last.getPgSz().getOrient()).isEqualTo(STPageOrientation.PORTRAIT);
            assertThat(last.isSetTitlePg()).as("later sections number every page").isFalse();
            List<CTSectPr> breaks = doc.getParagraphs().stream()
                    .filter(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetSectPr())
                    .map(p -> p.getCTP().getPPr().getSectPr()).toList();
            assertThat(breaks).hasSize(2);
            assertThat(breaks.get(0).isSetTitlePg()).as("the first section keeps its blank first header").isTrue();
            assertThat(breaks.get(0).getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(breaks.get(1).getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
            assertThat(breaks.get(1).getPgSz().getW()).isEqualTo(BigInteger.valueOf(16838));
            var grid = doc.getTables().get(0).getCTTbl().getTblGrid().getGridColList();
            long total = grid.stream().mapToLong(c -> ((BigInteger) c.getW()).longValue()).sum();
            assertThat(total).as("the table fills the landscape width").isEqualTo(16838 - 1701 - 850);
        }
    }

    private static XWPFDocument build(OfficeProfile profile, Consumer<OfficialDocument> parts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OfficialDocument d = new OfficialDocument(profile)) {
            parts.accept(d);
            d.write(out);
        }
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }
}
