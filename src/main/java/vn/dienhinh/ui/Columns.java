package vn.dienhinh.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import vn.dienhinh.util.Messages;

/** Table columns of text, titled from the bundle. */
public final class Columns {

    private Columns() {
    }

    /**
     * A column titled {@code key} showing {@code value} of each row (a row not loaded yet shows nothing); a
     * text cut short by the column's width shows whole as the cell's tooltip.
     */
    public static <T> TableColumn<T, String> text(String key, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> {
            String v = cd.getValue() == null ? null : value.apply(cd.getValue());
            return new ReadOnlyStringWrapper(v == null ? "" : v);
        });
        c.setCellFactory(col -> new WholeTextCell<>());
        return c;
    }

    /**
     * A column of dates ("07/12/2026"): never narrower than a whole date, which a table short of room would cut to
     * "07/12/20…".
     */
    public static <T> TableColumn<T, String> date(String key, Function<T, String> value) {
        TableColumn<T, String> c = text(key, DATE_WIDTH, value);
        c.setMinWidth(DATE_WIDTH);
        return c;
    }

    /** A whole date in the theme's table font, with the cell's padding. */
    private static final double DATE_WIDTH = 108;

    /** A text cell whose tooltip carries its whole text, for the values the column's width cuts short. */
    private static final class WholeTextCell<T> extends TableCell<T, String> {
        private final Tooltip tip = new Tooltip();

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean blank = empty || item == null || item.isEmpty();
            setText(blank ? null : item);
            tip.setText(blank ? "" : item);
            setTooltip(blank ? null : tip);
        }
    }
}
