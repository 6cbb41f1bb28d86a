package vn.dienhinh.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/**
 * The benchmark of issue 7: on a realistic registry of the asked size (built once, then reused), each
 * operation the officer waits on is measured beside a floor measured in the same run, several runs,
 * and judged by its median against the target (mostly a ratio to the floor, since the machines are
 * shared and noisy). Returns the table's lines in the order.
 */
public final class Benchmark {

    private final BenchOptions options;
    private final PrintStream progress;

    public Benchmark(BenchOptions options, PrintStream progress) {
        this.options = options;
        this.progress = progress;
    }

    public List<BenchRow> run() {
        try (HeapWatch heap = new HeapWatch()) {
            Path registry = new BenchRegistry(options, progress).prepare();
            Path work = Files.createDirectories(options.dataDir()).resolve("run-" + ProcessHandle.current().pid());
            Files.createDirectories(work);
            try {
                List<BenchRow> rows = new ArrayList<>();
                step("startup");
                BenchRow startup = new StartupBench(options).measure(registry, options.runs());
                measureOpen(registry, work, rows);
                step("storage");
                rows.addAll(new StorageBench(registry, work).measure(options.runs()));
                step("import");
                Path list = work.resolve("danh-sach-de-nghi.xlsx");
                int listRows = listRows();
                try (AppContext ctx = AppContext.open(registry)) {
                    OfficerList.write(list, listRows, ctx.registry(), ctx.catalog());
                }
                rows.add(4, new ImportBench(registry, work).measure(list, listRows, options.runs()));
                rows.add(startup);
                rows.add(heapRow(heap));
                return rows;
            } finally {
                deleteTree(work);
            }
        } catch (IOException e) {
            throw new UserException(e, "bench.failed", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException(e, "bench.failed", e.getMessage());
        } catch (UserException e) {
            throw e;
        } catch (Exception e) {
            throw new UserException(e, "bench.failed", String.valueOf(e.getMessage()));
        }
    }

    /** The lines measured with the registry open: search, pages, the quarterly report, the Excel list. */
    private void measureOpen(Path registry, Path work, List<BenchRow> rows) throws Exception {
        try (AppContext ctx = AppContext.open(registry);
             Connection bare = DriverManager.getConnection("jdbc:sqlite:" + registry)) {
            long total = ctx.registry().count(ExemplarFilter.ALL);
            step("search");
            rows.addAll(new SearchBench(ctx.registry(), bare, SearchQueries.from(ctx.registry(), total))
                    .measure(options.runs()));
            step("pages");
            rows.addAll(new PagingBench(ctx.registry(), bare).measure(options.runs()));
            DocumentBench documents = new DocumentBench(ctx, bare, work);
            step("quarterly");
            rows.add(documents.quarterlyReport(options.runs()));
            step("excel");
            rows.add(documents.exemplarList(options.runs()));
        }
    }

    /** The officer's list: 10,000 rows for a registry of 100,000, a tenth of a smaller one (at least 100). */
    private int listRows() {
        return Math.min(ImportBench.LIST_ROWS, Math.max(100, options.rows() / 10));
    }

    private BenchRow heapRow(HeapWatch heap) {
        long max = HeapWatch.maxMegabytes();
        double peak = heap.peakMegabytes();
        boolean limited = max <= 260; // -Xmx256m reports a little under or over 256 depending on the collector
        Target target = Target.heap(256);
        BenchRow.Verdict v = limited && peak <= 256 ? BenchRow.Verdict.OK : BenchRow.Verdict.MISS;
        return new BenchRow(Messages.get("bench.op.heap"), peak, peak, peak, null, target, v, "MB",
                Messages.get(limited ? "bench.heap.note" : "bench.heap.notLimited", max));
    }

    private void step(String what) {
        progress.println(Messages.get("bench.step." + what));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
