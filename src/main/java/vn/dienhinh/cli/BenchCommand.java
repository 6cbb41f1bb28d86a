package vn.dienhinh.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.dienhinh.bench.BenchOptions;
import vn.dienhinh.bench.BenchRow;
import vn.dienhinh.bench.Benchmark;
import vn.dienhinh.report.AtomicFileWriter;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/**
 * {@code bench [--rows N] [--runs N] [--out FILE.csv] [--data DIR] [--no-startup]
 * [--db jdbc:postgresql://HOST/DB [--officer-seconds N]]}: the benchmark of issue 7. Unless already
 * limited, it runs itself again in a child JVM with {@code -Xmx256m}, so the heap line says whether
 * everything fits in it. Prints the table and writes it as CSV. With a shared registry on a server
 * (an empty database for the benchmark), its lines on the server stand beside the file's.
 */
final class BenchCommand {

    /** Set on the child JVM so that it does not start another. */
    static final String CHILD = "dienhinh.bench.child";
    private static final long LIMIT_MB = 256;

    private final PrintStream err;

    BenchCommand(PrintStream err) {
        this.err = err;
    }

    int run(Args args, List<String> argv, PrintStream out) {
        args.only("bench", "rows", "runs", "out", "data", "no-startup", "no-fork", "officer-seconds");
        Integer rows = args.integer("rows", 100, 1_000_000);
        Integer runs = args.integer("runs", 1, 50);
        Integer officerSeconds = args.integer("officer-seconds", 1, 600);
        String server = serverOf(argv);
        Path csv = Path.of(args.get("out") != null ? args.get("out")
                : "dienhinh-bench-" + (rows == null ? BenchOptions.DEFAULT_ROWS : rows) + ".csv");
        boolean limited = Runtime.getRuntime().maxMemory() <= (LIMIT_MB + 4) * 1024 * 1024;
        if (!limited && !args.has("no-fork") && !Boolean.getBoolean(CHILD)) {
            return inChild(argv);
        }
        BenchOptions options = new BenchOptions(rows == null ? BenchOptions.DEFAULT_ROWS : rows,
                runs == null ? BenchOptions.DEFAULT_RUNS : runs,
                args.get("data") == null ? BenchOptions.defaultDataDir() : Path.of(args.get("data")),
                !args.has("no-startup"), BenchOptions.currentJava(), System.getProperty("java.class.path"), server,
                officerSeconds == null ? BenchOptions.DEFAULT_OFFICER_SECONDS : officerSeconds);
        List<BenchRow> result = new Benchmark(options, err).run();
        TextTable table = table(result);
        out.println(Messages.get("bench.title", options.rows(), options.runs()));
        table.print(out, false);
        AtomicFileWriter.write(csv, o -> TextTable.writeCsvFile(o, csv(result)));
        out.println(Messages.get("bench.csvWritten", csv.toAbsolutePath().normalize()));
        return result.stream().anyMatch(r -> r.verdict() == BenchRow.Verdict.MISS) ? 1 : 0;
    }

    /** The shared registry {@code --db} names, null without one; a file is refused: the benchmark builds its own. */
    private static String serverOf(List<String> argv) {
        int i = argv.indexOf("--db");
        if (i < 0 || i + 1 >= argv.size()) {
            return null;
        }
        return BenchOptions.serverOnly(argv.get(i + 1));
    }

    /** Runs the same command in a JVM limited to {@value #LIMIT_MB} MB of heap; returns its exit code. */
    private int inChild(List<String> argv) {
        List<String> cmd = new ArrayList<>(List.of(BenchOptions.currentJava(), "-Xmx" + LIMIT_MB + "m",
                "-D" + CHILD + "=true", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                "vn.dienhinh.Main"));
        cmd.addAll(argv);
        err.println(Messages.get("bench.child", LIMIT_MB));
        try {
            return new ProcessBuilder(cmd).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new UserException(e, "bench.failed", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException(e, "bench.failed", e.getMessage());
        }
    }

    static TextTable table(List<BenchRow> rows) {
        TextTable t = new TextTable(List.of(Messages.get("bench.col.operation"), Messages.get("bench.col.median"),
                Messages.get("bench.col.min"), Messages.get("bench.col.max"), Messages.get("bench.col.floor"),
                Messages.get("bench.col.ratio"), Messages.get("bench.col.target"), Messages.get("bench.col.verdict"),
                Messages.get("bench.col.note")));
        for (BenchRow r : rows) {
            t.add(List.of(r.operation(), amount(r.median(), r.unit()), amount(r.min(), r.unit()),
                    amount(r.max(), r.unit()), amount(r.floor(), r.unit()), ratio(r.ratio()), r.target().text(),
                    Messages.get("bench.verdict." + r.verdict().name()), r.note()));
        }
        return t;
    }

    /** The same lines as CSV, numbers plain (milliseconds or megabytes as the unit column says). */
    static List<String> csv(List<BenchRow> rows) {
        List<String> out = new ArrayList<>();
        out.add(TextTable.csvLine(List.of("operation", "unit", "median", "min", "max", "floor", "ratio", "target",
                "verdict", "note")));
        for (BenchRow r : rows) {
            out.add(TextTable.csvLine(List.of(r.operation(), r.unit(), plain(r.median()), plain(r.min()),
                    plain(r.max()), plain(r.floor()), plain(r.ratio()), r.target().text(),
                    r.verdict().name().toLowerCase(Locale.ROOT), r.note())));
        }
        return out;
    }

    private static String amount(Double v, String unit) {
        if (v == null) {
            return "—";
        }
        if (unit.equals("ms") && v >= 1000) {
            return String.format(Locale.ROOT, "%.2f s", v / 1000);
        }
        return String.format(Locale.ROOT, v < 10 ? "%.2f %s" : v < 100 ? "%.1f %s" : "%.0f %s", v, unit);
    }

    private static String ratio(Double r) {
        return r == null ? "—" : String.format(Locale.ROOT, "%.2f×", r);
    }

    private static String plain(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%1$.3f", v);
    }
}
