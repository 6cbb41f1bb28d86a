package vn.dienhinh.report;

import java.time.LocalDate;
import java.time.YearMonth;
import vn.dienhinh.util.Messages;

/**
 * Dates as Nghị định 30/2020/NĐ-CP writes them: days under 10 and the months 1 and 2 get a leading
 * zero ("ngày 05 tháng 01 năm 2024", "ngày 03 tháng 3 năm 2024", "ngày 22 tháng 9 năm 2023").
 */
public final class VnDates {

    /** What stands for a day or month left open for the signer to fill in by hand. */
    public static final String BLANK = "\u00a0\u00a0\u00a0\u00a0\u00a0";

    private VnDates() {
    }

    /** "05", "22": days under 10 zero-padded. */
    public static String day(int dayOfMonth) {
        if (dayOfMonth < 1 || dayOfMonth > 31) {
            throw new IllegalArgumentException("day " + dayOfMonth);
        }
        return dayOfMonth < 10 ? "0" + dayOfMonth : String.valueOf(dayOfMonth);
    }

    /** "01", "02", "3" … "12": only January and February are zero-padded. */
    public static String month(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month " + month);
        }
        return month <= 2 ? "0" + month : String.valueOf(month);
    }

    /** "ngày 05 tháng 01 năm 2024". */
    public static String longDate(LocalDate date) {
        return Messages.get("report.date", day(date.getDayOfMonth()), month(date.getMonthValue()),
                String.valueOf(date.getYear()));
    }

    /** "Quận 1, ngày 05 tháng 01 năm 2024"; just the date when the place is blank. */
    public static String placeAndDate(String place, LocalDate date) {
        return withPlace(place, longDate(date));
    }

    /** For a draft signed later: "Thắng Lợi, ngày      tháng 11 năm 2021", the day left open. */
    public static String placeAndMonth(String place, YearMonth month) {
        return withPlace(place, Messages.get("report.date", BLANK, month(month.getMonthValue()),
                String.valueOf(month.getYear())));
    }

    /** "05/01/2024", as tables and lists write dates. */
    public static String shortDate(LocalDate date) {
        return date == null ? "" : day(date.getDayOfMonth()) + "/" + twoDigits(date.getMonthValue()) + "/"
                + date.getYear();
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    private static String withPlace(String place, String date) {
        return place == null || place.isBlank() ? date : Messages.get("report.placeDate", place.strip(), date);
    }
}
