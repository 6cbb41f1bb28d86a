package vn.dienhinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.Deed;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.Gender;
import vn.dienhinh.model.Nomination;
import vn.dienhinh.model.Nominee;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.model.Unit;
import vn.dienhinh.testutil.ExemplarFixtures;

/** {@code certificates}: the PDF of a decided nomination, the calibration page, and the mistakes a user makes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CertificatesCommandTest {

    @TempDir
    static Path dir;
    Path db;
    long decided;
    long draft;

    @BeforeAll
    void registry() {
        db = dir.resolve("c.db");
        try (AppContext ctx = AppContext.open(db)) {
            ctx.office().save(OfficeProfile.example());
            Unit ward = ctx.catalog().saveUnit(Unit.named("Phường Bến Nghé", "Phường"));
            AwardForm gk = ctx.awards().forms().stream().filter(f -> f.name().equals("Giấy khen")).findFirst().orElseThrow();
            Exemplar an = ctx.registry().save(ExemplarFixtures.person("Nguyễn Văn An", 1980).gender(Gender.MALE)
                    .position("Tổ trưởng Tổ dân phố 5").unitId(ward.id()).build());
            Exemplar hoa = ctx.registry().save(ExemplarFixtures.person("Lê Thị Hoa", 1990).unitId(ward.id()).build());
            Exemplar tdp = ctx.registry().save(ExemplarFixtures.collective("Tổ dân phố 7").unitId(ward.id()).build());
            decided = nomination(ctx, gk, ward, an, hoa, tdp).id();
            ctx.nominations().submit(decided);
            ctx.nominations().approve(decided, List.of(), null);
            ctx.nominations().decide(decided, "215/QĐ-UBND", ctx.registry().today(), null);
            draft = nomination(ctx, gk, ward, hoa).id();
        }
    }

    private static Nomination nomination(AppContext ctx, AwardForm form, Unit unit, Exemplar... who) {
        return ctx.nominations().save(new Nomination(null, form.id(), "DISTRICT", unit.id(), "Ủy ban nhân dân quận", null,
                null, null, null, null, null, null, null, null, java.util.Arrays.stream(who).map(e -> new Nominee(null,
                e.id(), null, List.of(ctx.registry().saveDeed(new Deed(null, e.id(), LocalDate.of(2026, 3, 1),
                        "Việc tốt " + e.name(), null)).id()))).toList(), Map.of()));
    }

    private CliTest.Run onDb(String... args) {
        return CliTest.runOn(db, args);
    }

    @Test
    void theCertificatesOfADecidedNominationAreOnePagePerRecipient() throws IOException {
        Path pdf = dir.resolve("ra/giay-khen.pdf");
        CliTest.Run r = onDb("certificates", "--nomination", String.valueOf(decided), "--out", pdf.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.lines()).containsExactly(pdf.toAbsolutePath().toString(),
                "3 trang, mỗi người được khen một trang, in lên phôi theo mẫu “Phôi giấy khen (A4 ngang)”.");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(1);
            s.setEndPage(1);
            String first = s.getText(doc);
            assertThat(first).contains("Ông Nguyễn Văn An").contains("Quyết định số 215/QĐ-UBND")
                    .doesNotContain("Lê Thị Hoa").doesNotContain("Tổ dân phố 7");
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
        }
    }

    @Test
    void aNamedLayoutAndOneAchievementLineForAll() throws IOException {
        Path pdf = dir.resolve("bang-khen.pdf");
        CliTest.Run r = onDb("certificates", "--nomination", String.valueOf(decided), "--out", pdf.toString(),
                "--layout", "phoi bang khen (a3 ngang)", "--achievement", "Đã có thành tích xuất sắc năm 2026");
        assertThat(r.exit()).as(r.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth() * 25.4 / 72).isCloseTo(420.0,
                    org.assertj.core.data.Offset.offset(0.05));
            String all = new PDFTextStripper().getText(doc);
            assertThat(all.split("Đã có thành tích xuất sắc năm 2026", -1)).hasSize(4);
        }
    }

    @Test
    void calibrateWritesTheCalibrationPageWithoutANomination() throws IOException {
        Path pdf = dir.resolve("can-chinh.pdf");
        CliTest.Run r = onDb("certificates", "--out", pdf.toString(), "--calibrate");
        assertThat(r.exit()).as(r.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(doc)).contains("Trang căn chỉnh máy in — Phôi giấy khen (A4 ngang)");
        }
    }

    @Test
    void dossierAlsoWritesOneResidenceLetterPerIndividualNominee() throws IOException {
        Path out = dir.resolve("hoso");
        CliTest.Run r = onDb("dossier", "--nomination", String.valueOf(decided), "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> letters = r.out().lines().filter(l -> l.contains("XacNhanCuTru")).toList();
        assertThat(letters).hasSize(2);
        assertThat(letters.get(0)).endsWith("HoSo-DeNghi" + decided + "-XacNhanCuTru-01-nguyen-van-an.docx");
        assertThat(letters.get(1)).endsWith("HoSo-DeNghi" + decided + "-XacNhanCuTru-02-le-thi-hoa.docx");
        assertThat(letters).allMatch(l -> java.nio.file.Files.isRegularFile(Path.of(l)));
        try (org.apache.poi.xwpf.usermodel.XWPFDocument d = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                java.nio.file.Files.newInputStream(Path.of(letters.get(0))))) {
            String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(d).getText().replaceAll("\\s+", " ");
            assertThat(text).contains("V/v xác nhận việc chấp hành chủ trương, chính sách, pháp luật tại nơi cư trú của "
                    + "ông Nguyễn Văn An");
        }
    }

    @Test
    void mistakesGetOneVietnameseLineAndNoFile() {
        CliTest.Run notDecided = onDb("certificates", "--nomination", String.valueOf(draft), "--out",
                dir.resolve("x.pdf").toString());
        assertThat(notDecided.exit()).isEqualTo(1);
        assertThat(notDecided.err().strip()).isEqualTo("Đề nghị số " + draft + " đang ở trạng thái “Dự thảo”: chỉ in giấy "
                + "khen khi đã có quyết định khen thưởng.");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
        assertThat(onDb("certificates", "--nomination", "1").err().strip())
                .isEqualTo("Lệnh certificates cần --nomination MÃ và --out TỆP.pdf (với --calibrate chỉ cần --out).");
        assertThat(onDb("certificates", "--nomination", "1", "--out", "a.docx").err().strip())
                .isEqualTo("Tệp “a.docx” phải có đuôi .pdf.");
        assertThat(onDb("certificates", "--nomination", "1", "--out", "a.pdf", "--pages", "2").err().strip())
                .isEqualTo("Lệnh certificates không có tùy chọn --pages.");
    }
}
