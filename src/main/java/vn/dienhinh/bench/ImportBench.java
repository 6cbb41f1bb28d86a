package vn.dienhinh.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.service.imports.ImportOptions;
import vn.dienhinh.service.imports.ImportPreview;
import vn.dienhinh.service.imports.ImportResult;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.Progress;
import vn.dienhinh.util.UserException;

/**
 * Importing a 10,000-row officer list into the registry: each run on a fresh copy of the registry
 * (copied untimed), the floor ({@link ImportFloor}) beside what the officer does with the list: the
 * import service's preview, then its commit with the default options.
 */
final class ImportBench {

    static final int LIST_ROWS = 10_000;

    private final Path registry;
    private final Path dir;

    ImportBench(Path registry, Path dir) {
        this.registry = registry;
        this.dir = dir;
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
            Path mine = BenchRegistry.copy(registry, dir.resolve("import.db"));
            try (AppContext ctx = AppContext.open(mine)) {
                times.add(Stats.time(() -> importList(ctx, list, rows)));
            } finally {
                BenchRegistry.deleteDatabase(mine);
            }
        }
        return BenchRow.measured(Messages.get("bench.op.import", rows), Stats.ofNanos(times), Stats.ofNanos(floors),
                Target.ofFloor(1.5));
    }

    /**
     * Preview and commit, as the import dialog does. The floor writes every row, so the product is asked to
     * as well: the list's random names now and then match a registry entry, which the officer's default
     * would leave out (the duplicates are still looked for, in the preview). A list not wholly imported
     * would time other work than the floor's.
     */
    private static void importList(AppContext ctx, Path list, int rows) {
        ImportPreview p = ctx.imports().preview(list, null, Progress.NONE);
        ImportOptions everyRow = new ImportOptions(ImportOptions.defaults(p).newUnits(), true);
        ImportResult r = ctx.imports().commit(p, everyRow, Progress.NONE);
        if (r.imported() != rows) {
            throw new UserException("bench.import.incomplete", list, r.imported(), rows);
        }
    }
}
