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
 * shared and noisy). Returns the table's lines in the order. Given a shared registry on a
 * PostgreSQL server, search as you type and the list's pages are measured there too, and ten officers
 * working at once on the server and on the file; those lines stand beside the file's.
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
            Engine server = options.server() == null ? null : Engine.server(options.server());
            if (server != null) {
                new ServerRegistry(server, options.rows(), progress).prepare();
            }
            Path work = Files.createDirectories(options.dataDir()).resolve("run-" + ProcessHandle.current().pid());
            Files.createDirectories(work);
            try {
                List<BenchRow> rows = new ArrayList<>();
                step("startup");
                BenchRow startup = new StartupBench(options).measure(registry, options.runs());
                List<String> queries = measureOpen(registry, work, rows);
                step("storage");
                rows.addAll(new StorageBench(registry, work).measure(options.runs()));
                step("import");
                Path list = work.resolve("danh-sach-de-nghi.xlsx");
                int listRows = listRows();
                try (AppContext ctx = AppContext.open(registry)) {
                    OfficerList.write(list, listRows, ctx.registry(), ctx.catalog());
                }
                rows.add(4, new ImportBench(registry, work).measure(list, listRows, options.runs()));
                if (server != null) {
                    rows = beside(rows, measureServer(server, queries), measureOfficers(server, registry, work, queries));
                }
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

    /**
     * The lines measured with the registry open: search, pages, the quarterly report, the Excel list;
     * returns the search's queries, which the server's lines type too.
     */
    private List<String> measureOpen(Path registry, Path work, List<BenchRow> rows) throws Exception {
        Engine file = Engine.file(registry);
        try (AppContext ctx = AppContext.open(registry);
             Connection bare = DriverManager.getConnection("jdbc:sqlite:" + registry)) {
            long total = ctx.registry().count(ExemplarFilter.ALL);
            step("search");
            List<String> queries = SearchQueries.from(ctx.registry(), total);
            rows.addAll(new SearchBench(ctx.registry(), bare, queries, file).measure(options.runs()));
            step("pages");
            rows.addAll(new PagingBench(ctx.registry(), bare, file).measure(options.runs()));
            DocumentBench documents = new DocumentBench(ctx, bare, work);
            step("quarterly");
            rows.add(documents.quarterlyReport(options.runs()));
            step("excel");
            rows.add(documents.exemplarList(options.runs()));
            return queries;
        }
    }

    /** Search as you type and the pages on the server: the same queries, the same pages, their floors there. */
    private List<BenchRow> measureServer(Engine server, List<String> queries) throws Exception {
        progress.println(Messages.get("bench.step.server", server.display()));
        List<BenchRow> rows = new ArrayList<>();
        try (AppContext ctx = AppContext.open(server.target()); Connection bare = server.bare()) {
            rows.addAll(new SearchBench(ctx.registry(), bare, queries, server).measure(options.runs()));
            rows.addAll(new PagingBench(ctx.registry(), bare, server).measure(options.runs()));
        }
        return rows;
    }

    /**
     * Ten officers at once: on the file (a copy of it, one context shared as in one process), then on the
     * server (a context each, named apart in the history); the lines of each kind side by side.
     */
    private List<BenchRow> measureOfficers(Engine server, Path registry, Path work, List<String> queries)
            throws Exception {
        int seconds = options.officerSeconds();
        Path copy = BenchRegistry.copy(registry, work.resolve("can-bo.db"));
        List<BenchRow> onFile;
        progress.println(Messages.get("bench.step.officers", OfficerBench.OFFICERS, seconds, copy));
        try (AppContext ctx = AppContext.open(copy)) {
            onFile = new OfficerBench(Engine.file(copy), queries, seconds).measure(new OfficerBench.Contexts() {
                @Override
                public AppContext of(int officer) {
                    return ctx;
                }

                @Override
                public boolean shared() {
                    return true;
                }
            }, options.runs());
        } finally {
            BenchRegistry.deleteDatabase(copy);
        }
        progress.println(Messages.get("bench.step.officers", OfficerBench.OFFICERS, seconds, server.display()));
        List<AppContext> officers = new ArrayList<>();
        try {
            for (int i = 0; i < OfficerBench.OFFICERS; i++) {
                officers.add(AppContext.openShared(server.target(), Messages.get("bench.officers.user", i + 1)));
            }
            List<BenchRow> onServer = new OfficerBench(server, queries, seconds).measure(new OfficerBench.Contexts() {
                @Override
                public AppContext of(int officer) {
                    return officers.get(officer);
                }

                @Override
                public boolean shared() {
                    return false;
                }
            }, options.runs());
            List<BenchRow> out = new ArrayList<>();
            for (int k = 0; k < onFile.size(); k++) {
                out.add(onFile.get(k));
                out.add(onServer.get(k));
            }
            return out;
        } finally {
            officers.forEach(AppContext::close);
        }
    }

    /**
     * The file's lines with the server's beside them: each of search and pages (the first four) followed
     * by the same on the server, then the officers' lines, then the rest of the file's.
     */
    private static List<BenchRow> beside(List<BenchRow> file, List<BenchRow> server, List<BenchRow> officers) {
        List<BenchRow> out = new ArrayList<>();
        for (int i = 0; i < server.size(); i++) {
            out.add(file.get(i));
            out.add(server.get(i));
        }
        out.addAll(officers);
        out.addAll(file.subList(server.size(), file.size()));
        return out;
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
