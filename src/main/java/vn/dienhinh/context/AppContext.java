package vn.dienhinh.context;

import java.nio.file.Path;
import java.time.Clock;
import vn.dienhinh.service.ActivityService;
import vn.dienhinh.service.AwardService;
import vn.dienhinh.service.NominationService;
import vn.dienhinh.service.BackupService;
import vn.dienhinh.service.ChangeHistoryService;
import vn.dienhinh.service.CampaignService;
import vn.dienhinh.service.CatalogService;
import vn.dienhinh.service.CommendationLines;
import vn.dienhinh.service.DashboardService;
import vn.dienhinh.service.IntroductionService;
import vn.dienhinh.service.DemoDataService;
import vn.dienhinh.service.RegistryService;
import vn.dienhinh.service.OfficeProfileService;
import vn.dienhinh.service.StatsService;
import vn.dienhinh.service.document.CampaignPlanService;
import vn.dienhinh.service.document.CertificateService;
import vn.dienhinh.service.document.CommendationSource;
import vn.dienhinh.service.document.DossierService;
import vn.dienhinh.service.document.ListExportService;
import vn.dienhinh.service.document.ReminderService;
import vn.dienhinh.service.document.StatisticsService;
import vn.dienhinh.service.document.QuarterlyReportService;
import vn.dienhinh.service.document.SummaryReportService;
import vn.dienhinh.service.imports.ImportService;
import vn.dienhinh.store.ActivityRepository;
import vn.dienhinh.store.AwardRepository;
import vn.dienhinh.store.CommendationRepository;
import vn.dienhinh.store.NominationRepository;
import vn.dienhinh.store.CampaignRepository;
import vn.dienhinh.store.CatalogRepository;
import vn.dienhinh.store.CertificateLayoutRepository;
import vn.dienhinh.store.ChangeLogRepository;
import vn.dienhinh.store.IntroductionRepository;
import vn.dienhinh.store.Database;
import vn.dienhinh.store.ExemplarRepository;
import vn.dienhinh.store.OfficeProfileRepository;
import vn.dienhinh.store.ReportQueries;
import vn.dienhinh.store.ImportRepository;
import vn.dienhinh.store.Maintenance;

/**
 * The composition root: opens the database and builds every repository and service once, with
 * constructor injection. The window and the command line both start from here.
 */
public final class AppContext implements AutoCloseable {

    private final Database db;
    private final CatalogService catalog;
    private final RegistryService registry;
    private final DemoDataService demo;
    private final StatsService stats;
    private final CampaignService campaigns;
    private final IntroductionService introductions;
    private final ActivityService activities;
    private final DashboardService dashboard;
    private final AwardService awards;
    private final NominationService nominations;
    private final OfficeProfileService office;
    private final QuarterlyReportService quarterlyReports;
    private final CampaignPlanService campaignPlans;
    private final SummaryReportService summaryReports;
    private final ListExportService lists;
    private final ReminderService reminders;
    private final StatisticsService statistics;
    private final DossierService dossiers;
    private final vn.dienhinh.service.CouncilService council;
    private final vn.dienhinh.service.EligibilityService eligibility;
    private final vn.dienhinh.service.document.CouncilDocumentService councilDocuments;
    private final CertificateService certificates;
    private final BackupService backups;
    private final ChangeHistoryService history;
    private final ImportService imports;
    private final vn.dienhinh.service.UserService users;
    private final vn.dienhinh.service.RegistryMoveService moves;
    private final Clock clock;

