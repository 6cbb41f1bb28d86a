package vn.dienhinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.report.DocumentLayout;
import vn.dienhinh.report.DocxReading;
import vn.dienhinh.testutil.ReportFixtures;
import vn.dienhinh.testutil.TestDb;

/** report and export on the command line: the files, their paths on stdout, exit codes, one-line errors. */
class ReportCommandTest {

    @TempDir
    Path dir;
    Path db;
    long campaign;
    String out;
    String err;

    @BeforeEach
    void fixtures() {
        try (TestDb t = new TestDb(dir)) {
            campaign = new ReportFixtures(t).campaign.id();
        }
        db = dir.resolve("test.db");
    }

    private int run(String... args) {
        CliTest.Run r = CliTest.runOn(db, args);
        out = r.out();
        err = r.err();
        return r.exit();
    }

    @Test
    void quarterlyWritesBothFilesAndPrintsTheirPaths() throws Exception {
        Path folder = dir.resolve("bao cao");
        assertThat(run("report", "quarterly", "--year", "2026", "--quarter", "3", "--out", folder.toString(),
                "--number", "7", "--date", "05/10/2026")).isZero();
        List<String> lines = out.lines().toList();
        assertThat(lines).containsExactly(folder.resolve("BaoCao-Quy3-2026.docx").toAbsolutePath().toString(),
                folder.resolve("BaoCao-Quy3-2026.xlsx").toAbsolutePath().toString());
        assertThat(err).isEmpty();
        try (XWPFDocument doc = DocumentLayout.open(Path.of(lines.get(0)))) {
            DocumentLayout.assertHeader(doc, "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "ỦY BAN NHÂN DÂN QUẬN 1",
                    "Số: 07/BC-UBND", "Quận 1, ngày 05 tháng 10 năm 2026");
        }
        assertThat(Files.size(Path.of(lines.get(1)))).isPositive();
    }

    @Test
    void planAndSummary() throws Exception {
        Path plan = dir.resolve("kh.docx");
        assertThat(run("report", "plan", "--campaign", String.valueOf(campaign), "--out", plan.toString())).isZero();
        assertThat(out.strip()).isEqualTo(plan.toAbsolutePath().toString());
        try (XWPFDocument doc = DocumentLayout.open(plan)) {
            DocxReading.find(doc, "KẾ HOẠCH");
            assertThat(DocxReading.text(doc.getTables().get(0).getRow(1).getCell(0).getParagraphs().get(0)))
                    .isEqualTo("Số: 124/KH-UBND");
        }
        assertThat(run("report", "summary", "--from", "2026", "--to", "2026", "--out", dir.toString(), "--kind",
                "so-ket")).isZero();
        assertThat(out.lines()).hasSize(2).first().asString().endsWith("BaoCao-SoKet-2026.docx");
        // without --kind: in the middle of the year a sơ kết, once the year is over a tổng kết
        assertThat(run("report", "summary", "--from", "2026", "--to", "2026", "--out", dir.resolve("mid").toString(),
                "--date", "2026-07-05")).isZero();
        assertThat(out.lines()).first().asString().endsWith("BaoCao-SoKet-2026.docx");
        try (XWPFDocument doc = DocumentLayout.open(Path.of(out.lines().findFirst().orElseThrow()))) {
            DocumentLayout.assertTitle(doc, "BÁO CÁO", "Sơ kết công tác phát hiện, bồi dưỡng, tuyên truyền và nhân rộng "
                    + "điển hình tiên tiến năm 2026");
        }
        assertThat(run("report", "summary", "--from", "2026", "--to", "2026", "--out", dir.resolve("end").toString(),
                "--date", "2026-12-31")).isZero();
        assertThat(out.lines()).first().asString().endsWith("BaoCao-TongKet-2026.docx");
        assertThat(run("report", "summary", "--campaign", String.valueOf(campaign), "--phase", "1", "--out",
                dir.toString())).isZero();
        assertThat(out.lines()).hasSize(2).first().asString()
                .endsWith("BaoCao-SoKet-PhongTrao" + campaign + "-GiaiDoan1.docx");
        assertThat(run("report", "summary", "--campaign", String.valueOf(campaign), "--from", "2026", "--out",
                dir.toString())).isEqualTo(1);
        assertThat(err.strip()).startsWith("Lệnh report summary cần --from NĂM và --to NĂM, hoặc --campaign");
    }

