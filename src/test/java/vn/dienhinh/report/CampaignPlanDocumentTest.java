package vn.dienhinh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhinh.report.DocumentLayout.assertBody;
import static vn.dienhinh.report.DocumentLayout.assertStyle;
import static vn.dienhinh.report.DocxReading.find;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.model.SigningAuthority;

/** The campaign plan in the seeds' structure, read back. */
class CampaignPlanDocumentTest {

    static final OfficeProfile WARD = new OfficeProfile("", "Ủy ban nhân dân phường Thắng Lợi", "Thắng Lợi", "UBND",
            "Nguyễn Văn Tùng", "Chủ tịch", "Ủy ban nhân dân", SigningAuthority.OWN, "",
            List.of("TT Đảng ủy - HĐND (B/c)", "Các ban, ngành, đoàn thể phường", "Lưu: VP UBND, VH TT"));

    @TempDir
    Path dir;

    private XWPFDocument write(PlanText text, DocumentMeta meta) throws Exception {
        Path file = dir.resolve("kh.docx");
        new CampaignPlanDocument(WARD).write(text, meta, file);
        return DocumentLayout.open(file);
    }

    private static PlanText full() {
        return new PlanText("Về xây dựng và nhân rộng điển hình tiên tiến giai đoạn 2021 - 2025",
                List.of("Thực hiện Kế hoạch số 586/KH-VHTT ngày 19/8/2021 của Phòng Văn hóa và Thông tin"),
                "Ủy ban nhân dân phường Thắng Lợi xây dựng kế hoạch triển khai thực hiện một số nội dung như sau:",
                "- Tiếp tục nâng cao nhận thức về xây dựng và nhân rộng điển hình tiên tiến.",
                "- Công tác xây dựng, nhân rộng điển hình phải gắn với các phong trào thi đua cụ thể.",
                "- Thông qua phong trào thi đua, phát hiện, lựa chọn những mô hình, gương điển hình tiên tiến.",
                "- Tập thể: các ban ngành, đoàn thể, tổ dân phố tiêu biểu.",
                "- Cá nhân: cán bộ cơ quan, tổ dân phố, làng tiêu biểu.", "",
                "1. Giai đoạn 1 (từ ngày 01/01/2021 đến ngày 31/12/2023)\n- Lựa chọn 3 tập thể, 3 cá nhân điển hình tiên tiến."
                        + "\n+ Ưu tiên người lao động trực tiếp\n2. Giai đoạn 2 (từ ngày 01/01/2024 đến ngày 31/12/2025)",
                "1. Văn hóa thông tin:\n- Xây dựng kế hoạch nhân rộng điển hình tiên tiến.",
                "Trên đây là Kế hoạch về xây dựng và nhân rộng điển hình tiên tiến của UBND phường Thắng Lợi",
                List.of());
    }

