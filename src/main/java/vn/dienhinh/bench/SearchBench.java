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
 * over the queries are that run's figures.
 */
final class SearchBench {

    static final int PAGE = 100;
    private static final String COUNT = "SELECT count(*) FROM exemplar_fts WHERE exemplar_fts MATCH ?";
    private static final String FIRST = "SELECT rowid FROM exemplar_fts WHERE exemplar_fts MATCH ? LIMIT " + PAGE;

    private final RegistryService registry;
    private final Connection bare;
    private final List<String> queries;

    SearchBench(RegistryService registry, Connection bare, List<String> queries) {
        this.registry = registry;
        this.bare = bare;
        this.queries = queries;
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
        Target target = Target.both(10, 1.5);
        String note = Messages.get("bench.search.note", queries.size(), String.join(" · ", queries.subList(0,
                Math.min(6, queries.size()))));
        return List.of(
                BenchRow.measured(Messages.get("bench.op.searchP95"), new Stats(p95), new Stats(floorP95), target)
                        .withNote(note),
                // the issue sets its ratio on the p95; the median's ratio is shown, judged on time only
                BenchRow.measured(Messages.get("bench.op.searchMedian"), new Stats(median), new Stats(floorMedian),
                        Target.within(10)).withNote(Messages.get("bench.search.medianNote")));
    }

    private void product(String q) {
        registry.firstPage(ExemplarFilter.ALL.withSearch(q), PAGE);
    }

    private void floor(String q) throws SQLException {
        String match = SearchIndex.matchExpression(q);
        try (PreparedStatement ps = bare.prepareStatement(COUNT)) {
            ps.setString(1, match);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                rs.getLong(1);
            }
        }
        try (PreparedStatement ps = bare.prepareStatement(FIRST)) {
            ps.setString(1, match);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getLong(1);
                }
            }
        }
    }
}
