package vn.dienhinh.bench;

import java.nio.file.Path;

/**
 * How the benchmark runs: the registry's size, how many runs, the folder that keeps the built
 * registry between runs, whether to measure start-up (needs a display and a child JVM), the java
 * command and class path the child JVMs are started with, and the shared registry on a PostgreSQL
 * server whose lines are measured beside the file's ({@code jdbc:postgresql://HOST/DB}; null: the file
 * only) with how many seconds each run of the simulated officers lasts.
 */
public record BenchOptions(int rows, int runs, Path dataDir, boolean startup, String java, String classPath,
                           String server, int officerSeconds) {

    public static final int DEFAULT_ROWS = 100_000;
    public static final int DEFAULT_RUNS = 5;
    public static final int DEFAULT_OFFICER_SECONDS = 20;

    /** The file only, as before a server was given. */
    public BenchOptions(int rows, int runs, Path dataDir, boolean startup, String java, String classPath) {
        this(rows, runs, dataDir, startup, java, classPath, null, DEFAULT_OFFICER_SECONDS);
    }

    /** {@code target} when it names a shared registry on a server; a file is refused ({@code bench.dbNotServer}). */
    public static String serverOnly(String target) {
        if (!vn.dienhinh.store.SharedServer.isServer(target)) {
            throw new vn.dienhinh.util.UserException("bench.dbNotServer", target);
        }
        return target;
    }

    /** The folder the built registries are kept in unless told otherwise: {@code <temp>/dienhinh-bench}. */
    public static Path defaultDataDir() {
        return Path.of(System.getProperty("java.io.tmpdir"), "dienhinh-bench");
    }

    /** The java of this JVM. */
    public static String currentJava() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
