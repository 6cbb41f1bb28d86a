package vn.dienhinh.service.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dienhinh.testutil.ExemplarFixtures.collective;
import static vn.dienhinh.testutil.ExemplarFixtures.person;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.Commendation;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.report.DocumentLayout;
import vn.dienhinh.report.DocumentMeta;
import vn.dienhinh.report.ExcelListWriter;
import vn.dienhinh.report.ExcelPrintSetup;
import vn.dienhinh.report.StatisticsData;
import vn.dienhinh.testutil.ReportFixtures;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.util.UserException;

/** The year's statistics count the reporting period 1/12 – 30/11, campaigns by kind, commendations by level and form. */
class StatisticsServiceTest {

    @TempDir
    Path dir;
    TestDb t;
    ReportFixtures f;
    AwardForm form;

    @BeforeEach
    void open() {
        t = new TestDb(dir);
        f = new ReportFixtures(t);
        form = t.awards.forms().get(0);
        Exemplar school = t.registry.save(collective("Trường Mầm non Tân Định").unitId(f.tanDinh.id()).build());
        Exemplar lan = t.registry.save(person("Lê Thị Lan", 1970).unitId(f.daKao.id()).build());
        give(f.an, "DISTRICT", LocalDate.of(2025, 12, 1));   // first day of the 2026 period
        give(school, "DISTRICT", LocalDate.of(2026, 3, 2));
        give(lan, "DISTRICT", LocalDate.of(2026, 11, 20));
        give(lan, "COMMUNE", LocalDate.of(2026, 6, 2));
        give(f.hoa, "DISTRICT", LocalDate.of(2025, 11, 30)); // the 2025 period
    }

    private void give(Exemplar e, String level, LocalDate on) {
        t.awards.record(new Commendation(null, e.id(), form.id(), level, on.getDayOfYear() + "/QĐ-UBND", on, "UBND quận",
                null, null, null, List.of()));
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void countsThePeriodFromTheFirstOfDecember() {
        StatisticsData d = t.statistics.of(2026, TestDb.TODAY);
        assertThat(d.from()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(d.asOf()).as("the period is not over on the report's day").isEqualTo(TestDb.TODAY);
        assertThat(d.awards()).extracting(StatisticsData.AwardRow::collectives, StatisticsData.AwardRow::individuals,
                StatisticsData.AwardRow::total).as("the district's first (higher level), then the ward's")
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 2, 3), org.assertj.core.groups.Tuple.tuple(0, 1, 1));
        StatisticsData ended = t.statistics.of(2025, TestDb.TODAY);
        assertThat(ended.partial()).isFalse();
        assertThat(ended.awards()).extracting(StatisticsData.AwardRow::total).containsExactly(1);
        assertThat(d.campaigns()).filteredOn(r -> r.kind().equals("Thường xuyên"))
                .extracting(StatisticsData.CampaignRow::launched, StatisticsData.CampaignRow::inForce)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1));
        assertThatThrownBy(() -> t.statistics.of(2027, TestDb.TODAY)).isInstanceOf(UserException.class)
                .hasMessageContaining("bắt đầu từ ngày 01/12/2026");
    }

    @Test
    void writesTheReportAndTheWorkbookWithTotals() throws Exception {
        List<Path> out = t.statistics.export(2026, DocumentMeta.dated(TestDb.TODAY), dir);
        assertThat(out).extracting(p -> p.getFileName().toString()).containsExactly("ThongKe-TDKT-2026.docx",
                "ThongKe-TDKT-2026.xlsx");
        try (XWPFDocument doc = DocumentLayout.open(out.get(0))) {
            DocumentLayout.assertPage(doc);
            DocumentLayout.assertTitle(doc, "BÁO CÁO", "Số liệu thống kê công tác thi đua, khen thưởng năm 2026");
            assertThat(DocumentLayout.bodyTexts(doc)).contains(
                    "(Kỳ báo cáo: từ ngày 01/12/2025 đến ngày 30/11/2026), số liệu tính đến ngày 23/11/2026");
            var awards = doc.getTables().get(2);
            assertThat(awards.getRow(awards.getNumberOfRows() - 1).getCell(6).getText()).isEqualTo("4");
        }
        try (var wb = ExcelPrintSetup.open(out.get(1))) {
            XSSFSheet sh = wb.getSheetAt(1);
            ExcelPrintSetup.assertFramedPrintable(sh);
            // both sheets are narrow: the quốc hiệu and the place and date are not cut off by their rows
            ExcelPrintSetup.assertFramedRowsFit(wb.getSheetAt(0));
            ExcelPrintSetup.assertFramedRowsFit(sh);
            // the period line alone says how far the figures run: no "(Tính đến ngày …)" saying it again
            int top = ExcelListWriter.FRAMED_OFFSET;
            for (int i = 0; i < 2; i++) {
                XSSFSheet each = wb.getSheetAt(i);
                assertThat(each.getRow(top + 1).getCell(0).getStringCellValue())
                        .isEqualTo("(Kỳ báo cáo: từ ngày 01/12/2025 đến ngày 30/11/2026), số liệu tính đến ngày 23/11/2026");
                assertThat((Object) each.getRow(top + 2)).as("nothing under the period line").isNull();
            }
            int first = ExcelListWriter.headerRow(true) + 1;
            assertThat(sh.getRow(first).getCell(6).getNumericCellValue()).isEqualTo(3);
            assertThat(sh.getRow(first + 2).getCell(0).getStringCellValue()).isEqualTo("Tổng cộng: 2 hình thức khen thưởng");
            assertThat(sh.getRow(first + 2).getCell(6).getCellFormula()).isEqualTo("SUM(G" + (first + 1) + ":G" + (first + 2) + ")");
            // the formula carries its result: a viewer that does not recalculate (a phone, a mail preview,
            // LibreOffice by default) showed "0" under the column
            assertThat(sh.getRow(first + 2).getCell(6).getNumericCellValue()).isEqualTo(4);
        }
    }
}