    @Test
    void exportLists() throws Exception {
        Path file = dir.resolve("ds.xlsx");
        assertThat(run("export", "exemplars", "--out", file.toString(), "--search", "dang thi hoa")).isZero();
        assertThat(out.strip()).isEqualTo(file.toAbsolutePath().toString());
        try (var wb = vn.dienhinh.report.ExcelPrintSetup.open(file)) {
            // under the letterhead and the title: the header, the one exemplar found, the totals
            var sheet = wb.getSheetAt(0);
            int head = 0;
            while (head < 20 && (sheet.getRow(head) == null || sheet.getRow(head).getCell(0) == null
                    || !"STT".equals(sheet.getRow(head).getCell(0).toString()))) {
                head++;
            }
            assertThat(sheet.getRow(head + 1).getCell(1).getStringCellValue()).isEqualTo("Đặng Thị Hoa");
            assertThat(sheet.getRow(head + 2).getCell(0).getStringCellValue()).isEqualTo("Tổng cộng: 1 điển hình");
        }
        assertThat(run("export", "introductions", "--year", "2026", "--quarter", "3", "--out",
                dir.resolve("gt.xlsx").toString())).isZero();
    }

    @Test
    void badInputIsOneVietnameseLineAndANonZeroExit() {
        assertThat(run("report", "quarterly", "--year", "2026", "--out", dir.toString())).isEqualTo(1);
        assertThat(err.lines()).containsExactly(
                "Lệnh report quarterly cần --year NĂM, --quarter QUÝ (1 đến 4) và --out THƯ_MỤC.");
        assertThat(out).isEmpty();
        assertThat(run("report", "quarterly", "--year", "2026", "--quarter", "5", "--out", dir.toString())).isEqualTo(1);
        assertThat(err.lines()).containsExactly("Giá trị 5 của --quarter phải là số nguyên từ 1 đến 4.");
        assertThat(run("report", "weekly")).isEqualTo(1);
        assertThat(err.lines()).hasSize(1).first().asString().startsWith("Không có loại báo cáo “weekly”");
        assertThat(run("report", "plan", "--campaign", "999", "--out", dir.resolve("x.docx").toString())).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("Không tìm thấy phong trào mã 999.");
        assertThat(run("report", "plan", "--campaign", "1", "--out", dir.resolve("x.pdf").toString())).isEqualTo(1);
        assertThat(run("report", "summary", "--from", "2026", "--to", "2025", "--out", dir.toString())).isEqualTo(1);
        assertThat(err.lines()).hasSize(1);
        assertThat(run("export", "exemplars", "--out", dir.resolve("x.csv").toString())).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("Tệp kết quả “" + dir.resolve("x.csv") + "” phải có đuôi .xlsx.");
        assertThat(run("export", "exemplars", "--out", dir.resolve("x.xlsx").toString(), "--colour", "red")).isEqualTo(1);
        assertThat(run("report", "quarterly", "--year", "2026", "--quarter", "3", "--out", dir.toString(), "--date",
                "31/02/2026")).isEqualTo(1);
        assertThat(err.strip()).startsWith("Ngày “31/02/2026” không hợp lệ");
        assertThat(dir.resolve("BaoCao-Quy3-2026.docx")).doesNotExist();
    }

    @Test
    void anIncompleteProfileStillWritesTheDocumentAndWarns() throws Exception {
        Path empty = dir.resolve("empty");
        Files.createDirectories(empty);
        db = empty.resolve("new.db");
        assertThat(run("report", "quarterly", "--year", "2026", "--quarter", "1", "--out", empty.toString())).isZero();
        assertThat(err.strip()).startsWith("Lưu ý: chưa khai báo đủ thông tin cơ quan");
        try (XWPFDocument doc = DocumentLayout.open(empty.resolve("BaoCao-Quy1-2026.docx"))) {
            assertThat(DocxReading.text(doc.getTables().get(0).getRow(0).getCell(0).getParagraphs().get(0)))
                    .isEqualTo("TÊN CƠ QUAN, TỔ CHỨC");
        }
    }
}
