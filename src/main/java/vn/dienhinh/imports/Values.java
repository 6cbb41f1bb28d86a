package vn.dienhinh.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dienhinh.model.Gender;
import vn.dienhinh.util.VietnameseText;

/** Reading single values as officers type them: births, dates, genders, phone and ID numbers, counts. */
final class Values {

    /** The earliest plausible birth year (the registry's own rule, ExemplarRules.MIN_BIRTH_YEAR). */
    static final int MIN_YEAR = 1900;
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{2}|\\d{4})");
    private static final Pattern YMD = Pattern.compile("(\\d{4})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})");
    private static final Pattern WORDS = Pattern.compile("ngay\\s*(\\d{1,2})\\s*thang\\s*(\\d{1,2})\\s*nam\\s*(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

    private Values() {
    }

    /** What a list writes where it means "not ticked": blank, 0, "không", FALSE, "-". */
    private static final java.util.Set<String> UNMARKED = java.util.Set.of("0", "khong", "false", "no");
    private static final Pattern INTEGER_TEXT = Pattern.compile("([+-]?\\d+)(?:[.,]0+)?");

    /**
     * A birth read from a cell: a year, or a full date (its year set too), or unreadable ({@code text}
     * kept). {@code yearInDateCell}: a whole number 1000–2999 found in a cell formatted as a date (Excel
     * shows it as a day of 1902–1908), read as the year typed and reported as such.
     */
    record Birth(Integer year, LocalDate date, boolean unreadable, boolean yearInDateCell) {
        static final Birth NONE = new Birth(null, null, false, false);

        Birth(Integer year, LocalDate date, boolean unreadable) {
            this(year, date, unreadable, false);
        }
    }

    /**
     * Only a cell formatted as a date holds a date. A number in any other cell is a year as typed:
     * 19855 is the year 19855 (impossible, so the row's error), never Excel's day number 19855
     * (11/05/1954); 1985.0 is 1985; 1985.5 is unreadable. Text is read as written.
     */
    static Birth birth(SheetCell cell, String text) {
        boolean own = cell.text().equals(text); // not a continuation row's text appended
        if (own && cell.date() != null) {
            Long n = cell.wholeNumber();
            if (n != null && n >= 1000 && n <= 2999) {
                return new Birth(n.intValue(), null, false, true);
            }
            // a cell formatted "yyyy" or "mm/yyyy" shows only the year: the day it holds was never meant
            return new Birth(cell.date().getYear(), cell.dayShown() ? cell.date() : null, false);
        }
        if (own && cell.number() != null) {
            Long n = cell.wholeNumber();
            return n == null ? new Birth(null, null, true) : new Birth(clamp(n), null, false);
        }
        String t = VietnameseText.clean(text);
        if (t.isEmpty()) {
            return Birth.NONE;
        }
        Matcher whole = INTEGER_TEXT.matcher(t);
        if (whole.matches()) { // "19855", "1985.0", "-1" typed as text: a year as typed, checked as such
            return new Birth(clamp(Long.parseLong(whole.group(1).length() > 12 ? "9999999999" : whole.group(1))),
                    null, false);
        }
        LocalDate d = date(t);
        if (d != null) {
            return new Birth(d.getYear(), d, false);
        }
        String f = VietnameseText.fold(t);
        Matcher m = MONTH_YEAR.matcher(f);
        if (m.matches()) {
            return new Birth(Integer.parseInt(m.group(2)), null, false);
        }
        m = YEAR.matcher(f);
        if (m.find() && !YEAR.matcher(f.substring(m.end())).find() && f.replaceAll("[^0-9]", "").length() == 4) {
            return new Birth(Integer.parseInt(m.group(1)), null, false);
        }
        return new Birth(null, null, true);
    }

    private static int clamp(long n) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n));
    }

    /**
     * A date from a date cell or text: 05/01/2024, 5-1-2024, 05.01.24, 2024-01-05, "ngày 5 tháng 1 năm
     * 2024". A number in a cell not formatted as a date is not a date (45000 is not 14/03/2023), nor is
     * a date cell that shows only its month or year: null for both.
     */
    static LocalDate date(SheetCell cell, String text) {
        if (cell.date() != null && cell.text().equals(text)) {
            return cell.dayShown() ? cell.date() : null;
        }
        return date(VietnameseText.clean(text));
    }

    static LocalDate date(String text) {
        String f = VietnameseText.fold(text).strip();
        try {
            Matcher m = DMY.matcher(f);
            if (m.matches()) {
                int y = Integer.parseInt(m.group(3));
                if (m.group(3).length() == 2) {
                    y += y > LocalDate.now().getYear() % 100 ? 1900 : 2000;
                }
                return LocalDate.of(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            m = YMD.matcher(f);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            m = WORDS.matcher(f);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)));
            }
        } catch (DateTimeException e) {
            return null; // 31/02/1985
        }
        return null;
    }

    /** "Nam", "nữ", "M", "F"; null when the text says neither. */
    static Gender gender(String text) {
        String t = HeaderTitles.normal(text);
        return switch (t) {
            case "nam", "m", "male", "trai", "ong" -> Gender.MALE;
            case "nu", "f", "female", "gai", "ba" -> Gender.FEMALE;
            default -> null;
        };
    }

    /** A mark in a "Nam" or "Nữ" column: x, X, ✓, 1, or the year itself. */
    static boolean marked(String text) {
        if (text.isBlank()) {
            return false;
        }
        String n = HeaderTitles.normal(text);
        return n.isEmpty() ? !text.strip().matches("[-–—.]+") : !UNMARKED.contains(n); // "✓" is a mark, "-" is not
    }

    /** Whether a ticked "Nam"/"Nữ" cell holds the birth rather than a mark: a date, a year, any number but 1. */
    static boolean birthInMark(SheetCell cell, String text) {
        String t = VietnameseText.clean(text);
        return cell.date() != null || t.matches(".*\\d{4}.*") || t.matches("[+-]?\\d+([.,]\\d+)?") && !t.equals("1");
    }

    /**
     * A phone number as written, or the digits of a number cell with the leading 0 Excel dropped: a
     * mobile number has 10 digits and a landline 11, both starting with 0, a landline's area code
     * with 2 (912345678 is 0912345678, 2838123456 is 02838123456); 84… with 11 or 12 digits is the
     * country code (+84…). Anything else is kept as its digits and checked like text.
     */
    static String phone(SheetCell cell, String text) {
        Long n = cell.wholeNumber();
        if (n != null && n > 0 && cell.text().equals(text)) {
            String digits = Long.toString(n);
            if (digits.length() == 9 || digits.length() == 10 && digits.startsWith("2")) {
                return "0" + digits;
            }
            return digits.startsWith("84") && digits.length() >= 11 ? "+" + digits : digits;
        }
        return VietnameseText.cleanOrNull(text);
    }

    /** An ID number: the digits of a number cell with the leading 0 Excel dropped (12-digit CCCD). */
    static String idNumber(SheetCell cell, String text) {
        Long n = cell.wholeNumber();
        if (n != null && n > 0 && cell.text().equals(text)) {
            String digits = Long.toString(n);
            return digits.length() == 11 ? "0" + digits : digits;
        }
        String t = VietnameseText.cleanOrNull(text);
        return t == null ? null : t.replaceAll("[\\s.]", "");
    }

    /**
     * A count: 25, 25.0, "25", "25 người", "1.200 hội viên" (the dot groups thousands); null when it
     * is not one positive whole number: 25.5, "25,5", "20-25", "khoảng 25", a date. Never a part of
     * the value taken for the whole.
     */
    static Integer count(SheetCell cell, String text) {
        if (cell.date() != null) {
            return null;
        }
        Long n = cell.wholeNumber();
        if (cell.number() != null && cell.text().equals(text)) {
            return n != null && n > 0 && n < 10_000_000 ? n.intValue() : null;
        }
        Matcher m = COUNT.matcher(VietnameseText.clean(text));
        if (!m.matches()) {
            return null;
        }
        long v = Long.parseLong(m.group(1).replaceAll("[.\\s]", ""));
        return v > 0 && v < 10_000_000 ? (int) v : null;
    }

    /** A whole number, maybe grouped by dots or spaces, then maybe a word or two ("người", "thành viên"). */
    private static final Pattern COUNT = Pattern.compile("(\\d{1,7}|\\d{1,3}(?:[.\\s]\\d{3})+)(?:\\s+\\p{L}[\\p{L}\\s]*)?");
}
