package vn.dienhinh.report;

/**
 * A column of a table in a Word document.
 *
 * @param title  the header text, e.g. "Họ và tên"
 * @param weight relative width: the table fills the text width, each column its share of the weights
 * @param align  how the cell text is aligned
 */
public record TableColumn(String title, double weight, Align align) {

    public enum Align { LEFT, CENTER, RIGHT, JUSTIFY }

    public TableColumn {
        if (!(weight > 0)) {
            throw new IllegalArgumentException("column weight must be positive: " + weight);
        }
        title = title == null ? "" : title;
        align = align == null ? Align.LEFT : align;
    }

    public static TableColumn left(String title, double weight) {
        return new TableColumn(title, weight, Align.LEFT);
    }

    public static TableColumn centered(String title, double weight) {
        return new TableColumn(title, weight, Align.CENTER);
    }

    public static TableColumn right(String title, double weight) {
        return new TableColumn(title, weight, Align.RIGHT);
    }

    public static TableColumn justified(String title, double weight) {
        return new TableColumn(title, weight, Align.JUSTIFY);
    }
}
