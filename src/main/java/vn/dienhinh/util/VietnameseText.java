package vn.dienhinh.util;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;

/**
 * Text rules for Vietnamese: NFC on the way in, folding for search (case, diacritics, đ to d)
 * and a binary-comparable sort key that orders words the way a Vietnamese dictionary does
 * (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y; tones ngang, huyền, hỏi, ngã,
 * sắc, nặng break ties).
 */
public final class VietnameseText {

    /** Base letters in Vietnamese alphabetical order; anything else sorts by code point after them. */
    private static final String ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
    /** Combining tone marks in dictionary order (ngang has none). */
    private static final String TONES = "\u0300\u0309\u0303\u0301\u0323";

    public static final Comparator<String> ORDER =
            Comparator.nullsLast(Comparator.comparing(VietnameseText::sortKey));

    private VietnameseText() {
    }

    /** NFC, trimmed, runs of white space (including non-breaking) collapsed to one space; null stays null. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(nfc.length());
        boolean space = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Like {@link #clean} but an empty result becomes null. */
    public static String cleanOrNull(String s) {
        String c = clean(s);
        return c == null || c.isEmpty() ? null : c;
    }

    /** Lower case, no diacritics, đ folded to d, NFD input accepted: "Đặng Thị Ánh" to "dang thi anh". */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ' || c == 'ð' || c == 'Ð') {
                c = 'd';
            }
            b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    /**
     * A key whose plain string order is Vietnamese alphabetical order. Primary: base letters by the
     * Vietnamese alphabet, case ignored; secondary: tone marks; tertiary: case.
     */
    public static String sortKey(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s.strip(), Normalizer.Form.NFD);
        StringBuilder primary = new StringBuilder(d.length());
        StringBuilder tones = new StringBuilder();
        StringBuilder cases = new StringBuilder();
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            char lower = Character.toLowerCase(c);
            char mark1 = i + 1 < d.length() ? d.charAt(i + 1) : 0;
            char mark2 = i + 2 < d.length() ? d.charAt(i + 2) : 0;
            char letter = baseLetter(lower, mark1, mark2);
            int tone = toneOf(mark1, mark2);
            int pos = ALPHABET.indexOf(letter);
            if (pos >= 0) {
                primary.append((char) (0x0100 + pos));
            } else if (Character.isLetterOrDigit(lower)) {
                // digits first, then other letters after the alphabet
                primary.append(Character.isDigit(lower) ? (char) (0x0030 + (lower - '0')) : (char) (0x0200 + lower));
            } else {
                primary.append((char) 0x0020);
            }
            tones.append((char) ('0' + tone));
            cases.append(Character.isUpperCase(c) ? '1' : '0');
        }
        return primary.append('\u0001').append(tones).append('\u0001').append(cases).toString();
    }

    /**
     * Vietnamese alphabetical order with numbers in their natural order: "Tổ dân phố 2" before
     * "Tổ dân phố 10", "Khu phố 9" before "Khu phố 10A".
     */
    public static final java.util.Comparator<String> NATURAL = VietnameseText::compareNatural;

    private static int compareNatural(String a, String b) {
        String[] x = (a == null ? "" : a.strip()).split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
        String[] y = (b == null ? "" : b.strip()).split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            boolean dx = !x[i].isEmpty() && Character.isDigit(x[i].charAt(0));
            boolean dy = !y[i].isEmpty() && Character.isDigit(y[i].charAt(0));
            int c;
            if (dx && dy) {
                String nx = x[i].replaceFirst("^0+(?=\\d)", "");
                String ny = y[i].replaceFirst("^0+(?=\\d)", "");
                c = nx.length() != ny.length() ? Integer.compare(nx.length(), ny.length()) : nx.compareTo(ny);
            } else {
                c = primary(x[i]).compareTo(primary(y[i]));
            }
            if (c != 0) {
                return c;
            }
        }
        int c = Integer.compare(x.length, y.length);
        return c != 0 ? c : sortKey(a).compareTo(sortKey(b));
    }

    /** The part of the sort key that orders letters, tones and case left for ties. */
    private static String primary(String s) {
        String k = sortKey(s);
        int cut = k.indexOf('\u0001');
        return cut < 0 ? k : k.substring(0, cut);
    }

    /**
     * Sort key for a person's name as Vietnamese lists order it: by given name (the last word),
     * then by the whole name.
     */
    public static String personSortKey(String fullName) {
        if (fullName == null) {
            return "";
        }
        String c = clean(fullName);
        int space = c.lastIndexOf(' ');
        String given = space < 0 ? c : c.substring(space + 1);
        return sortKey(given) + '\u0000' + sortKey(c);
    }

    /** Words of the folded text, for prefix search. */
    public static String[] searchTerms(String query) {
        String f = fold(query).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return f.isEmpty() ? new String[0] : f.split(" ");
    }

    private static char baseLetter(char lower, char mark1, char mark2) {
        boolean breve = mark1 == '\u0306' || mark2 == '\u0306';
        boolean circumflex = mark1 == '\u0302' || mark2 == '\u0302';
        boolean horn = mark1 == '\u031B' || mark2 == '\u031B';
        switch (lower) {
            case 'a':
                return breve ? 'ă' : circumflex ? 'â' : 'a';
            case 'e':
                return circumflex ? 'ê' : 'e';
            case 'o':
                return circumflex ? 'ô' : horn ? 'ơ' : 'o';
            case 'u':
                return horn ? 'ư' : 'u';
            case 'đ':
            case 'ð':
                return 'đ';
            default:
                return lower;
        }
    }

    private static int toneOf(char mark1, char mark2) {
        int t = TONES.indexOf(mark1);
        if (t < 0 && mark2 != 0) {
            t = TONES.indexOf(mark2);
        }
        return t < 0 ? 0 : t + 1;
    }

    /** Upper case in Vietnamese, for headings. */
    public static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.forLanguageTag("vi"));
    }
}
