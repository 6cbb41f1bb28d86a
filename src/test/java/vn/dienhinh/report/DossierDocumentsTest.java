package vn.dienhinh.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.Commendation;
import vn.dienhinh.model.Deed;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.Nomination;
import vn.dienhinh.model.Nominee;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.model.Unit;
import vn.dienhinh.testutil.ExemplarFixtures;
import vn.dienhinh.testutil.TestDb;

/** The nomination dossier read back with POI: the nominee rows, the prior-commendation table, the layout. */
class DossierDocumentsTest {

    @TempDir
    Path dir;
    TestDb t;
    Nomination n;
    List<Path> files;

    @BeforeEach
    void write() {
        t = new TestDb(dir.resolve("db"));
        t.office.save(OfficeProfile.example());
        Unit ward = t.catalog.saveUnit(Unit.named("Phường Bến Nghé", "Phường"));
        Exemplar an = t.registry.save(ExemplarFixtures.person("Nguyễn Văn An", 1980).unitId(ward.id())
                .position("Tổ trưởng tổ dân phố 3").summary("Cứu 2 người đuối nước trên sông Sài Gòn").build());
        Exemplar lan = t.registry.save(ExemplarFixtures.person("Ngô Thị Lan", 1991).unitId(ward.id()).build());
        Deed rescue = t.registry.saveDeed(new Deed(null, an.id(), LocalDate.of(2026, 7, 2), "Cứu người đuối nước", null));
        Deed old = t.registry.saveDeed(new Deed(null, an.id(), LocalDate.of(2024, 3, 1), "Hiến máu 20 lần", null));
        Deed blood = t.registry.saveDeed(new Deed(null, lan.id(), LocalDate.of(2026, 8, 2), "Trả lại tài sản", null));
        AwardForm certificate = t.awards.forms().get(0);
        AwardForm goodDeeds = t.awards.forms().stream().filter(f -> f.name().equals("Người tốt, việc tốt")).findFirst()
                .orElseThrow();
        t.awards.record(new Commendation(null, an.id(), certificate.id(), "COMMUNE", "07/QĐ-UBND",
                LocalDate.of(2024, 5, 6), "Ủy ban nhân dân phường Bến Nghé", null, null, null, List.of(old.id())));
        n = t.nominations.save(new Nomination(null, goodDeeds.id(), "DISTRICT", ward.id(), "Ủy ban nhân dân Quận 1",
                null, 12, null, null, null, null, null, null, null, List.of(new Nominee(null, an.id(), null,
                List.of(rescue.id())), new Nominee(null, lan.id(), null, List.of(blood.id()))), Map.of()));
        files = t.dossiers.export(n.id(), dir);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private static List<String> cells(XWPFTableRow r) {
        return r.getTableCells().stream().map(c -> c.getText().strip()).toList();
    }

    @Test
    void writesTheSubmissionTheExtractOneReportPerNomineeAndTheList() {
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(
                "HoSo-DeNghi" + n.id() + "-ToTrinh.docx", "HoSo-DeNghi" + n.id() + "-TrichNgang.docx",
                "HoSo-DeNghi" + n.id() + "-BaoCaoThanhTich-01-nguyen-van-an.docx",
                "HoSo-DeNghi" + n.id() + "-BaoCaoThanhTich-02-ngo-thi-lan.docx", "HoSo-DeNghi" + n.id() + "-DanhSach.xlsx",
                "HoSo-DeNghi" + n.id() + "-XacNhanCuTru-01-nguyen-van-an.docx",
                "HoSo-DeNghi" + n.id() + "-XacNhanCuTru-02-ngo-thi-lan.docx");
    }

    @Test
    void theSubmissionIsATtrInTheOfficialLayoutAddressedToTheAuthority() throws Exception {
        try (XWPFDocument d = DocumentLayout.open(files.get(0))) {
            DocumentLayout.assertPage(d);
            String all = String.join("\n", DocumentLayout.bodyTexts(d));
            assertThat(all).contains("TỜ TRÌNH").contains("Kính gửi: Ủy ban nhân dân Quận 1.")
                    .contains("danh hiệu “Người tốt, việc tốt” cấp huyện, quận cho 2 cá nhân có tên sau đây:");
            XWPFTable header = d.getTables().get(0);
            assertThat(header.getRow(1).getCell(0).getText().replace('\u00a0', ' ')).startsWith("Số: 12/TTr-");
            XWPFTable list = d.getTables().get(1);
            assertThat(cells(list.getRow(0))).containsExactly("STT", "Họ và tên / Tên tập thể", "Chức vụ, đơn vị",
                    "Hình thức đề nghị");
            assertThat(list.getRow(0).isRepeatHeader()).isTrue();
            assertThat(cells(list.getRow(1))).containsExactly("1", "Nguyễn Văn An", "Tổ trưởng tổ dân phố 3, Phường Bến Nghé",
                    "Người tốt, việc tốt");
        }
    }

    @Test
    void theExtractIsALandscapeTableOfTheNomineesCertifiedByTheHeadOfTheUnit() throws Exception {
        try (XWPFDocument d = DocumentLayout.open(files.get(1))) {
            var size = d.getDocument().getBody().getSectPr().getPgSz();
            assertThat(size.getW()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(size.getH()).isEqualTo(BigInteger.valueOf(11906));
            XWPFTable list = d.getTables().get(1);
            assertThat(cells(list.getRow(0))).containsExactly("STT", "Họ và tên / Tên tập thể", "Năm sinh",
                    "Chức vụ, đơn vị", "Tóm tắt thành tích", "Hình thức đề nghị");
            assertThat(cells(list.getRow(1)).subList(0, 5)).containsExactly("1", "Nguyễn Văn An", "1980",
                    "Tổ trưởng tổ dân phố 3, Phường Bến Nghé", "Cứu 2 người đuối nước trên sông Sài Gòn");
            XWPFTable sign = d.getTables().get(d.getTables().size() - 1);
            assertThat(sign.getRow(0).getCell(1).getText()).contains("XÁC NHẬN CỦA THỦ TRƯỞNG PHƯỜNG BẾN NGHÉ");
        }
    }

    @Test
    void eachAchievementReportHasItsThreePartsAndThePriorCommendationTable() throws Exception {
        try (XWPFDocument d = DocumentLayout.open(files.get(2))) {
            DocumentLayout.assertPage(d);
            String all = String.join("\n", DocumentLayout.bodyTexts(d));
            assertThat(all).contains("I. SƠ LƯỢC LÝ LỊCH").contains("II. THÀNH TÍCH ĐẠT ĐƯỢC")
                    .contains("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG").contains("02/07/2026: Cứu người đuối nước");
            XWPFTable priors = d.getTables().get(1);
            assertThat(cells(priors.getRow(0))).containsExactly("Năm", "Hình thức, danh hiệu", "Số, ngày quyết định",
                    "Cơ quan ban hành");
            assertThat(cells(priors.getRow(1))).containsExactly("2024", "Giấy khen (Cấp xã, phường)",
                    "Số 07/QĐ-UBND ngày 06/05/2024", "Ủy ban nhân dân phường Bến Nghé");
            XWPFTable sign = d.getTables().get(d.getTables().size() - 1);
            assertThat(sign.getRow(0).getCell(1).getText()).contains("NGƯỜI BÁO CÁO THÀNH TÍCH").contains("Nguyễn Văn An");
        }
        try (XWPFDocument d = DocumentLayout.open(files.get(3))) {
            assertThat(String.join("\n", DocumentLayout.bodyTexts(d))).contains("Chưa được khen thưởng.");
        }
    }

    @Test
    void whoIsProposedIsCountedByKind() {
        Map<ExemplarKind, Integer> kinds = new java.util.EnumMap<>(ExemplarKind.class);
        kinds.put(ExemplarKind.INDIVIDUAL, 2);
        assertThat(vn.dienhinh.service.document.DossierService.whom(kinds)).isEqualTo("2 cá nhân");
        kinds.put(ExemplarKind.COLLECTIVE, 1);
        assertThat(vn.dienhinh.service.document.DossierService.whom(kinds)).isEqualTo("2 cá nhân và 1 tập thể");
        kinds.put(ExemplarKind.HOUSEHOLD, 1);
        assertThat(vn.dienhinh.service.document.DossierService.whom(kinds))
                .isEqualTo("2 cá nhân, 1 tập thể và 1 hộ gia đình");
    }

    @Test
    void aDocumentEndingInItsSignatureEndsWithAOnePointLineNotAnEmptyPage() throws Exception {
        for (int i = 0; i < 3; i++) {
            try (XWPFDocument d = DocumentLayout.open(files.get(i))) {
                var body = d.getBodyElements();
                assertThat(body.get(body.size() - 2)).as(files.get(i).toString()).isInstanceOf(XWPFTable.class);
                var last = (org.apache.poi.xwpf.usermodel.XWPFParagraph) body.get(body.size() - 1);
                assertThat(last.getText()).isEmpty();
                assertThat(last.getSpacingBetween()).isEqualTo(1.0);
                assertThat(last.getSpacingLineRule()).isEqualTo(org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
            }
        }
    }
}
