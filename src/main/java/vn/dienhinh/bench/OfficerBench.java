package vn.dienhinh.bench;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.ExemplarRow;
import vn.dienhinh.model.Field;
import vn.dienhinh.model.Gender;
import vn.dienhinh.model.Unit;
import vn.dienhinh.service.RegistryService;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/**
 * Ten officers at work on one registry at once, each on a thread of its own, for a few seconds a run:
 * they type searches (the search-as-you-type queries, each the count and first page the table asks
 * for), open an exemplar they found (the exemplar, its deeds, status history and evaluations, as the
 * detail pane reads them), change one and save it, and add new ones, with a pause between operations
 * as the list's debounce and a person's reading give (150 ms). The changes fall on a few exemplars
 * that every officer works on, so that two of them now and then save the same one: the later save is
 * refused by the optimistic lock, which is counted as a conflict, not as a failure. Any other failure is
 * counted as an error and makes the line a miss. Each run's p95 per kind of operation is that run's
 * figure; the exemplars added are deleted after each run.
 *
 * <p>On a server each officer is a program of its own (its own {@link AppContext}, its connections,
 * its name in the change history); on the file they share one, as one process would.
 */
final class OfficerBench {

    static final int OFFICERS = 10;
    private static final long PAUSE_MS = 150;
    private static final int HOT = 20;
    private static final Logger LOG = Logger.getLogger(OfficerBench.class.getName());

    /** The kinds of operation, in the table's order. */
    enum Kind {
        SEARCH, OPEN, SAVE, ADD
    }

    /** One operation done: its kind, how long the officer waited, and whether it was refused or failed. */
    private record Done(Kind kind, long nanos, boolean conflict, String error) {
    }

    /** How each officer reaches the registry: its own context, or one shared (not closed by the officer). */
    interface Contexts {
        AppContext of(int officer);

        boolean shared();
    }

    private final Engine engine;
    private final List<String> queries;
    private final int seconds;

    OfficerBench(Engine engine, List<String> queries, int seconds) {
        this.engine = engine;
        this.queries = queries;
        this.seconds = seconds;
    }

