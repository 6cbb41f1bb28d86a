package vn.dienhinh.bench;

import vn.dienhinh.util.Messages;

/** What an operation must meet: at most so many milliseconds, at most so many times its floor, or both. */
public record Target(Double maxMs, Double maxRatio, String text) {

    static Target within(double ms) {
        return new Target(ms, null, Messages.get("bench.target.ms", fmt(ms)));
    }

    static Target ofFloor(double ratio) {
        return new Target(null, ratio, Messages.get("bench.target.ratio", fmt(ratio)));
    }

    static Target both(double ms, double ratio) {
        return new Target(ms, ratio, Messages.get("bench.target.both", fmt(ms), fmt(ratio)));
    }

    /** No bound: a line measured to compare with another, met whenever it was measured. */
    static Target comparison() {
        return new Target(null, null, Messages.get("bench.target.comparison"));
    }

    static Target heap(long megabytes) {
        return new Target((double) megabytes, null, Messages.get("bench.target.heap", megabytes));
    }

    /** True when the value (and the ratio, when the target has one) are within bounds. */
    boolean met(Double value, Double ratio) {
        if (value == null) {
            return false;
        }
        if (maxMs != null && value > maxMs) {
            return false;
        }
        return maxRatio == null || ratio != null && ratio <= maxRatio;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
