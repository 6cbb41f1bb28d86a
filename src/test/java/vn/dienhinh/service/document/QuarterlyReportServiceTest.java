package vn.dienhinh.service.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.QuarterCommendation;
import vn.dienhinh.report.DocumentLayout;
import vn.dienhinh.report.DocumentMeta;
import vn.dienhinh.report.DocxReading;
import vn.dienhinh.report.ExcelPrintSetup;
import vn.dienhinh.report.QuarterlyReportData;
import vn.dienhinh.testutil.ReportFixtures;
import vn.dienhinh.testutil.TestDb;

/** The quarterly report gathered from the registry, the quota board and the activities, then written. */
class QuarterlyReportServiceTest {

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
    void gathersTheQuarter() {
        QuarterlyReportData d = t.quarterlyReports.data(ReportFixtures.Q3, ReportFixtures.Q3.end());
        assertThat(d.introduced()).extracting(QuarterlyReportData.Introduced::exemplar)
                .containsExactly("Nguyễn Văn An", "Trạm Y tế phường Đa Kao", "Đặng Thị Hoa"); // health before education
        assertThat(d.introduced().get(0).field()).isEqualTo("Y tế");
        assertThat(d.gaps()).hasSize(1);
        QuarterlyReportData.QuotaGap g = d.gaps().get(0);
        assertThat(g.campaign()).isEqualTo("phong trào thi đua “Người tốt, việc tốt”");
        assertThat(g.units()).isEqualTo(3);
        assertThat(g.required()).isEqualTo(6);
        assertThat(g.missing()).isEqualTo(3);
        assertThat(g.owing()).extracting(QuarterlyReportData.Owing::unit).containsExactly("Phường Đa Kao", "Phường Tân Định");
        assertThat(g.owing().get(1).fields()).containsExactly("Y tế", "Giáo dục và đào tạo");
        assertThat(d.activities()).extracting(QuarterlyReportData.ActivityLine::title).containsExactly(
                "Bác sĩ Nguyễn Văn An: tận tụy với người cao tuổi", "Giới thiệu gương người tốt, việc tốt trên loa phường",
                "Kể chuyện gương điển hình tại lễ chào cờ đầu tuần");
        assertThat(d.activities().get(1).exemplars()).containsExactlyInAnyOrder("Nguyễn Văn An", "Trạm Y tế phường Đa Kao");
        assertThat(d.activities().get(1).unit()).isEqualTo("Phường Đa Kao");
        assertThat(d.bases()).containsExactly("Thực hiện Kế hoạch số 124/KH-UBND ngày 05 tháng 01 năm 2026 của Ủy ban nhân "
                + "dân Quận 1 về phong trào thi đua “Người tốt, việc tốt”");
        assertThat(d.current()).isEqualTo(new QuarterlyReportData.Figures(ReportFixtures.Q3, ReportFixtures.Q3.end(), 3, 3, 3, 3, 0));
        assertThat(d.previous()).isEqualTo(new QuarterlyReportData.Figures(ReportFixtures.Q2, ReportFixtures.Q2.end(), 2, 2, 2, 1, 0));
        assertThat(d.commendations()).isEmpty();
    }

    @Test
    void twoExemplarsOfOneNameFeaturedTogetherAreToldApartByTheirUnits() {
        var one = t.registry.save(vn.dienhinh.testutil.ExemplarFixtures.collective("Đội Thanh niên tình nguyện")
                .unitId(f.benNghe.id()).build());
        var other = t.registry.save(vn.dienhinh.testutil.ExemplarFixtures.collective("Đội thanh niên tình nguyện")
                .unitId(f.daKao.id()).build());
        t.activities.save(new vn.dienhinh.model.Activity(null, vn.dienhinh.model.ActivityForm.LOUDSPEAKER,
                LocalDate.of(2026, 9, 20), "Gương thanh niên tình nguyện", null, f.benNghe.id(), null, null,
                List.of(one.id(), other.id(), f.an.id())));
        QuarterlyReportData d = t.quarterlyReports.data(ReportFixtures.Q3, ReportFixtures.Q3.end());
        QuarterlyReportData.ActivityLine line = d.activities().stream()
                .filter(a -> a.title().equals("Gương thanh niên tình nguyện")).findFirst().orElseThrow();
        assertThat(line.exemplars()).containsExactlyInAnyOrder("Đội Thanh niên tình nguyện (Phường Bến Nghé)",
                "Đội thanh niên tình nguyện (Phường Đa Kao)", "Nguyễn Văn An");
    }

