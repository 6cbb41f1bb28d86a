package vn.dienhinh.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.Deed;
import vn.dienhinh.model.DossierPaper;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.Gender;
import vn.dienhinh.model.Nomination;
import vn.dienhinh.model.Nominee;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.model.Unit;
import vn.dienhinh.testutil.ExemplarFixtures;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.util.UserException;

/** The residence confirmation letters the dossier writes beside its other papers, and their return ticked off. */
class ResidenceLetterTest {

    @TempDir
    Path dir;
    TestDb t;
    Nomination n;
    Exemplar an;
    Exemplar lan;
    List<Path> files;

    @BeforeEach
    void write() {
        t = new TestDb(dir.resolve("db"));
        t.office.save(OfficeProfile.example());
        t.office.saveHierarchy(vn.dienhinh.model.OfficeHierarchy.example());
        Unit ward = t.catalog.saveUnit(Unit.named("Phường Bến Nghé", "Phường"));
        t.catalog.saveUnitSigner(new vn.dienhinh.model.UnitSigner(ward.id(), "ỦY BAN NHÂN DÂN PHƯỜNG BẾN NGHÉ", "Bến Nghé",
                "UBND", "Lê Văn Tám", "CHỦ TỊCH", "ỦY BAN NHÂN DÂN"));
        an = t.registry.save(ExemplarFixtures.person("Nguyễn Văn An", 1980).gender(Gender.MALE).unitId(ward.id())
                .position("Tổ trưởng tổ dân phố 3").birthDate(LocalDate.of(1980, 4, 2)).idNumber("079080001234")
                .residence("Số 6/39 đường Lý Tự Trọng, phường Bến Thành, Quận 1").build());
        lan = t.registry.save(ExemplarFixtures.person("Ngô Thị Lan", 1991).unitId(ward.id()).build());
        Exemplar tdp = t.registry.save(ExemplarFixtures.collective("Tổ dân phố 7").unitId(ward.id()).build());
        AwardForm giayKhen = t.awards.forms().stream().filter(f -> f.name().equals("Giấy khen")).findFirst().orElseThrow();
        List<Nominee> nominees = new java.util.ArrayList<>();
        for (Exemplar e : List.of(an, lan, tdp)) {
            Deed d = t.registry.saveDeed(new Deed(null, e.id(), LocalDate.of(2026, 7, 2), "Việc tốt", null));
            nominees.add(new Nominee(null, e.id(), null, List.of(d.id())));
        }
        n = t.nominations.save(new Nomination(null, giayKhen.id(), "DISTRICT", ward.id(), "Ủy ban nhân dân Quận 1", null,
                12, null, null, null, null, null, null, null, nominees, Map.of()));
        files = t.dossiers.export(n.id(), dir);
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void oneLetterPerIndividualNomineeFollowsTheOtherPapers() {
        List<String> names = files.stream().map(p -> p.getFileName().toString()).toList();
        String stem = "HoSo-DeNghi" + n.id();
        assertThat(names).endsWith(stem + "-DanhSach.xlsx", stem + "-XacNhanCuTru-01-nguyen-van-an.docx",
                stem + "-XacNhanCuTru-02-ngo-thi-lan.docx");
        assertThat(names).noneMatch(s -> s.contains("XacNhanCuTru") && s.contains("to-dan-pho"));
        assertThat(t.dossiers.fileNames(n.id())).isEqualTo(names);
        assertThat(files).allMatch(java.nio.file.Files::exists);
    }

    @Test
    void theLetterIsACongVanToTheWardOfResidenceWithThePartTheWardFillsIn() throws Exception {
        try (XWPFDocument d = DocumentLayout.open(files.get(files.size() - 2))) {
            DocumentLayout.assertPage(d);
            XWPFTable header = d.getTables().get(0);
            // the proposing unit writes it, on its own letterhead, not the office
            assertThat(header.getRow(0).getCell(0).getText().replaceAll("\\s+", " ")).contains("ỦY BAN NHÂN DÂN PHƯỜNG BẾN NGHÉ");
            assertThat(header.getRow(1).getCell(1).getText()).startsWith("Bến Nghé, ngày");
            List<XWPFParagraph> left = header.getRow(1).getCell(0).getParagraphs();
            assertThat(DocxReading.text(left.get(0)).replace('\u00a0', ' ')).matches("Số: +/UBND");
            assertThat(DocxReading.text(left.get(1))).isEqualTo("V/v xác nhận việc chấp hành chủ trương, chính sách, "
                    + "pháp luật tại nơi cư trú của ông Nguyễn Văn An");
            DocumentLayout.assertStyle(left.get(1), 12, false, false);
            List<String> body = DocumentLayout.bodyTexts(d);
            assertThat(body).doesNotContain("CÔNG VĂN");
            assertThat(body).contains("Kính gửi: Ủy ban nhân dân phường Bến Thành, Quận 1.",
                    "- Họ và tên: Nguyễn Văn An;", "- Giới tính: Nam;", "- Ngày sinh: 02/04/1980;",
                    "- Số định danh cá nhân: 079080001234;",
                    "- Nơi cư trú: Số 6/39 đường Lý Tự Trọng, phường Bến Thành, Quận 1;",
                    "- Chức vụ, nơi công tác: Tổ trưởng tổ dân phố 3, Phường Bến Nghé.",
                    "XÁC NHẬN CỦA ỦY BAN NHÂN DÂN PHƯỜNG BẾN THÀNH");
            assertThat(body).anyMatch(s -> s.startsWith("Ủy ban nhân dân phường Bến Nghé đang lập hồ sơ đề nghị tặng Giấy "
                    + "khen của Chủ tịch Ủy ban nhân dân Quận 1 cho ông Nguyễn Văn An"));
            assertThat(body).anyMatch(s -> s.startsWith("Theo quy định") && s.contains("Ủy ban nhân dân phường Bến Nghé "
                    + "kính đề nghị Ủy ban nhân dân phường Bến Thành xác nhận cho ông Nguyễn Văn An")
                    && s.endsWith("để hoàn thiện hồ sơ./."));
            assertThat(body).anyMatch(s -> s.startsWith("Ủy ban nhân dân phường Bến Thành xác nhận ông Nguyễn Văn An"));
            assertThat(body.stream().filter(s -> s.matches("\\.{20,}"))).hasSize(5);
            // the unit's head signs the request; Nơi nhận "Như trên" and the archive
            XWPFTable unit = d.getTables().get(1);
            List<String> recipients = unit.getRow(0).getCell(0).getParagraphs().stream().map(DocxReading::text).toList();
            assertThat(recipients).containsExactly("Nơi nhận:", "- Như trên;", "- Lưu: VT.");
            assertThat(unit.getRow(0).getCell(1).getText()).contains("TM. ỦY BAN NHÂN DÂN").contains("Lê Văn Tám")
                    .doesNotContain("Nguyễn Thị Thu Hiền");
            XWPFTable ward = d.getTables().get(2);
            assertThat(ward.getRow(0).getCell(0).getText()).isBlank();
            assertThat(ward.getRow(0).getCell(1).getText()).contains("TM. ỦY BAN NHÂN DÂN").contains("CHỦ TỊCH")
                    .contains("(Ký, ghi rõ họ tên và đóng dấu)");
        }
    }

    @Test
    void withoutAnAddressTheLetterGoesToTheWardOfResidenceLeftToFillIn() throws Exception {
        try (XWPFDocument d = DocumentLayout.open(files.get(files.size() - 1))) {
            List<String> body = DocumentLayout.bodyTexts(d);
            assertThat(body).contains("Kính gửi: Ủy ban nhân dân xã, phường nơi cư trú.");
            assertThat(body).anyMatch(s -> s.startsWith("- Nơi cư trú: ……"));
            assertThat(String.join("\n", body)).contains("bà Ngô Thị Lan");
        }
    }

    @Test
    void theOfficesOwnNominationAsksFromTheOfficeSignedByItsSigner() throws Exception {
        Deed other = t.registry.saveDeed(new Deed(null, an.id(), LocalDate.of(2026, 8, 9), "Trả lại tài sản", null));
        Nomination own = t.nominations.save(new Nomination(null, n.formId(), "DISTRICT", null, "Ủy ban nhân dân Quận 1",
                null, 13, null, null, null, null, null, null, null, List.of(new Nominee(null, an.id(), null,
                List.of(other.id()))), Map.of()));
        List<Path> out = t.dossiers.export(own.id(), java.nio.file.Files.createDirectories(dir.resolve("own")));
        Path letter = out.get(out.size() - 1);
        assertThat(letter.getFileName().toString()).isEqualTo("HoSo-DeNghi" + own.id() + "-XacNhanCuTru-01-nguyen-van-an.docx");
        try (XWPFDocument d = DocumentLayout.open(letter)) {
            assertThat(d.getTables().get(0).getRow(0).getCell(0).getText()).contains("ỦY BAN NHÂN DÂN QUẬN 1");
            assertThat(DocumentLayout.bodyTexts(d)).anyMatch(s -> s.startsWith("Ủy ban nhân dân Quận 1 đang lập hồ sơ"));
            assertThat(d.getTables().get(1).getRow(0).getCell(1).getText()).contains("KT. CHỦ TỊCH")
                    .contains("Nguyễn Thị Thu Hiền");
        }
    }

    @Test
    void theCommuneIsFoundInTheAddress() {
        assertThat(vn.dienhinh.service.document.ResidenceLettersAccess.commune(
                "Số 6 đường Lý Tự Trọng, Phường Bến Thành, Quận 1")).containsExactly("phường Bến Thành", "Quận 1");
        assertThat(vn.dienhinh.service.document.ResidenceLettersAccess.commune("Thôn 3, xã Tân Phú, tỉnh Đồng Nai"))
                .containsExactly("xã Tân Phú", "tỉnh Đồng Nai");
        assertThat(vn.dienhinh.service.document.ResidenceLettersAccess.commune("Khu 2, thị trấn Hùng Sơn"))
                .containsExactly("thị trấn Hùng Sơn", "");
        assertThat(vn.dienhinh.service.document.ResidenceLettersAccess.commune("12 Nguyễn Huệ, Quận 1")).isNull();
    }

    @Test
    void thePaperIsTickedWhenEveryLetterHasComeBack() {
        assertThat(t.nominations.residenceLetterNominees(n)).extracting(Exemplar::name)
                .containsExactly("Nguyễn Văn An", "Ngô Thị Lan");
        t.nominations.markResidenceLetter(n.id(), an.id(), LocalDate.of(2026, 11, 10));
        assertThat(t.nominations.require(n.id()).papers()).doesNotContainKey(DossierPaper.RESIDENCE_CONFIRMATION);
        Map<Long, LocalDate> back = t.nominations.markResidenceLetter(n.id(), lan.id(), LocalDate.of(2026, 11, 14));
        assertThat(back).containsEntry(an.id(), LocalDate.of(2026, 11, 10)).containsEntry(lan.id(), LocalDate.of(2026, 11, 14));
        assertThat(t.nominations.require(n.id()).papers()).containsEntry(DossierPaper.RESIDENCE_CONFIRMATION,
                LocalDate.of(2026, 11, 14));
        t.nominations.markResidenceLetter(n.id(), an.id(), null);
        assertThat(t.nominations.require(n.id()).papers()).doesNotContainKey(DossierPaper.RESIDENCE_CONFIRMATION);
        assertThat(t.nominations.residenceLetters(n.id())).containsOnlyKeys(lan.id());
        long collective = t.nominations.require(n.id()).nominees().stream().map(Nominee::exemplarId)
                .filter(id -> id != an.id() && id != lan.id()).findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> t.nominations.markResidenceLetter(n.id(), collective,
                LocalDate.of(2026, 11, 1))).isInstanceOf(UserException.class);
    }
}
