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
            t.quarterlyReports.export(ReportFixtures.Q3, new DocumentMeta(7, LocalDate.of(2026, 10, 5), false), null,
                    out);
            t.quarterlyReports.export(new Quarter(2026, 1), new DocumentMeta(null, LocalDate.of(2026, 4, 3), false), null,
                    out);
            t.campaignPlans.export(t.campaignPlans.draft(f.campaign.id()), t.campaignPlans.meta(f.campaign.id()),
                    out.resolve("KeHoach.docx"));
            t.summaryReports.export(2026, 2026, true, new DocumentMeta(12, LocalDate.of(2026, 11, 23), false), null,
                    out);
            t.lists.exemplars(ExemplarFilter.ALL, out.resolve("DanhSach-DienHinh.xlsx"));
            t.lists.introductions(new Quarter(2026, 1), new Quarter(2026, 4), out.resolve("DanhSach-GioiThieu.xlsx"));
        }
        // a busier office: twelve wards owing six fields, three years of exemplars
        try (TestDb t = new TestDb(dir.resolve("large"))) {
            new ReportFixtures(t);
            larger(t);
            t.quarterlyReports.export(ReportFixtures.Q3, new DocumentMeta(15, LocalDate.of(2026, 10, 8), false), null,
                    Files.createDirectories(out.resolve("large")));
            t.summaryReports.export(2024, 2026, false, new DocumentMeta(3, LocalDate.of(2026, 11, 23), false), null,
                    out.resolve("large"));
        }
        // the database too, to open in the window
        Files.copy(dir.resolve("test.db"), out.resolve("fixtures.db"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void larger(TestDb t) {
        java.util.List<vn.dienhinh.model.Unit> wards = new java.util.ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            wards.add(t.catalog.saveUnit(vn.dienhinh.model.Unit.named("Phường " + i, "Phường")));
        }
        java.util.List<Long> fields = java.util.List.of(1L, 2L, 4L, 6L, 7L, 13L);
        java.util.Random r = new java.util.Random(7);
        var campaign = t.campaigns.save(vn.dienhinh.model.Campaign.named("Cuộc vận động “Toàn dân đoàn kết xây dựng "
                + "đời sống văn hóa”").withPeriod(2024, 2026).withStatus(vn.dienhinh.model.CampaignStatus.LAUNCHED)
                .withQuota(vn.dienhinh.model.QuotaMode.PER_FIELD, 1, wards.stream()
                        .map(u -> new vn.dienhinh.model.ScopeEntry(u.id(), null)).toList(),
                        fields.stream().map(f -> new vn.dienhinh.model.ScopeEntry(f, null)).toList()));
        for (int i = 0; i < 240; i++) {
            var u = wards.get(r.nextInt(wards.size()));
            long field = fields.get(r.nextInt(fields.size()));
            LocalDate found = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(1050));
            var e = t.registry.save(vn.dienhinh.testutil.ExemplarFixtures.person("Người thứ " + i, 1960 + r.nextInt(40))
                    .unitId(u.id()).fieldIds(java.util.List.of(field)).foundOn(found)
                    .summary("Có nhiều việc làm tốt giúp đỡ bà con khu phố, được nhân dân tín nhiệm").build());
            vn.dienhinh.model.Quarter q = vn.dienhinh.model.Quarter.of(found);
            if (r.nextInt(3) > 0 && t.introductions.ofQuarter(q).stream().noneMatch(x -> x.unitId() == u.id()
                    && x.fieldId() != null && x.fieldId() == field)) {
                t.introductions.record(new vn.dienhinh.model.Introduction(null, u.id(), e.id(), field, campaign.id(), q,
                        found, null, null, null));
            }
        }
    }
}