    @Test
    void seedStructureWithSectionsNumberedInOrder() throws Exception {
        try (XWPFDocument doc = write(full(), new DocumentMeta(124, LocalDate.of(2021, 2, 3), false))) {
            DocumentLayout.assertPage(doc);
            DocumentLayout.assertTitle(doc, "KẾ HOẠCH",
                    "Về xây dựng và nhân rộng điển hình tiên tiến giai đoạn 2021 - 2025");
            var h = doc.getTables().get(0);
            assertThat(DocxReading.text(h.getRow(0).getCell(0).getParagraphs().get(0)))
                    .isEqualTo("ỦY BAN NHÂN DÂN PHƯỜNG THẮNG LỢI");
            assertThat(DocxReading.text(h.getRow(1).getCell(0).getParagraphs().get(0))).isEqualTo("Số: 124/KH-UBND");
            assertThat(DocxReading.text(h.getRow(1).getCell(1).getParagraphs().get(0)))
                    .isEqualTo("Thắng Lợi, ngày 03 tháng 02 năm 2021");
            assertBody(find(doc, "Thực hiện Kế hoạch số 586/KH-VHTT ngày 19/8/2021 của Phòng Văn hóa và Thông tin."),
                    false, true);
            List<String> headings = DocumentLayout.bodyTexts(doc).stream()
                    .filter(s -> s.matches("^([IVX]+|\\d)\\. .*") && s.length() < 80).toList();
            assertThat(headings).containsExactly("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2. Yêu cầu", "II. NỘI DUNG",
                    "III. TIÊU CHÍ LỰA CHỌN", "1. Đối với tập thể", "2. Đối với cá nhân", "IV. LỘ TRÌNH, CHỈ TIÊU THỰC HIỆN",
                    "1. Giai đoạn 1 (từ ngày 01/01/2021 đến ngày 31/12/2023)",
                    "2. Giai đoạn 2 (từ ngày 01/01/2024 đến ngày 31/12/2025)", "V. TỔ CHỨC THỰC HIỆN",
                    "1. Văn hóa thông tin:");
            assertStyle(find(doc, "1. Giai đoạn 1 (từ ngày 01/01/2021 đến ngày 31/12/2023)"), 14, true, false);
            assertBody(find(doc, "- Lựa chọn 3 tập thể, 3 cá nhân điển hình tiên tiến."), false, false);
            assertBody(find(doc, "+ Ưu tiên người lao động trực tiếp"), false, false);
            find(doc, "Trên đây là Kế hoạch về xây dựng và nhân rộng điển hình tiên tiến của UBND phường Thắng Lợi./.");
            DocumentLayout.assertSignature(doc, List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Tùng"));
            var sign = doc.getTables().get(doc.getTables().size() - 1).getRow(0).getCell(0).getParagraphs();
            assertThat(sign.stream().map(DocxReading::text)).containsExactly("Nơi nhận:", "- TT Đảng ủy - HĐND (B/c);",
                    "- Các ban, ngành, đoàn thể phường;", "- Lưu: VP UBND, VH TT.");
        }
    }

    @Test
    void householdCriteriaAreTheThirdPartOfTheCriteria() throws Exception {
        PlanText f = full();
        PlanText withHouseholds = new PlanText(f.subject(), f.bases(), f.intro(), f.purposes(), f.requirements(),
                f.content(), f.criteriaCollective(), f.criteriaIndividual(), "- Hộ gia đình: gương mẫu, hạnh phúc.",
                f.phases(), f.organisation(), f.closing(), f.recipients());
        try (XWPFDocument doc = write(withHouseholds, new DocumentMeta(124, LocalDate.of(2021, 2, 3), false))) {
            List<String> texts = DocumentLayout.bodyTexts(doc);
            int at = texts.indexOf("3. Đối với hộ gia đình");
            assertThat(at).as("after the individuals' part").isGreaterThan(texts.indexOf("2. Đối với cá nhân"));
            assertThat(texts.get(at + 1)).isEqualTo("- Hộ gia đình: gương mẫu, hạnh phúc.");
            assertThat(texts.get(at + 2)).isEqualTo("IV. LỘ TRÌNH, CHỈ TIÊU THỰC HIỆN");
        }
    }

    @Test
    void emptySectionsAreLeftOutAndTheRestRenumbered() throws Exception {
        PlanText f = full();
        PlanText shorter = new PlanText(f.subject(), List.of(), f.intro(), f.purposes(), "", "", "", "", "", "",
                f.organisation(), f.closing(), List.of("Lưu: VT"));
        try (XWPFDocument doc = write(shorter, new DocumentMeta(null, LocalDate.of(2021, 11, 1), true))) {
            List<String> headings = DocumentLayout.bodyTexts(doc).stream()
                    .filter(s -> s.matches("^[IVX]+\\. .*")).toList();
            assertThat(headings).containsExactly("I. MỤC ĐÍCH, YÊU CẦU", "II. TỔ CHỨC THỰC HIỆN");
            assertThat(DocumentLayout.bodyTexts(doc)).doesNotContain("1. Mục đích");
            var h = doc.getTables().get(0);
            assertThat(DocxReading.text(h.getRow(1).getCell(0).getParagraphs().get(0)).replace('\u00a0', ' '))
                    .isEqualTo("Số:      /KH-UBND");
            assertThat(DocxReading.text(h.getRow(1).getCell(1).getParagraphs().get(0)).replace('\u00a0', ' '))
                    .isEqualTo("Thắng Lợi, ngày       tháng 11 năm 2021");
        }
    }
}
