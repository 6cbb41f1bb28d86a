package vn.dienhinh.service.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.Introduction;
import vn.dienhinh.model.Quarter;
import vn.dienhinh.report.DocumentLayout;
import vn.dienhinh.report.DocumentMeta;
import vn.dienhinh.report.DocxReading;
import vn.dienhinh.report.ReminderLetter;
import vn.dienhinh.testutil.ReportFixtures;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.util.UserException;

/** The công văn đôn đốc: to the units still owing the quarter, what each owes, by when. */
class ReminderServiceTest {

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
    void remindsTheUnitsStillOwingWithWhatEachOwes() {
        // Q3: Bến Nghé sent both fields, Đa Kao health only, Tân Định nothing
        LocalDate deadline = t.reminders.defaultDeadline(ReportFixtures.Q3);
        assertThat(deadline).as("the quarter is over: a week from today").isEqualTo(TestDb.TODAY.plusDays(7));
        ReminderLetter l = t.reminders.draft(f.campaign.id(), ReportFixtures.Q3, deadline);
        assertThat(l.subjectLine()).isEqualTo("V/v đôn đốc giới thiệu gương điển hình tiên tiến quý III năm 2026");
        assertThat(l.addressees()).containsExactly("Phường Đa Kao", "Phường Tân Định");
        assertThat(l.rows()).containsExactly(
                new ReminderLetter.Owing("Phường Đa Kao", 2, 1, "Giáo dục và đào tạo"),
                new ReminderLetter.Owing("Phường Tân Định", 2, 0, "Y tế; Giáo dục và đào tạo"));
        assertThat(l.basis()).startsWith("Thực hiện Kế hoạch số 124/KH-UBND ngày 05 tháng 01 năm 2026 của Ủy ban nhân dân Quận 1")
                .contains("01 gương mỗi lĩnh vực mỗi quý");
        assertThat(l.status()).isEqualTo("Đến ngày 23/11/2026, còn 2/3 đơn vị chưa gửi đủ gương điển hình tiên tiến "
                + "quý III năm 2026 (còn thiếu 03/06 gương), cụ thể như sau:");
        assertThat(l.request()).contains("trước ngày 30/11/2026").doesNotContain("null");
        assertThat(l.recipients()).containsExactly("Như trên", "Lưu: VT, PNV");
    }

    @Test
    void aQuarterWithTimeLeftIsDueOnItsLastDayAndAUnitThatSentIsNotReminded() {
        assertThat(t.reminders.defaultDeadline(new Quarter(2026, 4))).isEqualTo(LocalDate.of(2026, 12, 31));
        t.introductions.record(new Introduction(null, f.daKao.id(), f.hoa.id(), ReportFixtures.EDUCATION, null,
                ReportFixtures.Q3, LocalDate.of(2026, 11, 20), null, null, null));
        ReminderLetter l = t.reminders.draft(f.campaign.id(), ReportFixtures.Q3, TestDb.TODAY.plusDays(3));
        assertThat(l.addressees()).containsExactly("Phường Tân Định");
    }

    @Test
    void refusesWhenNobodyOwesOrTheDeadlineIsPast() {
        assertThatThrownBy(() -> t.reminders.draft(f.campaign.id(), ReportFixtures.Q3, TestDb.TODAY.minusDays(1)))
                .isInstanceOf(UserException.class).hasMessageContaining("Hạn gửi 22/11/2026 đã qua");
        for (var u : List.of(f.daKao, f.tanDinh)) {
            for (long field : List.of(ReportFixtures.HEALTH, ReportFixtures.EDUCATION)) {
                t.introductions.record(new Introduction(null, u.id(), f.an.id(), field, null, ReportFixtures.Q3,
                        LocalDate.of(2026, 9, 1), null, null, null));
            }
        }
        assertThatThrownBy(() -> t.reminders.draft(f.campaign.id(), ReportFixtures.Q3, TestDb.TODAY))
                .isInstanceOf(UserException.class).hasMessageContaining("không có đơn vị nào cần đôn đốc");
    }

    @Test
    void theLetterIsACongVanWithItsTrichYeuAndTable() throws Exception {
        ReminderLetter l = t.reminders.draft(f.campaign.id(), ReportFixtures.Q3, LocalDate.of(2026, 11, 30));
        Path file = t.reminders.export(l.withRequest(l.request() + " Đơn vị gửi kèm ảnh."),
                new DocumentMeta(15, TestDb.TODAY, false), dir.resolve(ReminderService.fileName(ReportFixtures.Q3)));
        assertThat(file.getFileName().toString()).isEqualTo("CongVan-DonDoc-Quy3-2026.docx");
        try (XWPFDocument doc = DocumentLayout.open(file)) {
            DocumentLayout.assertPage(doc);
            XWPFTable header = doc.getTables().get(0);
            List<XWPFParagraph> left = header.getRow(1).getCell(0).getParagraphs();
            assertThat(DocxReading.text(left.get(0))).isEqualTo("Số: 15/UBND");
            assertThat(DocxReading.text(left.get(1)).replace('\n', ' '))
                    .isEqualTo("V/v đôn đốc giới thiệu gương điển hình tiên tiến quý III năm 2026");
            DocumentLayout.assertStyle(left.get(1), 12, false, false);
            List<String> body = DocumentLayout.bodyTexts(doc);
            assertThat(body).doesNotContain("CÔNG VĂN").contains("Kính gửi: - Phường Đa Kao;", "- Phường Tân Định.");
            assertThat(body).anyMatch(s -> s.endsWith("Đơn vị gửi kèm ảnh."));
            assertThat(body.get(body.size() - 1)).endsWith("thực hiện./.");
            XWPFTable owing = doc.getTables().get(1);
            assertThat(owing.getRows()).hasSize(3);
            assertThat(owing.getRow(2).getCell(1).getText()).isEqualTo("Phường Tân Định");
            assertThat(owing.getRow(2).getCell(4).getText()).isEqualTo("Y tế; Giáo dục và đào tạo");
            DocumentLayout.assertSignature(doc, List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                    "Nguyễn Thị Thu Hiền"));
        }
    }

    @Test
    void aDraftingUnitInTheProfileFollowsTheAgencySymbolInTheLettersNumber() throws Exception {
        // Nghị định 30/2020/NĐ-CP, Phụ lục III: a công văn's symbol is the issuer's, then the drafting unit's
        vn.dienhinh.model.OfficeProfile p = t.office.load();
        t.office.save(new vn.dienhinh.model.OfficeProfile(p.parentAgency(), p.agency(), p.place(), p.symbol(),
                p.signerName(), p.signerTitle(), p.onBehalfOf(), p.authority(), p.principalTitle(), p.defaultRecipients(),
                "NV"));
        ReminderLetter l = t.reminders.draft(f.campaign.id(), ReportFixtures.Q3, LocalDate.of(2026, 11, 30));
        Path file = t.reminders.export(l, new DocumentMeta(3, TestDb.TODAY, false), dir.resolve("cv.docx"));
        try (XWPFDocument doc = DocumentLayout.open(file)) {
            List<XWPFParagraph> left = doc.getTables().get(0).getRow(1).getCell(0).getParagraphs();
            assertThat(DocxReading.text(left.get(0))).isEqualTo("Số: 03/UBND-NV");
        }
    }
}
