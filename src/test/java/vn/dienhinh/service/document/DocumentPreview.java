package vn.dienhinh.service.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.Quarter;
import vn.dienhinh.report.DocumentMeta;
import vn.dienhinh.testutil.ReportFixtures;
import vn.dienhinh.testutil.TestDb;

/**
 * Not a check: writes every document of the fixtures into the folder named by {@code -Ddocs.out=DIR}, to
 * be converted to PDF and looked at. Skipped otherwise.
 */
@EnabledIfSystemProperty(named = "docs.out", matches = ".+")
class DocumentPreview {

    @TempDir
    Path dir;

    @Test
    void writeAll() throws Exception {
        Path out = Files.createDirectories(Path.of(System.getProperty("docs.out")));
        try (TestDb t = new TestDb(dir)) {
            ReportFixtures f = new ReportFixtures(t);
            t.quarterlyReports.export(ReportFixtures.Q3, new DocumentMeta(7, LocalDate.of(2026, 10, 5), false), "",
                    "", out);
            t.quarterlyReports.export(new Quarter(2026, 1), new DocumentMeta(null, LocalDate.of(2026, 4, 3), false), "",
                    "", out);
            t.campaignPlans.export(t.campaignPlans.draft(f.campaign.id()), t.campaignPlans.meta(f.campaign.id()),
                    out.resolve("KeHoach.docx"));
            t.summaryReports.export(2026, 2026, true, new DocumentMeta(12, LocalDate.of(2026, 11, 23), false), "", "",
                    out);
            t.lists.exemplars(ExemplarFilter.ALL, out.resolve("DanhSach-DienHinh.xlsx"));
            t.lists.introductions(new Quarter(2026, 1), new Quarter(2026, 4), out.resolve("DanhSach-GioiThieu.xlsx"));
        }
        // the database too, to open in the window
        Files.copy(dir.resolve("test.db"), out.resolve("fixtures.db"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
