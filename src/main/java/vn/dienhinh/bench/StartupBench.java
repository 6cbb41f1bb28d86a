package vn.dienhinh.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.StartupProbe;
import vn.dienhinh.util.UserException;

/**
 * Start-up to the main window with the registry open, beside a bare JavaFX window: each is a new JVM
 * (same java, class path and {@code -Xmx}), timed from starting the process to the line it prints
 * when its window is shown. Needs a display; without one the line is skipped.
 */
final class StartupBench {

    private static final long TIMEOUT_S = 120;

    private final BenchOptions options;

    StartupBench(BenchOptions options) {
        this.options = options;
    }

    /** Why there is no display to open windows on, or null when there is one. */
    static String noDisplay() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        boolean display = !linux || notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
        return display ? null : Messages.get("bench.startup.noDisplay");
    }

    BenchRow measure(Path registry, int runs) throws IOException, InterruptedException {
        String op = Messages.get("bench.op.startup");
        Target target = Target.ofFloor(1.5);
        String why = !options.startup() ? Messages.get("bench.startup.off") : noDisplay();
        if (why != null) {
            return BenchRow.skipped(op, null, target, why);
        }
        List<Long> floors = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            floors.add(shown(List.of(BareWindow.class.getName())));
            times.add(shown(List.of("vn.dienhinh.Main", "--db", registry.toString())));
        }
        return BenchRow.measured(op, Stats.ofNanos(times), Stats.ofNanos(floors), target);
    }

    /** Starts a JVM with the main class and arguments; returns the nanoseconds until it says its window is shown. */
    private long shown(List<String> mainAndArgs) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(options.java(), "-Xmx256m", "-D" + StartupProbe.EXIT_ON_SHOWN + "=true",
                "-cp", options.classPath()));
        cmd.addAll(mainAndArgs);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        long t0 = System.nanoTime();
        Process p = pb.start();
        Thread watchdog = new Thread(() -> {
            try {
                if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
                    p.destroyForcibly(); // a window that never shows must not hang the benchmark
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "startup-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        Long shownAt = null;
        StringBuilder said = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (shownAt == null && line.contains(StartupProbe.SHOWN)) {
                    shownAt = System.nanoTime() - t0;
                } else if (said.length() < 2000) {
                    said.append(line).append('\n');
                }
            }
        } finally {
            p.waitFor(TIMEOUT_S, TimeUnit.SECONDS);
        }
        if (shownAt == null) {
            throw new UserException("bench.startup.failed", String.join(" ", mainAndArgs), said.toString().strip());
        }
        return shownAt;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
