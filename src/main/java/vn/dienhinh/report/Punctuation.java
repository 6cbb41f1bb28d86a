package vn.dienhinh.report;

import java.util.ArrayList;
import java.util.List;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.VietnameseText;

/** The punctuation Nghị định 30 asks for at the end of list lines (căn cứ, nơi nhận). */
public final class Punctuation {

    private static final String TRAILING = "[\\s;,.:]+$";

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

    /** Clean text without the trailing punctuation and spaces. */
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
