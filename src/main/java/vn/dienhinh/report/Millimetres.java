package vn.dienhinh.report;

/** Millimetres as the officer writes them: to the tenth, a decimal comma, no ",0" ("12,5", "30", "-1,5"). */
public final class Millimetres {

    private Millimetres() {
    }

    public static String format(double mm) {
        long tenths = Math.round(mm * 10);
        String sign = tenths < 0 ? "-" : "";
        long abs = Math.abs(tenths);
        return sign + (abs / 10) + (abs % 10 == 0 ? "" : "," + (abs % 10));
    }
}
