package vn.dienhinh.bench;

import java.nio.file.Path;

/**
 * How the benchmark runs: the registry's size, how many runs, the folder that keeps the built
 * registry between runs, whether to measure start-up (needs a display and a child JVM) and the java
 * command and class path the child JVMs are started with.
 */
public record BenchOptions(int rows, int runs, Path dataDir, boolean startup, String java, String classPath) {

    public static final int DEFAULT_ROWS = 100_000;
    public static final int DEFAULT_RUNS = 5;

    /** The folder the built registries are kept in unless told otherwise: {@code <temp>/dienhinh-bench}. */
    public static Path defaultDataDir() {
        return Path.of(System.getProperty("java.io.tmpdir"), "dienhinh-bench");
    }

    /** The java of this JVM. */
    public static String currentJava() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
