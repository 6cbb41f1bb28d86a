package vn.dienhinh.service.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.Campaign;
import vn.dienhinh.report.DocumentLayout;
import vn.dienhinh.report.DocumentMeta;
import vn.dienhinh.report.DocxReading;
import vn.dienhinh.report.PlanText;
import vn.dienhinh.testutil.ReportFixtures;
import vn.dienhinh.testutil.TestDb;

/** The plan's words pre-filled from the campaign, edited, then written. */
class CampaignPlanServiceTest {

    @TempDir
    Path dir;
    TestDb t;
    ReportFixtures f;

    @BeforeEach
    void open() {
        t = new TestDb(dir);
        f = new ReportFixtures(t);
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void draftIsFilledFromTheCampaign() {
        PlanText d = t.campaignPlans.draft(f.campaign.id());
        assertThat(d.subject()).isEqualTo("Triển khai phong trào thi đua “Người tốt, việc tốt” năm 2026");
        assertThat(d.bases()).hasSize(2).first().asString().startsWith("Căn cứ Luật Thi đua, khen thưởng");
        assertThat(d.intro()).isEqualTo("Ủy ban nhân dân Quận 1 xây dựng Kế hoạch triển khai phong trào thi đua "
                + "“Người tốt, việc tốt” năm 2026 như sau:");
        assertThat(d.purposes()).isEqualTo("- Kịp thời phát hiện, biểu dương các gương người tốt, việc tốt.");
        assertThat(d.content()).as("nothing recorded: the usual wording").startsWith("- Phát hiện, lựa chọn");
        assertThat(d.phases()).startsWith("1. Giai đoạn 1 (từ ngày 01/01/2026 đến ngày 30/06/2026)\n- ")
                .contains("- Chỉ tiêu: lựa chọn ít nhất 03 tập thể, 03 cá nhân điển hình tiên tiến")
                .contains("2. Giai đoạn 2 (từ ngày 01/07/2026 đến ngày 31/12/2026)")
                .endsWith("giới thiệu 01 gương điển hình tiên tiến trên mỗi lĩnh vực (cả 04 quý trong năm), gửi về cơ quan "
                        + "thường trực Hội đồng Thi đua - Khen thưởng trước ngày cuối quý để tổng hợp, tuyên truyền.");
        assertThat(d.recipients()).endsWith("Lưu: VT, PNV");
        DocumentMeta m = t.campaignPlans.meta(f.campaign.id());
        assertThat(m.number()).isEqualTo(124);
        assertThat(m.date()).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void writesTheEditedPlan() throws Exception {
        PlanText d = t.campaignPlans.draft(f.campaign.id());
        PlanText edited = new PlanText(d.subject(), d.bases(), d.intro(), d.purposes(), d.requirements(),
                "- Nội dung do cán bộ sửa.", d.criteriaCollective(), d.criteriaIndividual(), d.phases(), d.organisation(),
                d.closing(), List.of("Lưu: VT"));
        Path file = t.campaignPlans.export(edited, t.campaignPlans.meta(f.campaign.id()),
                dir.resolve(CampaignPlanService.fileName(f.campaign) + ".docx"));
        assertThat(file.getFileName().toString()).isEqualTo("KeHoach-PhongTrao" + f.campaign.id() + "-2026.docx");
        try (XWPFDocument doc = DocumentLayout.open(file)) {
            DocumentLayout.assertPage(doc);
            DocumentLayout.assertHeader(doc, "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "ỦY BAN NHÂN DÂN QUẬN 1",
                    "Số: 124/KH-UBND", "Quận 1, ngày 05 tháng 01 năm 2026");
            DocumentLayout.assertTitle(doc, "KẾ HOẠCH", d.subject());
            DocxReading.find(doc, "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;");
            DocxReading.find(doc, "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ.");
            DocxReading.find(doc, "- Nội dung do cán bộ sửa.");
            assertThat(DocumentLayout.bodyTexts(doc).stream().filter(s -> s.matches("^[IVX]+\\. .*")))
                    .containsExactly("I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG", "III. TIÊU CHÍ LỰA CHỌN",
                            "IV. LỘ TRÌNH, CHỈ TIÊU THỰC HIỆN", "V. TỔ CHỨC THỰC HIỆN");
            DocumentLayout.assertSignature(doc, List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                    "Nguyễn Thị Thu Hiền"));
        }
    }

    @Test
    void aCampaignWithNoPlanNumberIsDatedTodayAndLeftUnnumbered() {
        Campaign bare = t.campaigns.save(Campaign.named("Cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa”")
                .withPeriod(2021, 2025));
        assertThat(t.campaignPlans.meta(bare.id())).isEqualTo(new DocumentMeta(null, TestDb.TODAY, false));
        assertThat(t.campaignPlans.draft(bare.id()).subject()).isEqualTo(
                "Triển khai cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa” giai đoạn 2021 - 2025");
    }

    @Test
    void aNameThatSaysItsYearDoesNotSayItTwice() {
        Campaign named = t.campaigns.save(Campaign.named("Phong trào thi đua “Dân vận khéo” năm 2026").withPeriod(2026, 2026));
        Campaign spaced = t.campaigns.save(Campaign.named("Phong trào “Xanh – sạch – đẹp” giai đoạn 2021-2025")
                .withPeriod(2021, 2025));
        assertThat(t.campaignPlans.draft(named.id()).subject()).isEqualTo("Triển khai phong trào thi đua “Dân vận khéo” năm 2026");
        assertThat(t.campaignPlans.draft(spaced.id()).subject()).as("the name's years written without spaces count too")
                .isEqualTo("Triển khai phong trào “Xanh – sạch – đẹp” giai đoạn 2021-2025");
    }
}
