package vn.dienhinh.report;

/**
 * Section numbers of a Vietnamese document: I, II, III … for sections, 1, 2, 3 … within a section,
 * and a, b, c, d, đ, e, g … (the Vietnamese alphabet, as laws number their points) within those.
 */
final class Numbering {

    private static final String[] LETTERS = {"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o",
        "p", "q", "r", "s", "t", "u", "v", "x", "y"};

    private int section;
    private int subsection;
    private int point;

    String section() {
        section++;
        subsection = 0;
        point = 0;
        return roman(section);
    }

    String subsection() {
        subsection++;
        point = 0;
        return String.valueOf(subsection);
    }

    String point() {
        point++;
        return point <= LETTERS.length ? LETTERS[point - 1] : String.valueOf(point);
    }

    static String roman(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder b = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                b.append(symbols[i]);
                rest -= values[i];
            }
        }
        return b.toString();
    }
}
