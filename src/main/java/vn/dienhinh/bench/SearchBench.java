package vn.dienhinh.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.service.RegistryService;
import vn.dienhinh.store.SearchIndex;
import vn.dienhinh.util.Messages;

/**
 * Search as you type: each query goes through what the exemplar table does (the count and the first
 * page of 100, {@link RegistryService#firstPage}) and, beside it, the floor: the same MATCH expression straight on the FTS5 index with
 * bare JDBC (the count, then the first 100 rowids). A run types every query once; its p95 and median
 * over the queries are that run's figures. On a server the floor is the same on its index ({@link
 * vn.dienhinh.store.Dialect#match}): the count, then the first 100 places in order, which FTS5 gives
 * by itself and PostgreSQL must be asked for, as the program's page is.
 */
final class SearchBench {

    static final int PAGE = 100;

    private final RegistryService registry;
    private final Connection bare;
    private final List<String> queries;
    private final Engine engine;
    private final String count;
    private final String first;

    /** {@code bare}: a bare connection to the registry {@code engine} names, which {@code registry} has open. */
    SearchBench(RegistryService registry, Connection bare, List<String> queries, Engine engine) {
        this.registry = registry;
        this.bare = bare;
        this.queries = queries;
        this.engine = engine;
        // on the file: "SELECT count(*) FROM exemplar_fts WHERE exemplar_fts MATCH ?", and the same for the rowids
        this.count = "SELECT count(*) FROM exemplar_fts WHERE " + engine.dialect().match();
        this.first = "SELECT rowid FROM exemplar_fts WHERE " + engine.dialect().match()
                + (engine.server() ? " ORDER BY rowid" : "") + " LIMIT " + PAGE;
    }

    /** Two lines: p95 and median over the queries, each with the median, min and max over the runs. */
    List<BenchRow> measure(int runs) throws SQLException {
        for (String q : queries) {
            product(q); // warm the caches and the JIT for both sides alike
            floor(q);
        }
        List<Double> p95 = new ArrayList<>();
        List<Double> median = new ArrayList<>();
        List<Double> floorP95 = new ArrayList<>();
        List<Double> floorMedian = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            List<Long> product = new ArrayList<>();
            List<Long> floor = new ArrayList<>();
            for (String q : queries) {
                long t0 = System.nanoTime();
                floor(q);
                long t1 = System.nanoTime();
                product(q);
                long t2 = System.nanoTime();
                floor.add(t1 - t0);
                product.add(t2 - t1);
            }
            Stats p = Stats.ofNanos(product);
            Stats f = Stats.ofNanos(floor);
            p95.add(p.p95());
            median.add(p.median());
            floorP95.add(f.p95());
            floorMedian.add(f.median());
        }
        // on a server a keystroke's answer also crosses the network, and has the typing's pace to keep up with
        double ms = engine.server() ? 100 : 10;
        Target target = Target.both(ms, 1.5);
        String note = Messages.get("bench.search.note", queries.size(), String.join(" · ", queries.subList(0,
                Math.min(6, queries.size()))));
        return List.of(
                BenchRow.measured(engine.name(Messages.get("bench.op.searchP95")), new Stats(p95), new Stats(floorP95),
                        target).withNote(note),
                // the issue sets its ratio on the p95; the median's ratio is shown, judged on time only
                BenchRow.measured(engine.name(Messages.get("bench.op.searchMedian")), new Stats(median),
                        new Stats(floorMedian), Target.within(ms)).withNote(Messages.get("bench.search.medianNote")));
    }

    private void product(String q) {
        registry.firstPage(ExemplarFilter.ALL.withSearch(q), PAGE);
    }

    private void floor(String q) throws SQLException {
        String match = engine.dialect().matchArgument(SearchIndex.matchExpression(q));
        try (PreparedStatement ps = bare.prepareStatement(count)) {
            ps.setString(1, match);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                rs.getLong(1);
            }
        }
        try (PreparedStatement ps = bare.prepareStatement(first)) {
            ps.setString(1, match);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getLong(1);
                }
            }
        }
    }
}
