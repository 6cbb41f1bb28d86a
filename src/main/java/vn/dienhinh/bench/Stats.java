package vn.dienhinh.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Milliseconds measured several times: median, min, max and 95th percentile (nearest rank). */
record Stats(List<Double> values) {

    Stats {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        values = List.copyOf(sorted);
    }

    static Stats ofNanos(List<Long> nanos) {
        return new Stats(nanos.stream().map(n -> n / 1e6).toList());
    }

    double median() {
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }

    double min() {
        return values.get(0);
    }

    double max() {
        return values.get(values.size() - 1);
    }

    double p95() {
        int rank = (int) Math.ceil(0.95 * values.size());
        return values.get(Math.max(0, rank - 1));
    }

    /** Runs {@code work} and returns how long it took, in nanoseconds. */
    static long time(Runnable work) {
        long t0 = System.nanoTime();
        work.run();
        return System.nanoTime() - t0;
    }
}
