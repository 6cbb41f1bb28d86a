package vn.dienhinh.report;

/**
 * A column of a printable Excel list.
 *
 * @param title the header text, e.g. "Họ và tên"
 * @param width the column width in characters
 * @param align how the values are aligned
 * @param total whether the totals row sums this column
 * @param signed whether its numbers are changes, shown with their sign ("+2", "-1", "0") and kept numbers
 */
public record ListColumn(String title, int width, TableColumn.Align align, boolean total, boolean signed) {

    public ListColumn {
        if (width < 1 || width > 255) {
            throw new IllegalArgumentException("column width must be 1..255 characters: " + width);
        }
        title = title == null ? "" : title;
        align = align == null ? TableColumn.Align.LEFT : align;
    }

    public ListColumn(String title, int width, TableColumn.Align align, boolean total) {
        this(title, width, align, total, false);
    }

    public ListColumn(String title, int width, TableColumn.Align align) {
        this(title, width, align, false);
    }

    /** A centred column of changes ("+2", "-1", "0"), numbers the sheet can still calculate with. */
    public static ListColumn signed(String title, int width) {
        return new ListColumn(title, width, TableColumn.Align.CENTER, false, true);
    }

    /** A centred column of numbers the totals row sums. */
    public static ListColumn summed(String title, int width) {
        return new ListColumn(title, width, TableColumn.Align.CENTER, true);
    }

    public static ListColumn left(String title, int width) {
        return new ListColumn(title, width, TableColumn.Align.LEFT);
    }

    public static ListColumn centered(String title, int width) {
        return new ListColumn(title, width, TableColumn.Align.CENTER);
    }
}
