package vn.dienhinh;

import java.nio.file.Path;
import java.time.Clock;
import vn.dienhinh.service.CatalogService;
import vn.dienhinh.service.DemoDataService;
import vn.dienhinh.service.RegistryService;
import vn.dienhinh.service.StatsService;
import vn.dienhinh.store.CatalogRepository;
import vn.dienhinh.store.Database;
import vn.dienhinh.store.ExemplarRepository;

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

    private AppContext(Database db, Clock clock) {
        this.db = db;
        CatalogRepository catalogRepo = new CatalogRepository(db);
        ExemplarRepository exemplarRepo = new ExemplarRepository(db);
        this.catalog = new CatalogService(catalogRepo);
        this.registry = new RegistryService(exemplarRepo, catalogRepo, clock);
        this.stats = new StatsService(exemplarRepo);
        this.demo = new DemoDataService(catalogRepo, exemplarRepo, clock);
    }

    public static AppContext open(Path dbFile) {
        return open(dbFile, Clock.systemDefaultZone());
    }

    public static AppContext open(Path dbFile, Clock clock) {
        return new AppContext(Database.open(dbFile), clock);
    }

    public Path databaseFile() {
        return db.file();
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

    @Override
    public void close() {
        db.close();
    }
}