    private AppContext(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        CatalogRepository catalogRepo = new CatalogRepository(db);
        ExemplarRepository exemplarRepo = new ExemplarRepository(db);
        this.catalog = new CatalogService(catalogRepo);
        this.registry = new RegistryService(exemplarRepo, catalogRepo, clock);
        this.stats = new StatsService(exemplarRepo);
        this.campaigns = new CampaignService(new CampaignRepository(db), exemplarRepo, clock);
        this.introductions = new IntroductionService(new IntroductionRepository(db), exemplarRepo, catalogRepo, campaigns,
                clock);
        this.activities = new ActivityService(new ActivityRepository(db), clock);
        this.awards = new AwardService(new AwardRepository(db), new CommendationRepository(db), exemplarRepo, catalogRepo,
                clock);
        this.nominations = new NominationService(new NominationRepository(db), exemplarRepo, catalogRepo, awards, clock);
        this.office = new OfficeProfileService(new OfficeProfileRepository(db));
        this.council = new vn.dienhinh.service.CouncilService(new vn.dienhinh.store.CouncilRepository(db), nominations,
                exemplarRepo, clock);
        this.eligibility = new vn.dienhinh.service.EligibilityService(new vn.dienhinh.store.EligibilityRepository(db),
                awards, nominations, exemplarRepo, clock);
        this.demo = new DemoDataService(catalogRepo, exemplarRepo, clock,
                new DemoDataService.Parts(campaigns, introductions, activities, catalog, registry, awards,
                        nominations, office, council, eligibility));
        this.dashboard = new DashboardService(exemplarRepo, catalog, campaigns, introductions, clock);
        ReportQueries reportQueries = new ReportQueries(db);
        CommendationSource commendations = new CommendationLines(awards, nominations, registry, catalog);
        this.quarterlyReports = new QuarterlyReportService(introductions, campaigns, activities, catalog, reportQueries,
                commendations, office);
        this.campaignPlans = new CampaignPlanService(campaigns, office, catalog, clock);
        this.summaryReports = new SummaryReportService(reportQueries, catalog, campaigns, office, clock);
        this.reminders = new ReminderService(introductions, campaigns, office, clock);
        this.statistics = new StatisticsService(campaigns, awards, office, clock);
        this.lists = new ListExportService(registry, catalog, reportQueries, awards, office, clock);
        this.dossiers = new DossierService(nominations, awards, registry, catalog, office, campaigns, clock);
        this.councilDocuments = new vn.dienhinh.service.document.CouncilDocumentService(council, nominations, awards,
                registry, catalog, office, campaigns);
        this.certificates = new CertificateService(new CertificateLayoutRepository(db), new CommendationRepository(db),
                awards, nominations, registry, catalog, campaigns, office);
        this.backups = new BackupService(new Maintenance(db), db.file(), clock, vn.dienhinh.model.BackupPolicy.DEFAULT);
        this.history = new ChangeHistoryService(new ChangeLogRepository(db));
        this.imports = new ImportService(catalogRepo, exemplarRepo, new ImportRepository(db), clock);
        this.users = new vn.dienhinh.service.UserService(new vn.dienhinh.store.UserRepository(db), catalogRepo,
                db.officer(), db.isShared());
        this.moves = new vn.dienhinh.service.RegistryMoveService(db);
    }

    /** For the window's start: SQLite's native library is loaded from a copy kept in {@code dir}. */
    public static void keepNativeLibraryIn(Path dir) {
        vn.dienhinh.store.NativeSqlite.useCopyIn(dir);
    }

    public static AppContext open(Path dbFile) {
        return open(dbFile, Clock.systemDefaultZone());
    }

    /**
     * What opens when no {@code --db} is given: the shared registry chosen in Cài đặt, else the workstation's
     * own file in the user's data folder.
     */
    public static String defaultTarget() {
        return vn.dienhinh.store.SharedServer.chosen().orElseGet(() -> vn.dienhinh.util.AppPaths.defaultDatabase().toString());
    }

    /** The shared registry chosen in Cài đặt for the next start, if one is. */
    public static java.util.Optional<String> chosenRegistry() {
        return vn.dienhinh.store.SharedServer.chosen();
    }

    /** Chooses the shared registry at {@code url} (null: the workstation's own file) for the next start. */
    public static void chooseRegistry(String url) {
        vn.dienhinh.store.SharedServer.choose(url);
    }

    /** The SQLite file {@code target} names; refused ({@code db.fileOnly}) for a shared registry on a server. */
    public static Path fileOf(String target) {
        if (vn.dienhinh.store.SharedServer.isServer(target)) {
            throw new vn.dienhinh.util.UserException("db.fileOnly", new vn.dienhinh.store.SharedServer(target, null, null).display());
        }
        return Path.of(target);
    }

    /** Opens what {@code target} names: a shared registry ({@code jdbc:postgresql://HOST/DB}) or a SQLite file. */
    public static AppContext open(String target) {
        return new AppContext(Database.open(target), Clock.systemDefaultZone());
    }

    /**
     * Opens the shared registry at {@code url} ({@code jdbc:postgresql://HOST/DB}) for a program whose changes
     * the history names {@code userName}: the benchmark's simulated officers, each with a connection of its own.
     */
    public static AppContext openShared(String url, String userName) {
        return new AppContext(Database.openShared(vn.dienhinh.store.SharedServer.of(url), userName),
                Clock.systemDefaultZone());
    }

    public static AppContext open(Path dbFile, Clock clock) {
        return new AppContext(Database.open(dbFile), clock);
    }

