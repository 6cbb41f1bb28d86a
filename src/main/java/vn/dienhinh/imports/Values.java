package vn.dienhinh.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
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

    /** A birth read from a cell: a year, or a full date (its year set too), or unreadable ({@code text} kept). */
    record Birth(Integer year, LocalDate date, boolean unreadable) {
        static final Birth NONE = new Birth(null, null, false);
    }

    static Birth birth(SheetCell cell, String text) {
        Long n = cell.wholeNumber();
        if (n != null && n >= 1000 && n <= 2999) {
            return new Birth(n.intValue(), null, false); // a year, even typed into a date-formatted cell
        }
        if (cell.date() != null) {
            return new Birth(cell.date().getYear(), cell.date(), false);
        }
        if (n != null && n >= 10_000 && n <= 80_000) {
            LocalDate d = DateUtil.getLocalDateTime(n).toLocalDate(); // a date serial shown as a number
            return new Birth(d.getYear(), d, false);
        }
        String t = VietnameseText.clean(text).replaceFirst("^(\\d{4})\\.0+$", "$1"); // "1985.0" typed as text
        if (t.isEmpty()) {
            return Birth.NONE;
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

    /** A date from a date cell or text: 05/01/2024, 5-1-2024, 05.01.24, 2024-01-05, "ngày 5 tháng 1 năm 2024". */
    static LocalDate date(SheetCell cell, String text) {
        if (cell.date() != null) {
            return cell.date();
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
        return !text.isBlank() && !HeaderTitles.normal(text).equals("0")
                && !HeaderTitles.normal(text).equals("khong");
    }

    /** A phone number as written, or the digits of a number cell with the leading 0 Excel dropped. */
    static String phone(SheetCell cell, String text) {
        Long n = cell.wholeNumber();
        if (n != null && n > 0) {
            String digits = Long.toString(n);
            return digits.length() == 9 ? "0" + digits : digits;
        }
        return VietnameseText.cleanOrNull(text);
    }

    /** An ID number: the digits of a number cell with the leading 0 Excel dropped (12-digit CCCD). */
    static String idNumber(SheetCell cell, String text) {
        Long n = cell.wholeNumber();
        if (n != null && n > 0) {
            String digits = Long.toString(n);
            return digits.length() == 11 ? "0" + digits : digits;
        }
        String t = VietnameseText.cleanOrNull(text);
        return t == null ? null : t.replaceAll("[\\s.]", "");
    }

    /** A count: "25", "25 người", 25.0; null when there is no whole number. */
    static Integer count(SheetCell cell, String text) {
        Long n = cell.wholeNumber();
        if (n != null) {
            return n > 0 && n < 10_000_000 ? n.intValue() : null;
        }
        Matcher m = Pattern.compile("^\\s*(\\d{1,7})\\b").matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : null;
    }
}
