package vn.dienhinh.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.util.Messages;

/**
 * Importing a 10,000-row officer list into the registry: each run on a fresh copy of the registry
 * (copied untimed), the floor ({@link ImportFloor}) beside the product ({@link BenchImport#PRODUCT}).
 */
final class ImportBench {

    static final int LIST_ROWS = 10_000;

    private final Path registry;
    private final Path dir;
    private final BenchImport product;

    ImportBench(Path registry, Path dir, BenchImport product) {
        this.registry = registry;
        this.dir = dir;
        this.product = product;
    }

    /** {@code list}: the officer's list, already written. */
    BenchRow measure(Path list, int rows, int runs) throws Exception {
        List<Long> floors = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Path copy = BenchRegistry.copy(registry, dir.resolve("import-floor.db"));
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
                long t0 = System.nanoTime();
                ImportFloor.run(list, c);
                floors.add(System.nanoTime() - t0);
            } finally {
                BenchRegistry.deleteDatabase(copy);
            }
            if (product.unavailable() == null) {
                Path mine = BenchRegistry.copy(registry, dir.resolve("import.db"));
                try (AppContext ctx = AppContext.open(mine)) {
                    times.add(Stats.time(() -> product.run(ctx, list)));
                } finally {
                    BenchRegistry.deleteDatabase(mine);
                }
            }
        }
        String op = Messages.get("bench.op.import", rows);
        Target target = Target.ofFloor(1.5);
        if (times.isEmpty()) {
            return BenchRow.skipped(op, Stats.ofNanos(floors).median(), target, product.unavailable());
        }
        return BenchRow.measured(op, Stats.ofNanos(times), Stats.ofNanos(floors), target);
    }
}
