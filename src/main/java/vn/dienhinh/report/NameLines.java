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

    private NameLines() {
    }

    static String fit(String name, double size, boolean bold, int width) {
        if (name.contains("\n") || TimesMetrics.width(name, size, bold) <= width) {
            return name;
        }
        return String.join("\n", split(name.split(" "), 0, size, bold, width));
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
            long score = Math.max(first, rest) + (startsUnit(words, i) ? 0 : 1_000_000L);
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

    private static boolean startsUnit(String[] words, int at) {
        String rest = join(words, at, words.length) + " ";
        for (String unit : Messages.get("report.nameBreakBefore").split(",")) {
            if (!unit.isBlank() && rest.startsWith(unit.strip() + " ")) {
                return true;
            }
        }
        return false;
    }

    private static String join(String[] words, int from, int to) {
        return String.join(" ", java.util.Arrays.asList(words).subList(from, to));
    }
}