    /** {@code contexts}: the officers' contexts, all open; officer 0's serves the untimed setup and clean-up. */
    List<BenchRow> measure(Contexts contexts, int runs) throws InterruptedException {
        RegistryService registry = contexts.of(0).registry();
        Material m = Material.of(contexts.of(0));
        Map<Kind, List<Double>> p95 = new EnumMap<>(Kind.class);
        Map<Kind, List<Double>> median = new EnumMap<>(Kind.class);
        Map<Kind, int[]> counts = new EnumMap<>(Kind.class); // done, conflicts, errors
        Map<Kind, String> firstError = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            p95.put(k, new ArrayList<>());
            median.put(k, new ArrayList<>());
            counts.put(k, new int[3]);
        }
        for (int run = 0; run < runs; run++) {
            ConcurrentLinkedQueue<Done> done = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Long> added = new ConcurrentLinkedQueue<>();
            runOnce(contexts, m, run, done, added);
            added.forEach(registry::delete);
            for (Kind k : Kind.values()) {
                List<Long> times = done.stream().filter(d -> d.kind() == k).map(Done::nanos).toList();
                if (!times.isEmpty()) {
                    Stats s = Stats.ofNanos(times);
                    p95.get(k).add(s.p95());
                    median.get(k).add(s.median());
                }
                int[] c = counts.get(k);
                for (Done d : done) {
                    if (d.kind() == k) {
                        c[0]++;
                        c[1] += d.conflict() ? 1 : 0;
                        if (d.error() != null) {
                            c[2]++;
                            firstError.putIfAbsent(k, d.error());
                        }
                    }
                }
            }
        }
        List<BenchRow> rows = new ArrayList<>();
        for (Kind k : Kind.values()) {
            rows.add(row(k, p95.get(k), median.get(k), counts.get(k), firstError.get(k), runs, contexts.shared()));
        }
        return rows;
    }

    private void runOnce(Contexts contexts, Material m, int run, ConcurrentLinkedQueue<Done> done,
                         ConcurrentLinkedQueue<Long> added) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < OFFICERS; i++) {
            int officer = i;
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    work(contexts.of(officer), officer, new Random(1000L * run + officer), m, done, added);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "officer-" + (i + 1));
            threads.add(t);
            t.start();
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
    }

    /** One officer's work until the run's time is up. */
    private void work(AppContext ctx, int officer, Random r, Material m, ConcurrentLinkedQueue<Done> done,
                      ConcurrentLinkedQueue<Long> added) throws InterruptedException {
        RegistryService registry = ctx.registry();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<ExemplarRow> found = List.of();
        while (System.nanoTime() < end) {
            int dice = r.nextInt(100);
            Kind kind = dice < 50 ? Kind.SEARCH : dice < 75 ? Kind.OPEN : dice < 90 ? Kind.SAVE : Kind.ADD;
            long t0 = System.nanoTime();
            try {
                switch (kind) {
                    case SEARCH -> {
                        String q = queries.get(r.nextInt(queries.size()));
                        t0 = System.nanoTime();
                        found = registry.firstPage(ExemplarFilter.ALL.withSearch(q), SearchBench.PAGE).rows();
                    }
                    case OPEN -> {
                        long id = found.isEmpty() ? m.hot().get(r.nextInt(m.hot().size()))
                                : found.get(r.nextInt(found.size())).id();
                        t0 = System.nanoTime();
                        registry.require(id);
                        registry.deeds(id);
                        registry.history(id);
                        registry.evaluations(id);
                    }
                    case SAVE -> {
                        long id = m.hot().get(r.nextInt(m.hot().size()));
                        var opened = registry.forChange(id); // the form as it was opened
                        Exemplar e = opened.exemplar();
                        Thread.sleep(20 + r.nextInt(60)); // typing the change
                        Exemplar changed = e.toBuilder().note(Messages.get("bench.officers.changed", officer + 1,
                                LocalTime.now().withNano(0))).build();
                        t0 = System.nanoTime();
                        registry.save(changed, opened.version());
                    }
                    case ADD -> {
                        Exemplar e = m.newcomer(r, registry.today());
                        t0 = System.nanoTime();
                        added.add(registry.save(e).id());
                    }
                }
                done.add(new Done(kind, System.nanoTime() - t0, false, null));
            } catch (UserException e) {
                boolean conflict = kind == Kind.SAVE && e.key().startsWith("exemplar.conflict");
                done.add(new Done(kind, System.nanoTime() - t0, conflict, conflict ? null : e.getMessage()));
                if (!conflict) {
                    LOG.log(Level.WARNING, "officer " + (officer + 1) + ": " + kind, e);
                }
            } catch (RuntimeException e) {
                done.add(new Done(kind, System.nanoTime() - t0, false, String.valueOf(e.getMessage())));
                LOG.log(Level.WARNING, "officer " + (officer + 1) + ": " + kind, e);
            }
            Thread.sleep(PAUSE_MS);
        }
    }

    /**
     * The line of one kind of operation: its p95 per run (median, min and max over the runs). On the
     * server it is judged on time (see the README for why these bounds), a miss whenever an operation
     * failed. On the file it is there to compare with, not judged: a file is one officer's (one program
     * holds it), and ten writing to it at once is not how it is used; its failures are counted all the same.
     */
    private BenchRow row(Kind k, List<Double> p95, List<Double> median, int[] c, String error, int runs,
                         boolean shared) {
        String name = engine.name(Messages.get("bench.op.officers." + k.name(), OFFICERS));
        Target target = !engine.server() ? Target.comparison() : Target.within(switch (k) {
            case SEARCH -> 150;
            case OPEN -> 200;
            case SAVE, ADD -> 500;
        });
        if (p95.isEmpty()) {
            return BenchRow.skipped(name, null, target, Messages.get("bench.officers.none"));
        }
        String med = String.valueOf(Math.round(new Stats(median).median() * 10) / 10.0); // one decimal
        String note = (k == Kind.SAVE ? Messages.get("bench.officers.saveNote", med, c[0], runs, seconds, c[1], c[2])
                : Messages.get("bench.officers.note", med, c[0], runs, seconds, c[2]))
                + (shared ? Messages.get("bench.officers.sharedNote") : "")
                + (error == null ? "" : Messages.get("bench.officers.error", error));
        BenchRow row = BenchRow.measured(name, new Stats(p95), null, target).withNote(note);
        return c[2] == 0 || !engine.server() ? row : new BenchRow(row.operation(), row.median(), row.min(), row.max(), null, target,
                BenchRow.Verdict.MISS, row.unit(), note);
    }

    /** What the officers work with: the exemplars they all change, the units and fields of newcomers. */
    private record Material(List<Long> hot, List<Long> units, List<Long> fields, List<String> summaries) {

        static Material of(AppContext ctx) {
            RegistryService registry = ctx.registry();
            long n = registry.count(ExemplarFilter.ALL);
            Random r = new Random(11);
            List<Long> hot = new ArrayList<>();
            List<String> summaries = new ArrayList<>();
            for (int i = 0; i < HOT && n > 0; i++) {
                for (ExemplarRow row : registry.page(ExemplarFilter.ALL, (long) (r.nextDouble() * n), 1)) {
                    hot.add(row.id());
                    if (row.summary() != null) {
                        summaries.add(row.summary());
                    }
                }
            }
            if (hot.isEmpty() || summaries.isEmpty()) {
                throw new IllegalStateException("the registry has no exemplar to work on");
            }
            List<Long> units = ctx.catalog().units().stream().map(Unit::id).toList();
            List<Long> fields = ctx.catalog().fields().stream().filter(Field::active).map(Field::id).toList();
            return new Material(List.copyOf(hot), units, fields, List.copyOf(summaries));
        }

        /** A new person as an officer enters one: name, birth year, position, unit, one field, achievements. */
        Exemplar newcomer(Random r, LocalDate today) {
            boolean woman = r.nextBoolean();
            return Exemplar.builder().kind(ExemplarKind.INDIVIDUAL).name(OfficerList.name(r, woman))
                    .gender(woman ? Gender.FEMALE : Gender.MALE).birthYear(1960 + r.nextInt(40))
                    .position(OfficerList.position(r)).unitId(units.get(r.nextInt(units.size())))
                    .fieldIds(fields.isEmpty() ? List.of() : List.of(fields.get(r.nextInt(fields.size()))))
                    .summary(summaries.get(r.nextInt(summaries.size()))).foundOn(today).build();
        }
    }
}
