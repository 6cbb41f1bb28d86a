package vn.dienhinh.service;

import java.time.Clock;
import vn.dienhinh.store.CatalogRepository;
import vn.dienhinh.store.Database;
import vn.dienhinh.store.ExemplarRepository;

/** Loads a realistic Vietnamese demo registry into an empty database. */
public final class DemoDataService {

    private final Database db;
    private final CatalogRepository catalog;
    private final ExemplarRepository exemplars;
    private final Clock clock;

    public DemoDataService(Database db, CatalogRepository catalog, ExemplarRepository exemplars, Clock clock) {
        this.db = db;
        this.catalog = catalog;
        this.exemplars = exemplars;
        this.clock = clock;
    }

    /** Loads {@code count} exemplars with their units, deeds, history and evaluations; returns how many. */
    public int load(int count) {
        throw new UnsupportedOperationException("TODO");
    }
}
