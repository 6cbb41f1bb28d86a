package vn.dienhinh.imports;

import java.time.LocalDate;

/**
 * One cell as the workbook stored it, never recalculated: {@code text} is what it shows in plain
 * form (a number without grouping or trailing zeros, a date as dd/MM/yyyy, the cached result of a
 * formula), {@code number} its numeric value if it is a number, {@code date} its date if its number
 * format is a date format, {@code dayShown} whether that format shows the day (a cell formatted
 * "yyyy" or "mm/yyyy" holds a date but shows only a year or a month: its text is what it shows).
 */
public record SheetCell(String text, Double number, LocalDate date, boolean dayShown) {

    public static final SheetCell EMPTY = new SheetCell("", null, null);

    public SheetCell {
        text = text == null ? "" : text;
    }

    public SheetCell(String text, Double number, LocalDate date) {
        this(text, number, date, date != null);
    }

    public static SheetCell text(String s) {
        return s == null || s.isEmpty() ? EMPTY : new SheetCell(s, null, null);
    }

    public boolean blank() {
        return text.isBlank();
    }

    /** The number as a whole number, if it is one. */
    public Long wholeNumber() {
        if (number == null || number != Math.rint(number) || Math.abs(number) > 1e15) {
            return null;
        }
        return number.longValue();
    }
}
