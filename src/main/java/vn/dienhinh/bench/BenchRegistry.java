package vn.dienhinh.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.model.Quarter;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/**
 * The registry the benchmark measures: the demo registry of the asked size, built once and kept in
 * the data folder under a name that says its size, the data version and the quarter it was built
 * in (its dates follow the day it was built), so later runs reuse it.
 */
final class BenchRegistry {

    /** Raise when the demo data or the schema change in a way that makes kept registries stale. */
    static final int DATA_VERSION = 14;

    private final BenchOptions options;
    private final PrintStream progress;

    BenchRegistry(BenchOptions options, PrintStream progress) {
        this.options = options;
        this.progress = progress;
    }

    /** The kept registry for the options' size, built first when there is none. */
    Path prepare() {
        Quarter q = Quarter.of(LocalDate.now());
        Path file = options.dataDir().resolve("registry-" + options.rows() + "-v" + DATA_VERSION + "-" + q.year()
                + "Q" + q.quarter() + ".db");
        if (Files.isRegularFile(file)) {
            progress.println(Messages.get("bench.reuse", options.rows(), file));
            // brought up to this program's schema now, not inside the first measurement
            try (AppContext ctx = AppContext.open(file)) {
                return file;
            }
        }
        progress.println(Messages.get("bench.building", options.rows(), file));
        Path building = file.resolveSibling(file.getFileName() + ".building");
        try {
            Files.createDirectories(options.dataDir());
            deleteDatabase(building);
            long t0 = System.nanoTime();
            try (AppContext ctx = AppContext.open(building)) {
                ctx.demo().load(options.rows());
            }
            Files.move(building, file, StandardCopyOption.REPLACE_EXISTING);
            deleteDatabase(building);
            progress.println(Messages.get("bench.built", Math.round((System.nanoTime() - t0) / 1e9)));
            return file;
        } catch (IOException e) {
            throw new UserException(e, "bench.cannotBuild", file, e.getMessage());
        }
    }

    /** A copy of the registry to change (an import), with nothing of the original's lock. */
    static Path copy(Path registry, Path target) {
        try {
            deleteDatabase(target);
            Files.copy(registry, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UserException(e, "bench.cannotBuild", target, e.getMessage());
        }
    }

    /** Deletes a database file with its journal, shared memory and lock files. */
    static void deleteDatabase(Path db) throws IOException {
        for (String suffix : new String[]{"", "-wal", "-shm", ".lock"}) {
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
        }
    }
}
