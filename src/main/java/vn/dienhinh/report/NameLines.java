package vn.dienhinh.report;

import java.util.ArrayList;
import java.util.List;
import vn.dienhinh.util.Messages;

/**
 * Breaks an agency name that does not fit its column the way offices write it: before the
 * administrative unit ("ỦY BAN NHÂN DÂN" / "THÀNH PHỐ HỒ CHÍ MINH") where that fits, otherwise into
 * lines of about equal length. Names the user already broke with "\n" are kept as they are.
 */
final class NameLines {

    /** How much wider {@link #widthFor} tries a column each time: a quarter of a millimetre. */
    private static final int STEP = 14;

    private NameLines() {
    }

    static String fit(String name, double size, boolean bold, int width) {
        if (name.contains("\n") || TimesMetrics.width(name, size, bold) <= width) {
            return name;
        }
        return String.join("\n", split(name.split(" "), 0, size, bold, width));
    }

    /**
     * The narrowest width from {@code from} up to {@code most} at which the name takes no more lines than it
     * would at {@code most}: "ỦY BAN NHÂN DÂN PHƯỜNG NGUYỄN THÁI BÌNH" takes three lines in a column a
     * little too narrow for "ỦY BAN NHÂN DÂN PHƯỜNG", and two a few points wider. {@code from} when a wider
     * column would save no line.
     */
    static int widthFor(String name, double size, boolean bold, int from, int most) {
        if (name.isBlank() || most <= from) {
            return from;
        }
        int fewest = lines(fit(name, size, bold, most));
        int w = from;
        while (w < most && lines(fit(name, size, bold, w)) > fewest) {
            w = Math.min(most, w + STEP);
        }
        return w;
    }

    /** How many lines a {@link #fit} result takes. */
    static int lines(String fitted) {
        return fitted.split("\n").length;
    }

    private static List<String> split(String[] words, int from, double size, boolean bold, int width) {
        List<String> lines = new ArrayList<>();
        String whole = join(words, from, words.length);
        if (TimesMetrics.width(whole, size, bold) <= width || words.length - from < 2) {
            lines.add(whole);
            return lines;
        }
        int best = -1;
        long bestScore = Long.MAX_VALUE;
        for (int i = from + 1; i < words.length; i++) {
            int first = TimesMetrics.width(join(words, from, i), size, bold);
            if (first > width) {
                break;
            }
            int rest = TimesMetrics.width(join(words, i, words.length), size, bold);
            // never inside a word of several syllables ("TỔ / QUỐC"), even at the cost of a line; then
            // fewest lines; then a break before a unit, then any other, and last one inside the
            // unit's own name ("PHƯỜNG NGUYỄN" / "THÁI BÌNH"); then lines of about equal length
            long score = Math.max(first, rest) + (rest <= width ? 0 : 10_000_000L)
                    + (insideWord(words, i) ? 20_000_000L : unitLength(words, i) > 0 || endsWord(words, i) ? 0
                    : insideName(words, i) ? 2_000_000L : 1_000_000L);
            if (score < bestScore) {
                bestScore = score;
                best = i;
            }
        }
        if (best < 0) {
            lines.add(whole);
            return lines;
        }
        lines.add(join(words, from, best));
        lines.addAll(split(words, best, size, bold, width));
        return lines;
    }

    /** How many words the administrative unit starting at {@code at} has ("THỊ TRẤN": 2), 0 when none starts. */
    private static int unitLength(String[] words, int at) {
        if (insideWord(words, at) || startsWord(words, at)) {
            return 0; // "HỢP TÁC XÃ", "XÃ HỘI": not a commune
        }
        String rest = join(words, at, words.length) + " ";
        for (String unit : Messages.get("report.nameBreakBefore").split(",")) {
            if (!unit.isBlank() && rest.startsWith(unit.strip() + " ")) {
                return unit.strip().split(" ").length;
            }
        }
        return 0;
    }

    /** Whether a break before word {@code at} falls inside the name of a unit that starts before it. */
    private static boolean insideName(String[] words, int at) {
        for (int j = at - 1; j >= 0; j--) {
            int unit = unitLength(words, j);
            if (unit > 0) {
                return at > j + unit;
            }
        }
        return false;
    }

    /** Whether a break before word {@code at} cuts a word of several syllables ("TỔ / QUỐC", "HỢP TÁC / XÃ"). */
    private static boolean insideWord(String[] words, int at) {
        for (String w : java.util.stream.Stream.concat(notUnits().stream(), list("report.wholeWords").stream()).toList()) {
            int n = w.split(" ").length;
            for (int s = Math.max(0, at - n + 1); s < at; s++) {
                if (s + n <= words.length && join(words, s, s + n).equals(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether word {@code at} follows a whole "HỢP TÁC XÃ": the name after it may start a line like a unit's. */
    private static boolean endsWord(String[] words, int at) {
        return notUnits().stream().anyMatch(w -> {
            int n = w.split(" ").length;
            return at >= n && join(words, at - n, at).equals(w);
        });
    }

    private static boolean startsWord(String[] words, int at) {
        String rest = join(words, at, words.length) + " ";
        return notUnits().stream().anyMatch(w -> rest.startsWith(w + " "));
    }

    private static List<String> notUnits() {
        return list("report.notUnits");
    }

    private static List<String> list(String key) {
        return java.util.Arrays.stream(Messages.get(key).split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList();
    }

    private static String join(String[] words, int from, int to) {
        return String.join(" ", java.util.Arrays.asList(words).subList(from, to));
    }
}
