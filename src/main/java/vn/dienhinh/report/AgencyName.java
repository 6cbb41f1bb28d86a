package vn.dienhinh.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.VietnameseText;

/**
 * An agency's name as running text writes it. The header prints names upper case; inside a sentence
 * "Ủy ban nhân dân Quận 1" is wanted. A name typed in mixed case is used as typed; one typed all upper
 * case is lowered, keeping acronyms (UBND), capitalising the names of bodies (Ủy ban nhân dân) and the
 * proper name after an administrative unit ("phường Thắng Lợi", "Quận 1").
 */
public final class AgencyName {

    private static final int MAX_WORDS = 8;

    private AgencyName() {
    }

    public static String inSentence(String name) {
        String n = VietnameseText.clean(name);
        if (n == null || n.isEmpty() || !n.equals(VietnameseText.upper(n))) {
            return n == null ? "" : n;
        }
        Set<String> acronyms = list("report.acronyms");
        Set<String> units = lowered("report.adminUnits");
        Set<String> orgWords = lowered("report.orgWords");
        Set<String> bodies = lowered("report.bodyNames");
        Set<String> notUnits = lowered("report.notUnits");
        String[] words = lower(n).split(" ");
        String[] original = n.split(" ");
        StringBuilder out = new StringBuilder();
        boolean properName = false;
        boolean capitalNext = false;
        int i = 0;
        while (i < words.length) {
            String piece;
            int body = properName ? 0 : match(words, i, bodies);
            if (body > 0) {
                // "Ủy ban nhân dân": the name of a body, written with its first letter capital
                piece = capital(String.join(" ", Arrays.copyOfRange(words, i, i + body)));
                i += body;
                capitalNext = false;
                out.append(out.length() == 0 ? "" : " ").append(piece);
                continue;
            }
            int plain = match(words, i, notUnits);
            if (plain > 0) {
                // "hợp tác xã", "xã hội": a word, not the commune whose proper name would follow
                piece = String.join(" ", Arrays.copyOfRange(words, i, i + plain));
                i += plain;
                out.append(out.length() == 0 ? "" : " ").append(properName ? capital(piece) : piece);
                continue;
            }
            int unit = properName ? 0 : match(words, i, units);
            int org = properName || unit > 0 ? 0 : match(words, i, orgWords);
            if (acronyms.contains(original[i])) {
                piece = original[i];
                i++;
            } else if (unit > 0) {
                piece = String.join(" ", Arrays.copyOfRange(words, i, i + unit));
                i += unit;
                piece = i < words.length && words[i].matches("\\d+") ? capital(piece) : piece;
                properName = true;
            } else if (org > 0) {
                piece = String.join(" ", Arrays.copyOfRange(words, i, i + org));
                i += org;
                capitalNext = true;
                out.append(out.length() == 0 ? "" : " ").append(piece);
                continue;
            } else {
                piece = properName || capitalNext ? capital(words[i]) : words[i];
                i++;
            }
            capitalNext = false;
            out.append(out.length() == 0 ? "" : " ").append(piece);
        }
        return capital(out.toString());
    }

    /** How many words from {@code i} on (the most first) form an entry of {@code set}; 0 when none. */
    private static int match(String[] words, int i, Set<String> set) {
        for (int len = Math.min(MAX_WORDS, words.length - i); len > 0; len--) {
            if (set.contains(String.join(" ", Arrays.copyOfRange(words, i, i + len)))) {
                return len;
            }
        }
        return 0;
    }

    private static Set<String> lowered(String key) {
        return list(key).stream().map(AgencyName::lower).collect(Collectors.toSet());
    }

    private static Set<String> list(String key) {
        return Arrays.stream(Messages.get(key).split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.forLanguageTag("vi"));
    }

    private static String capital(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        return new String(Character.toChars(Character.toUpperCase(first))) + s.substring(Character.charCount(first));
    }
}