    /**
     * Signs {@code login} in to the shared registry at {@code url} ({@code jdbc:postgresql://HOST/DB}) with
     * their own server password: the server checks it ({@code db.serverLogin} when it refuses), then the
     * registry's officers say what the login may see ({@code user.notGranted}, {@code user.disabled}; the
     * first to sign in to a registry with no officers becomes the office's, see {@link #firstOfficer}).
     * Slow (the network, perhaps a migration): never on the window's thread. The password is kept nowhere.
     */
    public static AppContext signIn(String url, String login, String password) {
        return signIn(url, login, password, Clock.systemDefaultZone());
    }

    public static AppContext signIn(String url, String login, String password, Clock clock) {
        return new AppContext(Database.openShared(new vn.dienhinh.store.SharedServer(url, login, password)), clock);
    }

    /** The login kept from the last sign-in to a shared registry (the user's shared-registry.properties), null when none. */
    public static String rememberedLogin() {
        return vn.dienhinh.store.SharedServer.rememberedLogin();
    }

    /** Keeps {@code login} (never a password) in the user's shared-registry.properties for the next sign-in. */
    public static void rememberLogin(String login) {
        vn.dienhinh.store.SharedServer.rememberLogin(login);
    }

    /** The password the officer asked to remember for {@code login} (user's settings file), null when none. */
    public static String rememberedPassword(String login) {
        return vn.dienhinh.store.SharedServer.rememberedPassword(login);
    }

    /** Keeps {@code login} and {@code password} (null: forgets a kept one) in the user's settings file. */
    public static void rememberPassword(String login, String password) {
        vn.dienhinh.store.SharedServer.rememberPassword(login, password);
    }

    /** True when {@code target} names a shared registry on a server rather than a file. */
    public static boolean isServer(String target) {
        return vn.dienhinh.store.SharedServer.isServer(target);
    }

    /** The officer signed in (on a workstation's file, its one officer: the office's, who sees all). */
    public vn.dienhinh.model.Officer officer() {
        return db.officer();
    }

    /** True when the officer signed in was the first of a shared registry with no officers, and was made the office's. */
    public boolean firstOfficer() {
        return db.firstOfficer();
    }

    /** True for a shared registry on a server, false for a workstation's file. */
    public boolean isShared() {
        return db.isShared();
    }

    /** The officers of a shared registry, managed by the office's officer. */
    public vn.dienhinh.service.UserService users() {
        return users;
    }

    public Path databaseFile() {
        return db.file();
    }

    /** What the user knows the registry by: its file, or the server and database of a shared one (never a password). */
    public String databaseName() {
        return db.name();
    }

    public CatalogService catalog() {
        return catalog;
    }

    public RegistryService registry() {
        return registry;
    }

    public DemoDataService demo() {
        return demo;
    }

    public StatsService stats() {
        return stats;
    }

    public CampaignService campaigns() {
        return campaigns;
    }

    public IntroductionService introductions() {
        return introductions;
    }

    public ActivityService activities() {
        return activities;
    }

    public DashboardService dashboard() {
        return dashboard;
    }

    public AwardService awards() {
        return awards;
    }

    public NominationService nominations() {
        return nominations;
    }

    public OfficeProfileService office() {
        return office;
    }

    public QuarterlyReportService quarterlyReports() {
        return quarterlyReports;
    }

    public CampaignPlanService campaignPlans() {
        return campaignPlans;
    }

    public SummaryReportService summaryReports() {
        return summaryReports;
    }

    public vn.dienhinh.service.EligibilityService eligibility() {
        return eligibility;
    }

    public vn.dienhinh.service.CouncilService council() {
        return council;
    }

    public vn.dienhinh.service.document.CouncilDocumentService councilDocuments() {
        return councilDocuments;
    }

    public DossierService dossiers() {
        return dossiers;
    }

    /** Certificates printed onto pre-printed blanks: layouts, PDF, calibration page, printing. */
    public CertificateService certificates() {
        return certificates;
    }

    public StatisticsService statistics() {
        return statistics;
    }

    public ReminderService reminders() {
        return reminders;
    }

    public ListExportService lists() {
        return lists;

    }

    public BackupService backups() {
        return backups;
    }

    public ImportService imports() {
        return imports;
    }

    public ChangeHistoryService history() {
        return history;
    }

    /** Copying the whole registry onto a new one: onto the office's server, or out into a new file. */
    public vn.dienhinh.service.RegistryMoveService moves() {
        return moves;
    }

    /** The clock the services run on (fixed in tests). */
    public Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        db.close();
    }
}
