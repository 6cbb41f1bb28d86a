package vn.dienhinh.testutil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.dienhinh.store.CatalogRepository;
import vn.dienhinh.store.Database;
import vn.dienhinh.store.ExemplarRepository;
import vn.dienhinh.service.CatalogService;
import vn.dienhinh.service.RegistryService;

/**
 * A fresh database in a temp folder (or, in a test class run {@link OnPostgres}, a fresh database on
 * the test server), with the repositories and services over it; today is fixed.
 */
public final class TestDb implements AutoCloseable {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    public static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());

    public final Database db;
    public final CatalogRepository catalogRepo;
    public final ExemplarRepository exemplarRepo;
    public final CatalogService catalog;
    public final RegistryService registry;
    public final vn.dienhinh.service.CampaignService campaigns;
    public final vn.dienhinh.service.IntroductionService introductions;
    public final vn.dienhinh.service.ActivityService activities;
    public final vn.dienhinh.service.DemoDataService demo;
    public final vn.dienhinh.service.ChangeHistoryService history;
    public final vn.dienhinh.service.AwardService awards;
    public final vn.dienhinh.service.NominationService nominations;
    public final vn.dienhinh.service.CouncilService council;
    public final vn.dienhinh.service.EligibilityService eligibility;
    public final vn.dienhinh.service.OfficeProfileService office;
    public final vn.dienhinh.store.ReportQueries reportQueries;
    public final vn.dienhinh.service.document.QuarterlyReportService quarterlyReports;
    public final vn.dienhinh.service.document.CampaignPlanService campaignPlans;
    public final vn.dienhinh.service.document.SummaryReportService summaryReports;
    public final vn.dienhinh.service.document.ListExportService lists;
    public final vn.dienhinh.service.document.DossierService dossiers;
    public final vn.dienhinh.service.document.ReminderService reminders;
    public final vn.dienhinh.service.document.StatisticsService statistics;
    public final vn.dienhinh.service.document.CertificateService certificates;

    public TestDb(Path dir) {
        db = OnPostgres.active() ? Database.open(OnPostgres.newDatabase()) : Database.open(dir.resolve("test.db"));
        catalogRepo = new CatalogRepository(db);
        exemplarRepo = new ExemplarRepository(db);
        catalog = new CatalogService(catalogRepo);
        registry = new RegistryService(exemplarRepo, catalogRepo, CLOCK);
        campaigns = new vn.dienhinh.service.CampaignService(new vn.dienhinh.store.CampaignRepository(db), exemplarRepo, CLOCK);
        introductions = new vn.dienhinh.service.IntroductionService(new vn.dienhinh.store.IntroductionRepository(db),
                exemplarRepo, catalogRepo, campaigns, CLOCK);
        activities = new vn.dienhinh.service.ActivityService(new vn.dienhinh.store.ActivityRepository(db), CLOCK);
        awards = new vn.dienhinh.service.AwardService(new vn.dienhinh.store.AwardRepository(db),
                new vn.dienhinh.store.CommendationRepository(db), exemplarRepo, catalogRepo, CLOCK);
        nominations = new vn.dienhinh.service.NominationService(new vn.dienhinh.store.NominationRepository(db),
                exemplarRepo, catalogRepo, awards, CLOCK);
        council = new vn.dienhinh.service.CouncilService(new vn.dienhinh.store.CouncilRepository(db), nominations,
                exemplarRepo, CLOCK);
        eligibility = new vn.dienhinh.service.EligibilityService(new vn.dienhinh.store.EligibilityRepository(db), awards,
                nominations, exemplarRepo, CLOCK);
        history = new vn.dienhinh.service.ChangeHistoryService(new vn.dienhinh.store.ChangeLogRepository(db));
        office = new vn.dienhinh.service.OfficeProfileService(new vn.dienhinh.store.OfficeProfileRepository(db));
        demo = new vn.dienhinh.service.DemoDataService(catalogRepo, exemplarRepo, CLOCK,
                new vn.dienhinh.service.DemoDataService.Parts(campaigns, introductions, activities, catalog, registry,
                        awards, nominations, office, council, eligibility));
        reportQueries = new vn.dienhinh.store.ReportQueries(db);
        quarterlyReports = new vn.dienhinh.service.document.QuarterlyReportService(introductions, campaigns, activities,
                catalog, reportQueries, new vn.dienhinh.service.CommendationLines(awards, nominations, registry, catalog), office);
        campaignPlans = new vn.dienhinh.service.document.CampaignPlanService(campaigns, office, catalog, CLOCK);
        summaryReports = new vn.dienhinh.service.document.SummaryReportService(reportQueries, catalog, campaigns, office,
                CLOCK);
        lists = new vn.dienhinh.service.document.ListExportService(registry, catalog, reportQueries, awards, office,
                CLOCK);
        reminders = new vn.dienhinh.service.document.ReminderService(introductions, campaigns, office, CLOCK);
        statistics = new vn.dienhinh.service.document.StatisticsService(campaigns, awards, office, CLOCK);
        dossiers = new vn.dienhinh.service.document.DossierService(nominations, awards, registry, catalog, office,
                campaigns, CLOCK);
        certificates = new vn.dienhinh.service.document.CertificateService(
                new vn.dienhinh.store.CertificateLayoutRepository(db), new vn.dienhinh.store.CommendationRepository(db),
                awards, nominations, registry, catalog, campaigns, office);
    }

    @Override
    public void close() {
        db.close();
    }
}