    @Test
    void commendationsArePluggedInThroughTheirSource() {
        QuarterCommendation c = new QuarterCommendation(false, 1, ExemplarKind.INDIVIDUAL, "Nguyễn Văn An", "Phường Bến Nghé", "Giấy khen",
                "Quyết định số 12/QĐ-UBND", LocalDate.of(2026, 9, 1));
        QuarterlyReportService withCommendations = new QuarterlyReportService(t.introductions, t.campaigns,
                t.activities, t.catalog, t.reportQueries, (from, to) -> from.getMonthValue() == 7 ? List.of(c) : List.of(),
                t.office);
        QuarterlyReportData d = withCommendations.data(ReportFixtures.Q3, ReportFixtures.Q3.end());
        assertThat(d.commendations()).containsExactly(c);
        assertThat(d.current().commendations()).isEqualTo(1);
        assertThat(d.previous().commendations()).isZero();
    }

    @Test
    void theDraftedStrengthNamesTheKindsCommendedAsTheSectionDoes() {
        QuarterCommendation person = new QuarterCommendation(false, 1, ExemplarKind.INDIVIDUAL, "Nguyễn Văn An",
                "Phường Bến Nghé", "Giấy khen", "Quyết định số 12/QĐ-UBND", LocalDate.of(2026, 9, 1));
        QuarterCommendation home = new QuarterCommendation(false, 2, ExemplarKind.HOUSEHOLD, "Hộ ông Lê Văn Ba",
                "Phường Bến Nghé", "Gia đình văn hóa", "Quyết định số 13/QĐ-UBND", LocalDate.of(2026, 9, 2));
        QuarterlyReportService withCommendations = new QuarterlyReportService(t.introductions, t.campaigns,
                t.activities, t.catalog, t.reportQueries,
                (from, to) -> from.getMonthValue() == 7 ? List.of(person, home) : List.of(), t.office);
        QuarterlyReportData d = withCommendations.data(ReportFixtures.Q3, ReportFixtures.Q3.end());
        // no collective was commended: "tập thể, cá nhân" would be wrong in the text the officer signs
        assertThat(d.sections().strengths()).contains("Đã khen thưởng kịp thời 02 lượt cá nhân, hộ gia đình có thành "
                + "tích tiêu biểu, tạo động lực thi đua");
    }

    @Test
    void writesTheWordAndExcelFiles() throws Exception {
        List<Path> files = t.quarterlyReports.export(ReportFixtures.Q3, new DocumentMeta(7, LocalDate.of(2026, 10, 5),
                false), null, dir);
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("BaoCao-Quy3-2026.docx", "BaoCao-Quy3-2026.xlsx");
        assertThat(files).allMatch(Files::isRegularFile);
        try (XWPFDocument doc = DocumentLayout.open(files.get(0))) {
            DocumentLayout.assertPage(doc);
            DocumentLayout.assertHeader(doc, "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "ỦY BAN NHÂN DÂN QUẬN 1",
                    "Số: 07/BC-UBND", "Quận 1, ngày 05 tháng 10 năm 2026");
            DocxReading.find(doc, "Theo chỉ tiêu của phong trào thi đua “Người tốt, việc tốt” (01 gương mỗi lĩnh vực mỗi "
                    + "quý), còn 02/03 đơn vị chưa gửi đủ gương điển hình tiên tiến (thiếu 03/06 gương), cụ thể:");
        }
        try (var wb = ExcelPrintSetup.open(files.get(1))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(5);
            assertThat(wb.getSheetAt(1).getRow(vn.dienhinh.report.ExcelListWriter.headerRow(true) + 2).getCell(1)
                    .getStringCellValue()).isEqualTo("Phường Tân Định");
        }
    }

    /** The workbook is written beside the document: its failure reaches the officer as its own message, once. */
    @Test
    void aWorkbookThatCannotBeWrittenIsTheMessageShown() throws Exception {
        Path out = Files.createDirectories(dir.resolve("ra"));
        Files.createDirectories(out.resolve("BaoCao-Quy3-2026.xlsx")); // a folder where the workbook goes
        assertThatThrownBy(() -> t.quarterlyReports.export(ReportFixtures.Q3,
                new DocumentMeta(7, LocalDate.of(2026, 10, 5), false), null, out))
                .isExactlyInstanceOf(vn.dienhinh.util.UserException.class)
                .hasMessage(vn.dienhinh.util.Messages.get("report.targetIsFolder", out.resolve("BaoCao-Quy3-2026.xlsx")));
        assertThat(out.resolve("BaoCao-Quy3-2026.docx")).isRegularFile();
    }
}
