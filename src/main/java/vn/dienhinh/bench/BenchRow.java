package vn.dienhinh.bench;

/**
 * One line of the benchmark's table: an operation's median, min and max over the runs, the floor
 * measured beside it in the same runs (null when the issue sets none), the target and the verdict.
 * Times are in milliseconds; the heap line is in megabytes.
 */
public record BenchRow(String operation, Double median, Double min, Double max, Double floor, Target target,
                       Verdict verdict, String unit, String note) {

    /** ok or miss; skipped when the operation could not be measured here (the note says why). */
    public enum Verdict {
        OK, MISS, SKIPPED
    }

    /** Median over floor, or null without a floor. */
    public Double ratio() {
        return median == null || floor == null || floor <= 0 ? null : median / floor;
    }

    /** A measured line in milliseconds, judged against its target. */
    static BenchRow measured(String operation, Stats product, Stats floor, Target target) {
        Double f = floor == null ? null : floor.median();
        BenchRow row = new BenchRow(operation, product.median(), product.min(), product.max(), f, target,
                Verdict.OK, "ms", "");
        return row.judged();
    }

    static BenchRow skipped(String operation, Double floor, Target target, String note) {
        return new BenchRow(operation, null, null, null, floor, target, Verdict.SKIPPED, "ms", note);
    }

    BenchRow withNote(String n) {
        return new BenchRow(operation, median, min, max, floor, target, verdict, unit, n);
    }

    private BenchRow judged() {
        boolean ok = target.met(median, ratio());
        return new BenchRow(operation, median, min, max, floor, target, ok ? Verdict.OK : Verdict.MISS, unit, note);
    }
}
