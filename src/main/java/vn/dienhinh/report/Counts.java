package vn.dienhinh.report;

import vn.dienhinh.model.Quarter;
import vn.dienhinh.util.Messages;

/** How reports write counts and quarters: "03 gương", "quý IV năm 2026", "Quý IV/2026". */
public final class Counts {

    private Counts() {
    }

    /** Counts from 1 to 9 zero-padded as official texts write them ("03 tập thể"); 0 and 10 on as they are. */
    public static String padded(long n) {
        return n > 0 && n < 10 ? "0" + n : String.valueOf(n);
    }

    /** "100.000": thousands grouped with dots as Vietnamese texts write them. */
    public static String grouped(long n) {
        return String.format(java.util.Locale.GERMANY, "%,d", n);
    }

    /** "quý IV năm 2026", as a sentence writes it. */
    public static String quarter(Quarter q) {
        return Messages.get("doc.quarter", Numbering.roman(q.quarter()), String.valueOf(q.year()));
    }

    /** "Quý IV/2026", as a table header writes it. */
    public static String quarterShort(Quarter q) {
        return Messages.get("doc.quarterShort", Numbering.roman(q.quarter()), String.valueOf(q.year()));
    }

    /** "tăng 04 (từ 08 lên 12)", "giảm 02 (từ 05 xuống 03)", "không đổi (06)". */
    public static String change(long before, long now) {
        if (before == now) {
            return Messages.get("doc.change.same", padded(now));
        }
        return Messages.get(now > before ? "doc.change.up" : "doc.change.down", padded(Math.abs(now - before)),
                padded(before), padded(now));
    }

    /** "+4", "-2", "0" for a table. */
    public static String signed(long before, long now) {
        long d = now - before;
        return d > 0 ? "+" + d : String.valueOf(d);
    }
}
