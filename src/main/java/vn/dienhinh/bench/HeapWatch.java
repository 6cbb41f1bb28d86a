package vn.dienhinh.bench;

/**
 * Samples the heap in use every few milliseconds on a daemon thread and keeps the largest value, so
 * the benchmark can say how much of {@code -Xmx} the whole run needed (garbage not yet collected
 * included: an upper bound).
 */
final class HeapWatch implements AutoCloseable {

    private static final long EVERY_MS = 5;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;

    HeapWatch() {
        thread = new Thread(this::sample, "heap-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        Runtime rt = Runtime.getRuntime();
        while (running) {
            peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
            try {
                Thread.sleep(EVERY_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The largest heap in use seen so far, in megabytes. */
    double peakMegabytes() {
        Runtime rt = Runtime.getRuntime();
        peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
        return peak / (1024.0 * 1024.0);
    }

    /** The most heap this JVM may use ({@code -Xmx}), in megabytes. */
    static long maxMegabytes() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
