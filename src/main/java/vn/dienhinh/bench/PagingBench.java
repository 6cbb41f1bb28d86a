package vn.dienhinh.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.service.RegistryService;
import vn.dienhinh.util.Messages;

/**
 * The exemplar screen opening (the count and the first page of 100, as its table asks for them:
 * {@link RegistryService#firstPage}) and
 * a jump to the last page, in the list's order (by name: the sort key); the floor is a bare indexed
 * SELECT of the same page, on the file or on the server alike.
 */
final class PagingBench {

    private static final String PAGE = "SELECT e.id, e.name FROM exemplar e ORDER BY e.sort_key, e.id LIMIT "
            + SearchBench.PAGE + " OFFSET ?";

    private final RegistryService registry;
    private final Connection bare;
    private final Engine engine;

    PagingBench(RegistryService registry, Connection bare, Engine engine) {
        this.registry = registry;
        this.bare = bare;
        this.engine = engine;
    }

    List<BenchRow> measure(int runs) throws SQLException {
        long total = registry.count(ExemplarFilter.ALL);
        long last = Math.max(0, (total - 1) / SearchBench.PAGE * SearchBench.PAGE);
        first();
        floor(0);
        List<Long> first = new ArrayList<>();
        List<Long> firstFloor = new ArrayList<>();
        List<Long> jump = new ArrayList<>();
        List<Long> jumpFloor = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            firstFloor.add(floor(0));
            first.add(Stats.time(this::first));
            jumpFloor.add(floor(last));
            jump.add(Stats.time(() -> registry.page(ExemplarFilter.ALL, last, SearchBench.PAGE)));
        }
        Target target = Target.within(50);
        return List.of(
                BenchRow.measured(engine.name(Messages.get("bench.op.firstPage")), Stats.ofNanos(first),
                        Stats.ofNanos(firstFloor), target),
                BenchRow.measured(engine.name(Messages.get("bench.op.lastPage")), Stats.ofNanos(jump),
                        Stats.ofNanos(jumpFloor), target).withNote(Messages.get("bench.lastPage.note", last)));
    }

    private void first() {
        registry.firstPage(ExemplarFilter.ALL, SearchBench.PAGE);
    }

    private long floor(long offset) throws SQLException {
        long t0 = System.nanoTime();
        try (PreparedStatement ps = bare.prepareStatement(PAGE)) {
            ps.setLong(1, offset);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getLong(1);
                    rs.getString(2);
                }
            }
        }
        return System.nanoTime() - t0;
    }
}
