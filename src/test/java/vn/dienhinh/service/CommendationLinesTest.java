package vn.dienhinh.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.Commendation;
import vn.dienhinh.model.Deed;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.Nomination;
import vn.dienhinh.model.Nominee;
import vn.dienhinh.model.QuarterCommendation;
import vn.dienhinh.model.Unit;
import vn.dienhinh.testutil.ExemplarFixtures;
import vn.dienhinh.testutil.TestDb;

/** The commendations and nominations of a period reach the quarterly report and the Excel list. */
class CommendationLinesTest {

    @TempDir
    Path dir;
    TestDb t;
    Exemplar an;

    @BeforeEach
    void open() {
        t = new TestDb(dir);
        Unit ward = t.catalog.saveUnit(Unit.named("Phường Bến Nghé", "Phường"));
        an = t.registry.save(ExemplarFixtures.person("Nguyễn Văn An", 1980).unitId(ward.id()).build());
        Deed d1 = t.registry.saveDeed(new Deed(null, an.id(), LocalDate.of(2026, 1, 10), "Cứu người", null));
        Deed d2 = t.registry.saveDeed(new Deed(null, an.id(), LocalDate.of(2026, 2, 10), "Hiến máu", null));
        AwardForm certificate = t.awards.forms().get(0);
        t.awards.record(new Commendation(null, an.id(), certificate.id(), "DISTRICT", "12/QĐ-UBND",
                LocalDate.of(2026, 10, 5), "UBND quận", null, null, null, List.of(d1.id())));
        t.awards.record(new Commendation(null, an.id(), certificate.id(), "COMMUNE", "3/QĐ-UBND",
                LocalDate.of(2026, 5, 5), "UBND phường", null, null, null, List.of(d1.id())));
        t.nominations.save(new Nomination(null, certificate.id(), "DISTRICT", ward.id(), "UBND quận", null, null, null,
                null, LocalDate.of(2026, 11, 2), null, null, null, null,
                List.of(new Nominee(null, an.id(), null, List.of(d2.id()))), Map.of()));
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void theQuarterHasItsDecisionsAndItsNominationsAndNothingOutsideIt() {
        CommendationLines lines = new CommendationLines(t.awards, t.nominations, t.registry, t.catalog);
        LocalDate from = LocalDate.of(2026, 10, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);
        String decision = "Quyết định số 12/QĐ-UBND ngày 05/10/2026 của UBND quận";
        // the nomination is still a draft: the office's work in progress is not reported upward
        assertThat(lines.between(from, to)).extracting(QuarterCommendation::reference).containsExactly(decision);
        assertThat(lines.countBetween(from, to)).isEqualTo(1);

        long id = t.nominations.all().get(0).id();
        t.nominations.submit(id);
        List<QuarterCommendation> q4 = lines.between(from, to);
        // the nominee waiting is listed by its state, never by the program's own number, and is not a commendation
        assertThat(q4).extracting(QuarterCommendation::nomination, QuarterCommendation::reference)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(false, decision),
                        org.assertj.core.groups.Tuple.tuple(true, "Cấp huyện, quận: đã trình, đang chờ xét"));
        assertThat(lines.countBetween(from, to)).isEqualTo(1);

        // a nomination sent back to its unit is no longer proposed: it leaves the report
        t.nominations.returnToUnit(id, "Thiếu báo cáo thành tích");
        assertThat(lines.between(from, to)).extracting(QuarterCommendation::nomination).containsExactly(false);

        // once decided, the nominee is a commendation of the quarter, counted once, not again as a nominee
        t.nominations.submit(id);
        t.nominations.approve(id, List.of(), "");
        LocalDate today = vn.dienhinh.testutil.TestDb.TODAY; // the decision follows the approval, made "today"
        t.nominations.decide(id, "40/QĐ-UBND", today, "Chủ tịch UBND quận");
        LocalDate until = today.isAfter(to) ? today : to;
        List<QuarterCommendation> decided = lines.between(from, until);
        assertThat(decided).extracting(QuarterCommendation::nomination).containsExactly(false, false);
        assertThat(decided).extracting(QuarterCommendation::reference).containsExactly(decision,
                "Quyết định số 40/QĐ-UBND ngày " + vn.dienhinh.report.VnDates.shortDate(today) + " của Chủ tịch UBND quận");
        assertThat(lines.countBetween(from, until)).isEqualTo(2);
        // the decision names who gave it, a nomination's state the level it asks for: the form stands alone
        assertThat(q4.get(0).form()).isEqualTo("Giấy khen");
        assertThat(q4.get(1).form()).isEqualTo("Giấy khen");
        assertThat(q4.get(0).unit()).isEqualTo("Phường Bến Nghé");
    }

    @Test
    void theCommendationsOfAYearMakeAPrintableList() throws Exception {
        Path file = dir.resolve("kt.xlsx");
        assertThat(t.lists.commendations(2026, file)).isEqualTo(2);
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            var sheet = wb.getSheetAt(0);
            int top = vn.dienhinh.report.ExcelListWriter.FRAMED_OFFSET;
            assertThat(sheet.getRow(top).getCell(0).getStringCellValue()).isEqualTo("DANH SÁCH KHEN THƯỞNG NĂM 2026");
            assertThat(sheet.getRow(vn.dienhinh.report.ExcelListWriter.headerRow(true) + 3).getCell(0).getStringCellValue())
                    .isEqualTo("Tổng cộng: 2 lượt khen thưởng");
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            boolean found = false;
            for (var row : sheet) {
                for (var cell : row) {
                    found |= cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && cell.getStringCellValue().equals("12/QĐ-UBND");
                }
            }
            assertThat(found).isTrue();
        }
    }
}
