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
    Unit ward;
    Unit school;

    @BeforeEach
    void write() {
        t = new TestDb(dir.resolve("db"));
        t.office.save(OfficeProfile.example());
        t.office.saveHierarchy(vn.dienhinh.model.OfficeHierarchy.example());
        ward = t.catalog.saveUnit(Unit.named("Phường Bến Nghé", "Phường"));
        t.catalog.saveUnitSigner(new vn.dienhinh.model.UnitSigner(ward.id(), "ỦY BAN NHÂN DÂN PHƯỜNG BẾN NGHÉ", "Bến Nghé",
                "UBND", "Lê Văn Tám", "CHỦ TỊCH", "ỦY BAN NHÂN DÂN"));
        school = t.catalog.saveUnit(Unit.named("Trường Tiểu học Trần Hưng Đạo", "Trường học"));
        t.catalog.saveUnitSigner(new vn.dienhinh.model.UnitSigner(school.id(), "TRƯỜNG TIỂU HỌC TRẦN HƯNG ĐẠO", "Quận 1",
                "THTHĐ", "Phạm Thị Mai", "HIỆU TRƯỞNG", ""));
        Exemplar an = t.registry.save(ExemplarFixtures.person("Nguyễn Văn An", 1980).unitId(ward.id())
                .position("Tổ trưởng tổ dân phố 3").summary("Cứu 2 người đuối nước trên sông Sài Gòn").build());
        Exemplar lan = t.registry.save(ExemplarFixtures.person("Ngô Thị Lan", 1991).unitId(school.id())
                .position("Giáo viên").build());
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
        files = t.dossiers.export(n.id(), new DocumentMeta(12, LocalDate.of(2026, 11, 20), false), dir);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private static List<String> cells(XWPFTableRow r) {
        return r.getTableCells().stream().map(c -> DocxReading.text(c).strip()).toList();
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
            // the ward's own tờ trình, on its letterhead, to the district's chairman through the advisory office
            DocumentLayout.assertHeader(d, "ỦY BAN NHÂN DÂN QUẬN 1", "ỦY BAN NHÂN DÂN PHƯỜNG BẾN NGHÉ",
                    "Số: 12/TTr-UBND", "Bến Nghé, ngày 20 tháng 11 năm 2026");
            String all = String.join("\n", DocumentLayout.bodyTexts(d));
            assertThat(all).contains("TỜ TRÌNH")
                    .contains("Kính gửi: Chủ tịch Ủy ban nhân dân Quận 1 (qua Phòng Nội vụ).")
                    .contains("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;")
                    .contains("Căn cứ Nghị định số 152/2025/NĐ-CP")
                    .contains("Xét thành tích đạt được, Ủy ban nhân dân phường Bến Nghé kính trình Chủ tịch Ủy ban "
                            + "nhân dân Quận 1 xem xét, tặng danh hiệu “Người tốt, việc tốt” cho 02 cá "
                            + "nhân có tên sau đây:")
                    .contains("Kính trình Chủ tịch Ủy ban nhân dân Quận 1 xem xét, quyết định.")
                    .doesNotContain("Đề nghị số");
            XWPFTable sign = d.getTables().get(d.getTables().size() - 1);
            assertThat(sign.getRow(0).getCell(0).getText()).contains("- Như trên;").contains("- Lưu: VT.")
                    .doesNotContain("Ban Thi đua");
            assertThat(sign.getRow(0).getCell(1).getText()).contains("TM. ỦY BAN NHÂN DÂN").contains("CHỦ TỊCH")
                    .contains("Lê Văn Tám");
            assertThat(t.dossiers.missing(n.id())).isEmpty();
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
                    "Tổ trưởng tổ dân phố 3, Phường Bến Nghé", "Cứu 2 người đuối nước trên sông Sài Gòn. Thành tích: "
                            + "Cứu người đuối nước (ngày 02/07/2026).");
            assertThat(DocumentLayout.bodyTexts(d)).contains("(Kèm theo Tờ trình số 12/TTr-UBND ngày 20/11/2026 của Ủy "
                    + "ban nhân dân phường Bến Nghé)");
            XWPFTable sign = d.getTables().get(d.getTables().size() - 1);
            assertThat(sign.getRow(0).getCell(1).getText()).contains("XÁC NHẬN, ĐỀ NGHỊ CỦA THỦ TRƯỞNG ĐƠN VỊ")
                    .contains("(Ký, đóng dấu)").contains("Lê Văn Tám");
        }
    }

    @Test
    void theExtractsLastRowGoesToTheNextPageWithTheSignatureRatherThanLeaveItAlone() throws Exception {
        try (XWPFDocument d = DocumentLayout.open(files.get(1))) {
            XWPFTable list = d.getTables().get(1);
            XWPFTableRow last = list.getRow(list.getNumberOfRows() - 1);
            assertThat(last.getTableCells()).allSatisfy(c -> assertThat(c.getParagraphs())
                    .allSatisfy(p -> assertThat(p.isKeepNext()).isTrue()));
            assertThat(list.getRow(1).getTableCells().get(0).getParagraphs().get(0).isKeepNext())
                    .as("the rows above may break across pages").isFalse();
        }
    }

    @Test
    void theExcelListSaysTheTờTrìnhItGoesWithInTheWordsOfTheExtractNotADayCounted() throws Exception {
        assertThat(heading(files)).containsExactly("DANH SÁCH TRÍCH NGANG THÀNH TÍCH",
                "Về việc đề nghị tặng danh hiệu “Người tốt, việc tốt”",
                "(Kèm theo Tờ trình số 12/TTr-UBND ngày 20/11/2026 của "
                        + Punctuation.unbroken("Ủy ban nhân dân phường Bến Nghé") + ")");
        assertThat(heading(files).get(2).replace(Punctuation.NO_BREAK, ' ')).isEqualTo(attachedLine(files.get(1)));
        // a tờ trình not yet numbered: the list leaves the same blanks the Word extract leaves
        Path undated = java.nio.file.Files.createDirectories(dir.resolve("chua-so"));
        List<Path> blank = t.dossiers.export(n.id(), new DocumentMeta(null, LocalDate.of(2026, 11, 20), true), undated);
        String open = heading(blank).get(2);
        assertThat(open).isEqualTo("(Kèm theo Tờ trình số " + VnDates.BLANK + "/TTr-UBND ngày " + VnDates.BLANK
                + "/11/2026 của " + Punctuation.unbroken("Ủy ban nhân dân phường Bến Nghé") + ")");
        // the Word caption writes the same, its blanks kept for the clerk's pen ("số /TTr-UBND ngày /11/2026" was
        // what it printed when it closed them up)
        assertThat(attachedLine(blank.get(1))).isEqualTo(open.replace(Punctuation.NO_BREAK, ' '));
    }

    /** Title, subtitle and the line under them of the dossier's Excel list. */
    private static List<String> heading(List<Path> dossier) throws Exception {
        Path list = dossier.stream().filter(p -> p.getFileName().toString().endsWith("-DanhSach.xlsx")).findFirst()
                .orElseThrow();
        try (var wb = ExcelPrintSetup.open(list)) {
            var sh = wb.getSheetAt(0);
            int top = ExcelListWriter.FRAMED_OFFSET;
            return List.of(sh.getRow(top).getCell(0).getStringCellValue(),
                    sh.getRow(top + 1).getCell(0).getStringCellValue(), sh.getRow(top + 2).getCell(0).getStringCellValue());
        }
    }

    private static String attachedLine(Path extract) throws Exception {
        try (XWPFDocument d = DocumentLayout.open(extract)) {
            return DocumentLayout.bodyTexts(d).stream().filter(s -> s.startsWith("(Kèm theo")).findFirst().orElseThrow();
        }
    }

    @Test
    void eachAchievementReportHasItsThreePartsAndThePriorCommendationTable() throws Exception {
        try (XWPFDocument d = DocumentLayout.open(files.get(2))) {
            DocumentLayout.assertPage(d);
            String all = String.join("\n", DocumentLayout.bodyTexts(d));
            assertThat(all).contains("I. SƠ LƯỢC LÝ LỊCH").contains("II. THÀNH TÍCH ĐẠT ĐƯỢC")
                    .contains("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG").contains("Cứu người đuối nước (ngày 02/07/2026)")
                    .as("no date before the deed, no two colons in a row").doesNotContain("02/07/2026:");
            XWPFTable priors = d.getTables().get(1);
            assertThat(cells(priors.getRow(0))).containsExactly("Năm", "Hình thức, danh hiệu", "Số, ngày quyết định",
                    "Cơ quan ban hành");
            assertThat(cells(priors.getRow(1))).containsExactly("2024", "Giấy khen (Cấp xã, phường)",
                    "Số 07/QĐ-UBND ngày 06/05/2024", "Ủy ban nhân dân phường Bến Nghé");
            XWPFTable sign = d.getTables().get(d.getTables().size() - 1);
            assertThat(sign.getRow(0).getCell(1).getText()).contains("NGƯỜI BÁO CÁO THÀNH TÍCH")
                    .contains("(Ký, ghi rõ họ và tên)").contains("Nguyễn Văn An");
            // the decree's form asks for what the registry does not keep: a line the clerk fills in
            assertThat(all).contains("- Quê quán: ……").contains("- Dân tộc: ……").contains("- Trình độ chuyên môn, nghiệp vụ: ……");
            // the office's number is not on a nominee's own report
            XWPFTable header = d.getTables().get(0);
            assertThat(header.getRow(1).getCell(0).getText().strip()).isEmpty();
        }
        try (XWPFDocument d = DocumentLayout.open(files.get(3))) {
            assertThat(String.join("\n", DocumentLayout.bodyTexts(d))).contains("Chưa được khen thưởng.");
            // the school's teacher: on the school's letterhead, certified by its head
            DocumentLayout.assertHeader(d, "ỦY BAN NHÂN DÂN QUẬN 1", "TRƯỜNG TIỂU HỌC TRẦN HƯNG ĐẠO", "",
                    "Quận 1, ngày 20 tháng 11 năm 2026");
            XWPFTable sign = d.getTables().get(d.getTables().size() - 1);
            assertThat(sign.getRow(0).getCell(0).getText()).contains("(Ký, đóng dấu)").contains("Phạm Thị Mai");
        }
    }

    @Test
    void theOfficesOwnNominationGoesToTheLevelAboveAndWhatIsMissingIsSaid() throws Exception {
        Nomination own = t.nominations.save(new Nomination(null, n.formId(), "PROVINCE", null, "Ủy ban nhân dân Thành phố",
                null, 3, null, null, null, null, null, null, null, List.of(new Nominee(null,
                n.nominees().get(0).exemplarId(), null, List.of())), Map.of()));
        List<Path> out = t.dossiers.export(own.id(), new DocumentMeta(3, LocalDate.of(2026, 11, 20), false),
                java.nio.file.Files.createDirectories(dir.resolve("own")));
        try (XWPFDocument d = DocumentLayout.open(out.get(0))) {
            DocumentLayout.assertHeader(d, "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "ỦY BAN NHÂN DÂN QUẬN 1",
                    "Số: 03/TTr-UBND", "Quận 1, ngày 20 tháng 11 năm 2026");
            assertThat(String.join("\n", DocumentLayout.bodyTexts(d))).contains("Kính gửi: Chủ tịch Ủy ban nhân dân "
                    + "Thành phố Hồ Chí Minh (qua Ban Thi đua - Khen thưởng Thành phố).");
        }
        // a unit never described: the placeholders of the form, and a sentence naming the setting
        Unit club = t.catalog.saveUnit(Unit.named("Câu lạc bộ hưu trí", "Khác"));
        Nomination bare = t.nominations.save(new Nomination(null, n.formId(), "DISTRICT", club.id(), "UBND Quận 1",
                null, null, null, null, null, null, null, null, null, List.of(new Nominee(null,
                n.nominees().get(0).exemplarId(), null, List.of())), Map.of()));
        assertThat(t.dossiers.missing(bare.id())).containsExactly("Chưa khai báo thông tin ký văn bản của đơn vị “Câu "
                + "lạc bộ hưu trí” (Danh mục › Đơn vị › Thông tin ký văn bản): tên trên tiêu đề, địa danh, ký hiệu hoặc "
                + "thủ trưởng để trống cho văn thư điền.");
    }

    @Test
    void aUnitInsideAWardHasTheWardAboveItsNameNotTheDistrict() throws Exception {
        Unit block = t.catalog.saveUnit(new Unit(null, ward.id(), "Khu phố 1, phường Bến Nghé", "Khu phố", null, null,
                null, null, null, true, null));
        Exemplar ha = t.registry.save(ExemplarFixtures.person("Trần Thị Hà", 1975).unitId(block.id())
                .position("Trưởng khu phố").build());
        Deed land = t.registry.saveDeed(new Deed(null, ha.id(), LocalDate.of(2026, 6, 1), "Vận động hiến đất mở hẻm", null));
        Nomination m = t.nominations.save(new Nomination(null, t.awards.forms().get(0).id(), "DISTRICT", block.id(),
                "Ủy ban nhân dân Quận 1", null, null, null, null, null, null, null, null, null,
                List.of(new Nominee(null, ha.id(), null, List.of(land.id()))), Map.of()));
        Path into = java.nio.file.Files.createDirectories(dir.resolve("khu-pho"));
        List<Path> out = t.dossiers.export(m.id(), new DocumentMeta(3, LocalDate.of(2026, 11, 20), false), into);
        // the tờ trình and the block's own báo cáo thành tích: the ward it belongs to, not the district, above it
        for (Path p : List.of(out.get(0), out.get(2))) {
            try (XWPFDocument d = DocumentLayout.open(p)) {
                var left = d.getTables().get(0).getRow(0).getCell(0).getParagraphs();
                assertThat(DocxReading.text(left.get(0))).as(p.getFileName().toString())
                        .isEqualTo("ỦY BAN NHÂN DÂN PHƯỜNG BẾN NGHÉ");
                assertThat(DocxReading.text(left.get(1))).isEqualTo("KHU PHỐ 1, PHƯỜNG BẾN NGHÉ");
            }
        }
    }

    @Test
    void aResidentOfAToDanPhoIsCertifiedByTheWardThatProposesHerUnderTheWardsLetterhead() throws Exception {
        // ward › khu phố › tổ dân phố: neither the khu phố nor the tổ has a letterhead or a seal of its own
        Unit block = t.catalog.saveUnit(new Unit(null, ward.id(), "Khu phố 3, phường Bến Nghé", "Khu phố", null, null,
                null, null, null, true, null));
        Unit group = t.catalog.saveUnit(new Unit(null, block.id(), "Tổ dân phố 9, phường Bến Nghé", "Tổ dân phố", null,
                null, null, null, null, true, null));
        Exemplar oanh = t.registry.save(ExemplarFixtures.person("Huỳnh Thị Oanh", 1988).unitId(group.id())
                .position("Nội trợ").build());
        Deed meals = t.registry.saveDeed(new Deed(null, oanh.id(), LocalDate.of(2026, 9, 13), "Nấu cơm từ thiện", null));
        Nomination byWard = t.nominations.save(new Nomination(null, t.awards.forms().get(0).id(), "DISTRICT", ward.id(),
                "Ủy ban nhân dân Quận 1", null, null, null, null, null, null, null, null, null,
                List.of(new Nominee(null, oanh.id(), null, List.of(meals.id()))), Map.of()));
        List<Path> out = t.dossiers.export(byWard.id(), new DocumentMeta(4, LocalDate.of(2026, 11, 20), false),
                java.nio.file.Files.createDirectories(dir.resolve("to-dan-pho")));
        Path report = out.stream().filter(p -> p.getFileName().toString().contains("BaoCaoThanhTich")).findFirst()
                .orElseThrow();
        try (XWPFDocument d = DocumentLayout.open(report)) {
            DocumentLayout.assertHeader(d, "ỦY BAN NHÂN DÂN QUẬN 1", "ỦY BAN NHÂN DÂN PHƯỜNG BẾN NGHÉ", "",
                    "Bến Nghé, ngày 20 tháng 11 năm 2026");
            XWPFTable sign = d.getTables().get(d.getTables().size() - 1);
            assertThat(sign.getRow(0).getCell(0).getText()).contains("(Ký, đóng dấu)").contains("Lê Văn Tám");
        }
        // proposed by the tổ itself, its report is its own, under the ward's letterhead (the khu phố has none)
        Nomination byGroup = t.nominations.save(new Nomination(null, t.awards.forms().get(0).id(), "DISTRICT", group.id(),
                "Ủy ban nhân dân Quận 1", null, null, null, null, null, null, null, null, null,
                List.of(new Nominee(null, oanh.id(), null, List.of(meals.id()))), Map.of()));
        out = t.dossiers.export(byGroup.id(), new DocumentMeta(5, LocalDate.of(2026, 11, 20), false),
                java.nio.file.Files.createDirectories(dir.resolve("to-dan-pho-2")));
        try (XWPFDocument d = DocumentLayout.open(out.get(0))) {
            var left = d.getTables().get(0).getRow(0).getCell(0).getParagraphs();
            assertThat(DocxReading.text(left.get(0))).isEqualTo("ỦY BAN NHÂN DÂN PHƯỜNG BẾN NGHÉ");
            assertThat(DocxReading.text(left.get(1))).isEqualTo("TỔ DÂN PHỐ 9, PHƯỜNG BẾN NGHÉ");
        }
    }

    /** The paragraphs with their line breaks kept as "\n". */
    private static List<String> withBreaks(XWPFDocument d) {
        return d.getParagraphs().stream().map(p -> p.getText().replace(Punctuation.NO_BREAK, ' ')).toList();
    }

    /** A Giấy khen for two collectives and one person, proposed by the ward. */
    private List<Path> mixedCertificateDossier() throws Exception {
        Exemplar team = t.registry.save(ExemplarFixtures.collective("Tổ dân phố 3").unitId(ward.id()).build());
        Exemplar club = t.registry.save(ExemplarFixtures.collective("Câu lạc bộ dưỡng sinh").unitId(ward.id()).build());
        Exemplar an = t.registry.require(n.nominees().get(0).exemplarId());
        List<Nominee> nominees = new java.util.ArrayList<>();
        for (Exemplar e : List.of(an, team, club)) {
            Deed d = t.registry.saveDeed(new Deed(null, e.id(), LocalDate.of(2026, 9, 1), "Giữ gìn vệ sinh khu phố", null));
            nominees.add(new Nominee(null, e.id(), null, List.of(d.id())));
        }
        Nomination m = t.nominations.save(new Nomination(null, t.awards.forms().get(0).id(), "DISTRICT", ward.id(),
                "Ủy ban nhân dân Quận 1", null, 14, null, null, null, null, null, null, null, nominees, Map.of()));
        return t.dossiers.export(m.id(), new DocumentMeta(14, LocalDate.of(2026, 11, 20), false),
                java.nio.file.Files.createDirectories(dir.resolve("giay-khen")));
    }

    @Test
    void aFormIsNamedWithWhoConfersItAndTheCountsArePaddedCollectivesFirst() throws Exception {
        List<Path> out = mixedCertificateDossier();
        try (XWPFDocument d = DocumentLayout.open(out.get(0))) {
            String all = String.join("\n", DocumentLayout.bodyTexts(d));
            assertThat(all).contains("Về việc đề nghị tặng Giấy khen của Chủ tịch Ủy ban nhân dân Quận 1")
                    .contains("kính trình Chủ tịch Ủy ban nhân dân Quận 1 xem xét, tặng Giấy khen của Chủ tịch Ủy ban "
                            + "nhân dân Quận 1 cho 02 tập thể và 01 cá nhân có tên sau đây:")
                    .doesNotContain("cấp huyện");
        }
        // the báo cáo thành tích's title: the kind, then what is proposed, then who confers it, each on its line
        try (XWPFDocument d = DocumentLayout.open(out.get(2))) {
            assertThat(withBreaks(d)).contains("BÁO CÁO THÀNH TÍCH\nĐỀ NGHỊ TẶNG GIẤY KHEN\n"
                    + "CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN 1");
        }
    }

    @Test
    void aYearAloneIsTheYearOfBirthAndACollectiveIsNamedAndSignedByItsHead() throws Exception {
        try (XWPFDocument d = DocumentLayout.open(files.get(2))) {
            // Nguyễn Văn An: only his year of birth is known
            assertThat(DocumentLayout.bodyTexts(d)).contains("- Năm sinh: 1980").noneMatch(l -> l.contains("Sinh ngày"));
        }
        List<Path> out = mixedCertificateDossier();
        Path team = out.stream().filter(p -> p.getFileName().toString().contains("BaoCaoThanhTich")
                && p.getFileName().toString().contains("to-dan-pho-3")).findFirst().orElseThrow();
        try (XWPFDocument d = DocumentLayout.open(team)) {
            List<String> lines = DocumentLayout.bodyTexts(d);
            assertThat(lines).contains("- Tên tập thể: Tổ dân phố 3").noneMatch(l -> l.contains("Họ và tên"));
            XWPFTable sign = d.getTables().get(d.getTables().size() - 1);
            assertThat(sign.getRow(0).getCell(1).getText()).contains("THỦ TRƯỞNG ĐƠN VỊ BÁO CÁO")
                    .contains("Trần Văn Bình");
        }
    }

    @Test
    void aTitleIsNamedAloneWithoutTheCataloguesLevel() throws Exception {
        try (XWPFDocument d = DocumentLayout.open(files.get(2))) {
            assertThat(withBreaks(d)).contains("BÁO CÁO THÀNH TÍCH\nĐỀ NGHỊ TẶNG DANH HIỆU “NGƯỜI TỐT, "
                    + "VIỆC TỐT”");
        }
    }

    @Test
    void whoIsProposedIsCountedByKind() {
        Map<ExemplarKind, Integer> kinds = new java.util.EnumMap<>(ExemplarKind.class);
        kinds.put(ExemplarKind.INDIVIDUAL, 2);
        assertThat(vn.dienhinh.service.document.DossierService.whom(kinds)).isEqualTo("02 cá nhân");
        kinds.put(ExemplarKind.COLLECTIVE, 1);
        assertThat(vn.dienhinh.service.document.DossierService.whom(kinds)).isEqualTo("01 tập thể và 02 cá nhân");
        kinds.put(ExemplarKind.HOUSEHOLD, 1);
        assertThat(vn.dienhinh.service.document.DossierService.whom(kinds))
                .isEqualTo("01 tập thể, 02 cá nhân và 01 hộ gia đình");
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
