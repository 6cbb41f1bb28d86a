package vn.dienhinh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhinh.report.DocumentLayout.assertBody;
import static vn.dienhinh.report.DocumentLayout.assertStyle;
import static vn.dienhinh.report.DocxReading.find;
import static vn.dienhinh.report.DocxReading.text;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.ActivityForm;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.model.Quarter;
import vn.dienhinh.model.QuarterCommendation;
import vn.dienhinh.report.QuarterlyReportData.ActivityLine;
import vn.dienhinh.report.QuarterlyReportData.Figures;
import vn.dienhinh.report.QuarterlyReportData.Introduced;
import vn.dienhinh.report.QuarterlyReportData.Owing;
import vn.dienhinh.report.QuarterlyReportData.QuotaGap;

/** The quarterly report as written and read back: layout, every section, the padding rules. */
class QuarterlyReportDocumentTest {

    static final Quarter Q4 = new Quarter(2025, 4);
    @TempDir
    static Path dir;
    static XWPFDocument doc;
    static XWPFDocument empty;
    static XWPFDocument partial;

    @BeforeAll
    static void write() throws Exception {
        QuarterlyReportData data = new QuarterlyReportData(Q4, Q4.end(),
                List.of("Thực hiện Kế hoạch số 124/KH-UBND ngày 05 tháng 01 năm 2025 của Ủy ban nhân dân Quận 1"),
                List.of(new Introduced(1, "Y tế", "Nguyễn Văn An", ExemplarKind.INDIVIDUAL, "Phường Bến Nghé",
                                "Khám miễn phí cho người cao tuổi", LocalDate.of(2025, 10, 20)),
                        new Introduced(2, "Y tế", "Trạm Y tế phường Đa Kao", ExemplarKind.COLLECTIVE, "Phường Đa Kao",
                                null, LocalDate.of(2025, 11, 2)),
                        new Introduced(3, "Giáo dục và đào tạo", "Đặng Thị Hoa", ExemplarKind.INDIVIDUAL,
                                "Phường Bến Nghé", "Mở lớp học tình thương", LocalDate.of(2025, 12, 1)),
                        new Introduced(1, "Giáo dục và đào tạo", "Nguyễn Văn An", ExemplarKind.INDIVIDUAL,
                                "Phường Bến Nghé", "Khám miễn phí cho người cao tuổi", LocalDate.of(2025, 10, 20))),
                List.of(new QuotaGap("phong trào thi đua “Người tốt, việc tốt”", "Người tốt, việc tốt", "01 gương mỗi lĩnh vực mỗi quý", 1, 3, 2, 6,
                        List.of(new Owing("Phường Tân Định", List.of("Y tế", "Giáo dục và đào tạo"), 2)))),
                List.of(new ActivityLine(LocalDate.of(2025, 11, 5), ActivityForm.PORTAL_ARTICLE, "Bác sĩ tận tụy",
                        "Phường Bến Nghé", List.of("Nguyễn Văn An"), "https://x.vn/a")),
                List.of(new QuarterCommendation(false, 1, ExemplarKind.INDIVIDUAL, "Nguyễn Văn An", "Phường Bến Nghé",
                                "Giấy khen", "Quyết định số 12/QĐ-UBND ngày 03/12/2025 của Chủ tịch UBND Quận 1",
                                LocalDate.of(2025, 12, 3)),
                        new QuarterCommendation(true, 3, ExemplarKind.INDIVIDUAL, "Đặng Thị Hoa", "Phường Bến Nghé",
                                "Người tốt, việc tốt", "Đã trình, đang chờ xét", LocalDate.of(2025, 12, 10))),
                new Figures(Q4, Q4.end(), 3, 4, 4, 1, 1), new Figures(Q4.previous(), Q4.previous().end(), 5, 5, 4, 0, 0),
                new ReportSections("Đã tổ chức hội nghị triển khai kế hoạch.\n- Ban hành văn bản đôn đốc các đơn vị.",
                        "", "", "", "", ""));
        Path file = dir.resolve("q.docx");
        new QuarterlyReportDocument(OfficeProfile.example()).write(data, new DocumentMeta(7, LocalDate.of(2026, 1, 5),
                false), file);
        doc = DocumentLayout.open(file);
        Path none = dir.resolve("none.docx");
        new QuarterlyReportDocument(OfficeProfile.example()).write(new QuarterlyReportData(Q4, Q4.end(), List.of(),
                List.of(), List.of(), List.of(), List.of(), new Figures(Q4, Q4.end(), 0, 0, 0, 0, 0),
                new Figures(Q4.previous(), Q4.previous().end(), 0, 0, 0, 0, 0), null),
                new DocumentMeta(null, LocalDate.of(2026, 3, 9), false), none);
        empty = DocumentLayout.open(none);
        // a quarter not over yet, fourteen introductions (a long table), the officer's assessment
        LocalDate asOf = LocalDate.of(2025, 11, 15);
        List<Introduced> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            many.add(new Introduced(i, "Y tế", "Nguyễn Văn " + i, ExemplarKind.INDIVIDUAL, "Phường Bến Nghé", null,
                    LocalDate.of(2025, 10, i)));
        }
        Path part = dir.resolve("partial.docx");
        new QuarterlyReportDocument(OfficeProfile.example()).write(new QuarterlyReportData(Q4, asOf, List.of(), many,
                List.of(), List.of(), List.of(), new Figures(Q4, asOf, 14, 14, 0, 0, 0),
                new Figures(Q4.previous(), Q4.previous().end(), 9, 9, 0, 0, 0),
                new ReportSections("", "Các đơn vị gửi gương đúng hạn.", "Tuyên truyền còn ít.", "Cán bộ kiêm nhiệm.",
                        "- Hoàn thành chỉ tiêu quý.", "- Đề nghị tập huấn nghiệp vụ.")),
                new DocumentMeta(21, asOf, false), part);
        partial = DocumentLayout.open(part);
    }

    @AfterAll
    static void close() throws Exception {
        doc.close();
        empty.close();
        partial.close();
    }

    @Test
    void anUnfinishedQuarterSaysUpToWhenAndComparesSaying() {
        find(partial, "Ủy ban nhân dân Quận 1 báo cáo kết quả công tác phát hiện, giới thiệu và tuyên truyền điển hình "
                + "tiên tiến quý IV năm 2025 (tính đến ngày 15/11/2025) như sau:");
        find(partial, "Số liệu quý IV năm 2025 tính đến ngày 15/11/2025, chưa hết quý; số liệu quý III năm 2025 là cả quý.");
        XWPFTable cmp = partial.getTables().stream()
                .filter(t -> t.getRow(0).getCell(0).getText().equals("STT") && t.getRow(0).getTableCells().size() == 5
                        && t.getRow(0).getCell(4).getText().startsWith("Tăng"))
                .findFirst().orElseThrow();
        assertThat(DocxReading.text(cmp.getRow(0).getCell(3))).isEqualTo("Quý IV/2025 (đến 15/11)");
    }

    @Test
    void theOfficersSectionsInOrderAndALongTableInAnAppendix() {
        List<String> texts = DocumentLayout.bodyTexts(partial);
        List<String> sections = texts.stream().filter(s -> s.matches("^[IVX]+\\. .*")).toList();
        assertThat(sections).containsExactly("I. KẾT QUẢ THỰC HIỆN", "II. ĐÁNH GIÁ CHUNG",
                "III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ TỚI", "IV. KIẾN NGHỊ, ĐỀ XUẤT");
        assertThat(texts).containsSubsequence("1. Ưu điểm", "Các đơn vị gửi gương đúng hạn.", "2. Hạn chế",
                "Tuyên truyền còn ít.", "3. Nguyên nhân của hạn chế", "Cán bộ kiêm nhiệm.",
                "III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ TỚI", "- Hoàn thành chỉ tiêu quý.", "IV. KIẾN NGHỊ, ĐỀ XUẤT",
                "- Đề nghị tập huấn nghiệp vụ.");
        // the fourteen rows are not in the body: the body points to the appendix that follows the signature
        assertThat(texts).contains("(Chi tiết tại Phụ lục I kèm theo.)").doesNotContain("Nguyễn Văn 14");
        int signed = texts.indexOf("Trên đây là báo cáo kết quả công tác phát hiện, giới thiệu và tuyên truyền điển "
                + "hình tiên tiến quý IV năm 2025 của Ủy ban nhân dân Quận 1./.");
        int appendix = texts.indexOf("PHỤ LỤC I");
        assertThat(appendix).isGreaterThan(signed);
        assertThat(texts.get(appendix + 1)).isEqualTo(
                "Danh sách gương điển hình tiên tiến được giới thiệu quý IV năm 2025");
        assertThat(texts.get(appendix + 2)).isEqualTo("(Kèm theo Báo cáo số 21/BC-UBND ngày 15/11/2025 của Ủy ban nhân dân Quận 1)");
    }

    @Test
    void commendationsListedInAnAppendixAreNotAnnouncedWithAColonAndNothingAfterIt() throws Exception {
        List<QuarterCommendation> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            many.add(new QuarterCommendation(false, i, i > 11 ? ExemplarKind.HOUSEHOLD : ExemplarKind.INDIVIDUAL,
                    "Trần Văn " + i, "Phường Bến Nghé",
                    "Giấy khen", "Quyết định số 303/QĐ-UBND ngày 01/10/2025 của Ủy ban nhân dân phường Bến Nghé",
                    LocalDate.of(2025, 12, 3)));
        }
        Path file = dir.resolve("many-commendations.docx");
        new QuarterlyReportDocument(OfficeProfile.example()).write(new QuarterlyReportData(Q4, Q4.end(), List.of(),
                List.of(), List.of(), List.of(), many, new Figures(Q4, Q4.end(), 0, 0, 0, 0, 14),
                new Figures(Q4.previous(), Q4.previous().end(), 0, 0, 0, 0, 0), null),
                new DocumentMeta(8, LocalDate.of(2026, 1, 5), false), file);
        try (XWPFDocument d = DocumentLayout.open(file)) {
            List<String> texts = DocumentLayout.bodyTexts(d);
            // the rows went to Phụ lục I: "cụ thể:" would announce a list that is not there
            // named by the kinds there are: no "tập thể" when none is
            assertThat(texts).containsSubsequence("Trong quý, đã khen thưởng 14 lượt cho 14 cá nhân, hộ gia đình (11 cá "
                    + "nhân, 03 hộ gia đình).",
                    "(Chi tiết tại Phụ lục I kèm theo.)");
            // the appendix's table spans the text width, and the decision it cites takes three lines, not five
            XWPFTable list = d.getTables().get(d.getTables().size() - 1);
            var grid = list.getCTTbl().getTblGrid().getGridColList().stream()
                    .mapToInt(g -> ((java.math.BigInteger) g.getW()).intValue()).toArray();
            assertThat(java.util.Arrays.stream(grid).sum()).isEqualTo(PageLayout.textWidth(false));
            String cited = DocxReading.text(list.getRow(1).getCell(4));
            assertThat(cited).isEqualTo("Quyết định số 303/QĐ-UBND ngày 01/10/2025 của Ủy ban nhân dân phường Bến Nghé");
            int inner = grid[4] - 2 * Docx.mm(1.5);
            assertThat(TimesMetrics.width(cited, DocTable.CELL_SIZE, false)).as("at most three lines")
                    .isLessThanOrEqualTo(3 * inner - inner / 4);
            // a person's usual name keeps one line ("Phan Quốc / Đạt" in a column as narrow as the form's was)
            assertThat(TimesMetrics.width("Trần Thị Minh Cúc", DocTable.CELL_SIZE, false))
                    .isLessThanOrEqualTo(grid[1] - 2 * Docx.mm(1.5));
        }
    }

    @Test
    void officialLayout() {
        DocumentLayout.assertPage(doc);
        DocumentLayout.assertHeader(doc, "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "ỦY BAN NHÂN DÂN QUẬN 1",
                "Số: 07/BC-UBND", "Quận 1, ngày 05 tháng 01 năm 2026");
        DocumentLayout.assertTitle(doc, "BÁO CÁO",
                "Kết quả phát hiện, giới thiệu và tuyên truyền điển hình tiên tiến quý IV năm 2025");
        DocumentLayout.assertSignature(doc, List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                "Nguyễn Thị Thu Hiền"));
        DocumentLayout.assertHeader(empty, "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "ỦY BAN NHÂN DÂN QUẬN 1",
                "Số:      /BC-UBND", "Quận 1, ngày 09 tháng 3 năm 2026");
    }

    @Test
    void basesIntroAndSectionsInOrder() {
        assertBody(find(doc, "Thực hiện Kế hoạch số 124/KH-UBND ngày 05 tháng 01 năm 2025 của Ủy ban nhân dân Quận 1."),
                false, true);
        assertBody(find(doc, "Ủy ban nhân dân Quận 1 báo cáo kết quả công tác phát hiện, giới thiệu và tuyên truyền "
                + "điển hình tiên tiến quý IV năm 2025 như sau:"), false, false);
        List<String> headings = DocumentLayout.bodyTexts(doc).stream()
                .filter(s -> s.matches("^([IVX]+|\\d)\\. .*") && s.length() < 80).toList();
        assertThat(headings).containsExactly("I. KẾT QUẢ THỰC HIỆN", "1. Tình hình chung",
                "2. Gương điển hình tiên tiến được giới thiệu", "3. Đơn vị chưa gửi gương điển hình tiên tiến",
                "4. Công tác tuyên truyền điển hình tiên tiến", "5. Khen thưởng, đề nghị khen thưởng",
                "6. So sánh với quý III năm 2025", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ TỚI");
        assertStyle(find(doc, "I. KẾT QUẢ THỰC HIỆN"), 14, true, false);
        find(doc, "Trong quý IV năm 2025, 02 đơn vị đã giới thiệu 03 gương điển hình tiên tiến (02 cá nhân, 01 tập thể) "
                + "với 04 lượt giới thiệu trên 02 lĩnh vực; toàn địa bàn phát hiện mới 04 điển hình và tổ chức 01 hoạt động tuyên truyền điển "
                + "hình tiên tiến.");
        find(doc, "Đã tổ chức hội nghị triển khai kế hoạch.");
        find(doc, "- Ban hành văn bản đôn đốc các đơn vị.");
        assertThat(DocumentLayout.bodyTexts(doc).get(DocumentLayout.bodyTexts(doc).size() - 1))
                .isEqualTo("Trên đây là báo cáo kết quả công tác phát hiện, giới thiệu và tuyên truyền điển hình tiên "
                        + "tiến quý IV năm 2025 của Ủy ban nhân dân Quận 1./.");
    }

    @Test
    void introductionsGroupedByFieldWithRepeatedHeader() {
        find(doc, "- Lĩnh vực Y tế: 02 gương;");
        find(doc, "- Lĩnh vực Giáo dục và đào tạo: 02 gương.");
        // one exemplar introduced for two fields is one of the three exemplars, and two of the four introductions
        find(doc, "Các đơn vị đã giới thiệu 03 gương điển hình tiên tiến với 04 lượt giới thiệu trên 02 lĩnh vực (một "
                + "gương có thể được giới thiệu ở nhiều lĩnh vực), cụ thể:");
        XWPFTable t = doc.getTables().get(1);
        XWPFTableRow head = t.getRow(0);
        assertThat(head.isRepeatHeader()).isTrue();
        assertThat(head.getTableCells().stream().map(c -> c.getText())).containsExactly("STT",
                "Họ tên / Tên tập thể", "Đơn vị giới thiệu", "Tóm tắt thành tích");
        assertThat(t.getRow(1).getTableCells()).hasSize(1);
        assertThat(t.getRow(1).getCell(0).getText()).isEqualTo("Y tế (02 gương)");
        assertThat(t.getRow(1).getCell(0).getCTTc().getTcPr().getGridSpan().getVal()).isEqualTo(BigInteger.valueOf(4));
        assertStyle(t.getRow(1).getCell(0).getParagraphs().get(0), 13, true, false);
        assertThat(t.getRow(2).getCell(0).getText()).isEqualTo("1");
        assertThat(text(t.getRow(2).getCell(1).getParagraphs().get(0))).isEqualTo("Nguyễn Văn An (Cá nhân)");
        assertThat(t.getRow(4).getCell(0).getText()).isEqualTo("Giáo dục và đào tạo (02 gương)");
        assertThat(t.getRow(5).getCell(0).getText()).isEqualTo("3");
        assertThat(t.getRow(6).getCell(0).getText()).isEqualTo("4");
    }

    @Test
    void unitsThatOweActivitiesCommendationsAndComparison() {
        find(doc, "Theo chỉ tiêu của phong trào thi đua “Người tốt, việc tốt” (01 gương mỗi lĩnh vực mỗi quý), còn 01/03 "
                + "đơn vị chưa gửi đủ gương điển hình tiên tiến (thiếu 02/06 gương), cụ thể:");
        XWPFTable owing = doc.getTables().get(2);
        assertThat(owing.getRow(1).getCell(1).getText()).isEqualTo("Phường Tân Định");
        assertThat(owing.getRow(1).getCell(2).getText()).isEqualTo("Y tế; Giáo dục và đào tạo");
        find(doc, "- Bài viết trên trang thông tin điện tử: 01 hoạt động.");
        XWPFTable acts = doc.getTables().get(3);
        assertThat(acts.getRow(1).getCell(1).getText()).isEqualTo("05/11/2025");
        assertThat(acts.getRow(1).getCell(3).getText()).contains("Bác sĩ tận tụy").contains("(Gương: Nguyễn Văn An)");
        // the commendation decided and the nominee still waiting are each counted once, in their own part
        find(doc, "Trong quý, đã khen thưởng 01 lượt cho 01 cá nhân; 01 cá nhân đang được đề nghị khen thưởng, chờ "
                + "quyết định, cụ thể:");
        XWPFTable commendations = doc.getTables().get(4);
        assertThat(commendations.getRow(1).getCell(3).getText()).isEqualTo("Giấy khen");
        assertThat(DocxReading.text(commendations.getRow(1).getCell(4)))
                .isEqualTo("Quyết định số 12/QĐ-UBND ngày 03/12/2025 của Chủ tịch UBND Quận 1");
        assertThat(commendations.getRow(2).getCell(3).getText()).isEqualTo("Đề nghị: Người tốt, việc tốt");
        find(doc, "- Số gương điển hình được giới thiệu giảm 02 (từ 05 xuống 03);");
        find(doc, "- Số lượt giới thiệu gương điển hình giảm 01 (từ 05 xuống 04);");
        find(doc, "- Số điển hình phát hiện mới không đổi (04);");
        find(doc, "- Số hoạt động tuyên truyền tăng 01 (từ 0 lên 01);");
        XWPFTable cmp = doc.getTables().get(5);
        assertThat(cmp.getRow(0).getTableCells().stream().map(DocxReading::text))
                .containsExactly("STT", "Nội dung", "Quý III/2025", "Quý IV/2025", "Tăng (+), giảm (-)");
        assertThat(cmp.getRow(1).getTableCells().stream().map(c -> c.getText()))
                .containsExactly("1", "Số gương điển hình được giới thiệu", "5", "3", "-2");
    }

    @Test
    void anEmptyQuarterSaysSoInOneLineEach() {
        find(empty, "Trong quý chưa có gương điển hình tiên tiến nào được giới thiệu.");
        find(empty, "Chưa có phong trào thi đua nào giao chỉ tiêu giới thiệu gương điển hình tiên tiến hằng quý.");
        find(empty, "Trong quý chưa ghi nhận hoạt động tuyên truyền điển hình tiên tiến nào.");
        find(empty, "Trong quý chưa có khen thưởng, đề nghị khen thưởng nào được ghi nhận.");
        find(empty, "Trong quý IV năm 2025, chưa có đơn vị nào giới thiệu gương điển hình tiên tiến; toàn địa bàn chưa "
                + "phát hiện thêm điển hình mới và chưa tổ chức hoạt động tuyên truyền điển hình tiên tiến.");
        assertThat(empty.getTables()).hasSize(3); // header, comparison, signature
    }
}
