package vn.dienhinh.report;

import java.text.Normalizer;

/**
 * Approximate text widths in Times New Roman (Adobe Times metrics, which Times New Roman and Liberation
 * Serif share), so the rules under the agency name and the motto can be as long as the text without
 * depending on the fonts installed on this machine. Diacritics do not change a letter's advance.
 */
final class TimesMetrics {

    private static final int[] REGULAR_UPPER = {722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889,
        722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611};
    private static final int[] REGULAR_LOWER = {444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778,
        500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444};
    private static final int[] BOLD_UPPER = {722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722,
        778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667};
    private static final int[] BOLD_LOWER = {500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556,
        500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444};

    private TimesMetrics() {
    }

    /** Characters whose advance is kept ready: Latin with all Vietnamese letters (up to U+1EFF). */
    private static final int CACHED = 0x1F00;
    private static final int[] REGULAR = table(false);
    private static final int[] BOLD = table(true);

    /** Width of one line of {@code text} at {@code sizePt} points, in twips. */
    static int width(String text, double sizePt, boolean bold) {
        int[] ready = bold ? BOLD : REGULAR;
        long units = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            units += c < CACHED ? ready[c] : composed(c, bold);
        }
        return (int) Math.round(units * sizePt * 20 / 1000.0);
    }

    /**
     * Each character's advance, found once: the advances of its decomposition (a precomposed "ệ" is an
     * "e" and two marks), so measuring a line needs no normalising (lists measure every cell).
     */
    private static int[] table(boolean bold) {
        int[] t = new int[CACHED];
        for (char c = 0; c < CACHED; c++) {
            t[c] = composed(c, bold);
        }
        return t;
    }

    private static int composed(char c, boolean bold) {
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        int units = 0;
        for (int i = 0; i < base.length(); i++) {
            units += advance(base.charAt(i), bold);
        }
        return units;
    }

    private static int advance(char c, boolean bold) {
        if (c == '\u031B') {
            return bold ? 44 : 42; // the horn of ơ and ư widens the letter a little
        }
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            return 0;
        }
        if (c == 'Đ') {
            return 722;
        }
        if (c == 'đ') {
            return bold ? 556 : 500;
        }
        if (c >= 'A' && c <= 'Z') {
            return (bold ? BOLD_UPPER : REGULAR_UPPER)[c - 'A'];
        }
        if (c >= 'a' && c <= 'z') {
            return (bold ? BOLD_LOWER : REGULAR_LOWER)[c - 'a'];
        }
        if (c >= '0' && c <= '9') {
            return 500;
        }
        switch (c) {
            case ' ':
            case '.':
            case ',':
                return 250;
            case '-':
            case ':':
            case '(':
            case ')':
                return 333;
            case '/':
                return 278;
            default:
                return bold ? 722 : 611;
        }
    }
}
