package vn.dienhinh.report;

import java.util.ArrayList;
import java.util.List;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.VietnameseText;

/** The punctuation Nghị định 30 asks for at the end of list lines (căn cứ, nơi nhận). */
public final class Punctuation {

    private static final String TRAILING = "[\\s;,.:]+$";
    /** A no-break space: Word and LibreOffice do not end a line there. */
    static final char NO_BREAK = '\u00A0';
    /**
     * "Quận 1", "Điều 28", "số 30/2020/NĐ-CP": a word of {@code report.keepWithNumber} and the number after
     * it, so a justified line never ends with "Quận" and puts its "1" on the next.
     */
    private static final java.util.regex.Pattern WORD_NUMBER = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\p{N}])(" + java.util.Arrays.stream(Messages.get("report.keepWithNumber").split(","))
                    .map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining("|"))
                    + ") (?=[0-9]|[IVXLC]+(?![\\p{L}]))");

    /** "2021 - 2025", "2021 – 2025": two years and the dash between them. */
    private static final java.util.regex.Pattern YEAR_RANGE = java.util.regex.Pattern.compile(
            "(?<![\\p{N}])(\\d{4}) ([-–]) (\\d{4})(?![\\p{N}])");

    private Punctuation() {
    }

    /** Each line ending ";" and the last ".": blank lines dropped, trailing punctuation replaced. */
    static List<String> semicolonsThenPeriod(List<String> lines) {
        List<String> clean = new ArrayList<>();
        for (String line : lines) {
            String c = stripEnd(line);
            if (!c.isEmpty()) {
                clean.add(c);
            }
        }
        List<String> out = new ArrayList<>(clean.size());
        for (int i = 0; i < clean.size(); i++) {
            out.add(clean.get(i) + (i == clean.size() - 1 ? "." : ";"));
        }
        return out;
    }

    /**
     * The text with a no-break space between each word of {@code report.keepWithNumber} and its number, and
     * around the dash of a span of years ("giai đoạn 2021 - 2025"), so a line never ends at "2021 -".
     */
    static String keepNumbersWithWords(String text) {
        if (text == null || text.indexOf(' ') < 0) {
            return text;
        }
        String kept = WORD_NUMBER.matcher(text).replaceAll("$1" + NO_BREAK);
        return YEAR_RANGE.matcher(kept).replaceAll("$1" + NO_BREAK + "$2" + NO_BREAK + "$3");
    }

    /** The words held on one line, every space a no-break one: an issuer's name ("Ủy ban nhân dân Quận 1"). */
    public static String unbroken(String name) {
        return name == null ? "" : name.strip().replace(' ', NO_BREAK);
    }

    /**
     * A line the program wrote, tidied as {@link VietnameseText#clean} tidies what is typed (NFC, trimmed, runs of
     * white space one space) but for its no-break spaces, which are meant: the blanks left for a number or a day
     * the clerk fills in ("số      /TTr-UBND"), a name held on one line.
     */
    static String tidy(String line) {
        if (line == null) {
            return "";
        }
        // \s and strip() leave U+00A0 alone: only ordinary white space is collapsed
        return java.text.Normalizer.normalize(line, java.text.Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    /** "Báo cáo" for "báo cáo": the first letter upper case, the rest as it is. */
    public static String capitalFirst(String s) {
        return s == null || s.isEmpty() ? "" : s.substring(0, 1).toUpperCase(Messages.LOCALE) + s.substring(1);
    }

    static String stripEnd(String line) {
        String c = VietnameseText.clean(line);
        return c == null ? "" : c.replaceAll(TRAILING, "");
    }

    /** The text with "- " in front, any dash or bullet the user typed taken away first. */
    static String dashed(String line) {
        return "- " + line.replaceFirst("^[-–—+•*]\\s*", "");
    }

    /** "…./." as the last body paragraph of a plan or report ends; an existing "./." is kept. */
    static String closing(String text) {
        String c = VietnameseText.clean(text);
        if (c == null || c.isEmpty()) {
            return "";
        }
        if (c.endsWith("./.")) {
            return c;
        }
        return c.replaceAll("[\\s;,.:/]+$", "") + "./.";
    }
}
