package vn.dienhinh.report;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What the officer chooses about an outgoing document: its number (null leaves "Số:      /BC-UBND" for the
 * clerk to fill in when it is signed), its date, and whether the day is left open for the signer.
 */
public record DocumentMeta(Integer number, LocalDate date, boolean dayLeftOpen) {

    public DocumentMeta {
        if (number != null && number < 1) {
            throw new IllegalArgumentException("document number must be positive: " + number);
        }
        if (date == null) {
            throw new IllegalArgumentException("a document needs a date");
        }
    }

    public static DocumentMeta dated(LocalDate date) {
        return new DocumentMeta(null, date, false);
    }

    /** "Quận 1, ngày 05 tháng 01 năm 2024", or "Quận 1, ngày      tháng 01 năm 2024" when the day is open. */
    public String placeAndDate(String place) {
        return dayLeftOpen ? VnDates.placeAndMonth(place, YearMonth.from(date)) : VnDates.placeAndDate(place, date);
    }
}
