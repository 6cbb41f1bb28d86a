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
                .contains("giới thiệu 01 gương điển hình tiên tiến trên mỗi lĩnh vực (cả 04 quý trong năm), gửi về cơ quan "
                        + "thường trực Hội đồng Thi đua - Khen thưởng trước ngày cuối quý để tổng hợp, tuyên truyền.")
                .as("the reporting schedule from the phases' ends").contains("3. Chế độ báo cáo\n"
                        + "- Sơ kết Giai đoạn 1: các cơ quan, đơn vị báo cáo kết quả thực hiện, kèm hồ sơ đề nghị khen thưởng "
                        + "(nếu có), gửi về cơ quan thường trực Hội đồng Thi đua - Khen thưởng trước ngày 30/06/2026.\n"
                        + "- Tổng kết (Giai đoạn 2): ")
                .contains("4. Hồ sơ đề nghị khen thưởng (01 bộ)\n- Tờ trình đề nghị khen thưởng")
                .contains("- Đối với cá nhân: văn bản của địa phương nơi cư trú");
        assertThat(d.criteriaCollective()).as("collectives have targets: their criteria stay").isNotBlank();
        assertThat(d.organisation()).as("the units given a quota, by name, with their tasks")
                .startsWith("1. Cơ quan thường trực Hội đồng Thi đua - Khen thưởng\n- Tham mưu")
                .contains("2. Phường Bến Nghé, Phường Đa Kao, Phường Tân Định\n")
                .contains("- Hằng quý giới thiệu 01 gương mỗi lĩnh vực mỗi quý, gửi về cơ quan thường trực Hội đồng "
                        + "Thi đua - Khen thưởng trước ngày cuối quý.")
                .contains("3. Các cơ quan, đơn vị khác thuộc Ủy ban nhân dân Quận 1");
        assertThat(d.recipients()).endsWith("Lưu: VT, PNV");
        DocumentMeta m = t.campaignPlans.meta(f.campaign.id());
        assertThat(m.number()).isEqualTo(124);
        assertThat(m.date()).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void writesTheEditedPlan() throws Exception {
        PlanText d = t.campaignPlans.draft(f.campaign.id());
        PlanText edited = new PlanText(d.subject(), d.bases(), d.intro(), d.purposes(), d.requirements(),
                "- Nội dung do cán bộ sửa.", d.criteriaCollective(), d.criteriaIndividual(), d.criteriaHousehold(), d.phases(), d.organisation(),
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

    @Test
    void anIndividualsOnlyCampaignHasNoCollectiveCriteriaAndItsPlanNamesTheAdvisoryBody() {
        t.office.saveHierarchy(vn.dienhinh.model.OfficeHierarchy.example());
        Campaign ntvt = t.campaigns.save(Campaign.named("Người tốt, việc tốt").withPeriod(2026, 2026).withPhases(List.of(
                new vn.dienhinh.model.Phase(null, "Năm 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 30), 10, 0, 0,
                        null))));
        PlanText d = t.campaignPlans.draft(ntvt.id());
        assertThat(d.criteriaCollective()).isEmpty();
        assertThat(d.criteriaIndividual()).endsWith("chỉ thực hiện đối với cá nhân (không áp dụng cho tập thể, hộ gia đình).");
        String advisory = vn.dienhinh.model.OfficeHierarchy.example().advisoryBody();
        assertThat(d.phases()).contains("- Tổng kết (Năm 2026): các cơ quan, đơn vị báo cáo tổng kết, kèm hồ sơ đề nghị khen "
                        + "thưởng (nếu có), gửi về " + advisory + " trước ngày 30/11/2026.")
                .doesNotContain("Báo cáo thành tích").contains("- Văn bản của địa phương nơi cư trú");
        assertThat(d.organisation()).startsWith("1. " + advisory + ", cơ quan thường trực Hội đồng Thi đua - Khen thưởng")
                .contains("2. Các cơ quan, đơn vị thuộc Ủy ban nhân dân Quận 1");
    }

    @Test
    void aCampaignJoinedToAMovementIsNamedAsTheSeedDoesAndItsHouseholdTargetGetsCriteria() throws Exception {
        // the demo's campaign 2 and seed 004: the campaign's own words quoted, the movement it is joined to as written
        Campaign joined = t.campaigns.save(Campaign.named("Toàn dân đoàn kết xây dựng đời sống văn hóa gắn với Cuộc vận "
                + "động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”").withPeriod(2021, 2025)
                .withPhases(List.of(new vn.dienhinh.model.Phase(null, "Giai đoạn 1", LocalDate.of(2021, 1, 1),
                        LocalDate.of(2023, 6, 30), 3, 3, 2, null))));
        String phrase = "phong trào thi đua “Toàn dân đoàn kết xây dựng đời sống văn hóa” gắn với Cuộc vận động "
                + "“Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” giai đoạn 2021 - 2025";
        PlanText d = t.campaignPlans.draft(joined.id());
        assertThat(d.subject()).isEqualTo("Triển khai " + phrase);
        assertThat(d.criteriaHousehold()).as("the phase targets 02 households").startsWith("- Là hộ gia đình");
        Path file = t.campaignPlans.export(d, t.campaignPlans.meta(joined.id()), dir.resolve("kh.docx"));
        try (XWPFDocument doc = DocumentLayout.open(file)) {
            DocumentLayout.assertTitle(doc, "KẾ HOẠCH", "Triển khai " + phrase);
            List<String> texts = DocumentLayout.bodyTexts(doc);
            assertThat(texts).contains("1. Đối với tập thể", "2. Đối với cá nhân", "3. Đối với hộ gia đình",
                    "Trên đây là Kế hoạch triển khai " + phrase + " của Ủy ban nhân dân Quận 1. Đề nghị thủ trưởng các "
                            + "cơ quan, đơn vị nghiêm túc triển khai thực hiện./.");
            assertThat(String.join("\n", texts)).doesNotContain("thi đua toàn dân").doesNotContain("““");
        }
        assertThat(t.campaignPlans.draft(f.campaign.id()).criteriaHousehold()).as("no household target, no criteria")
                .isEmpty();
    }
}
