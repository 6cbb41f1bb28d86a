package vn.dienhinh.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import vn.dienhinh.util.Messages;

/** Table columns of text, titled from the bundle. */
public final class Columns {

    private Columns() {
    }

    /** A column titled {@code key} showing {@code value} of each row (a row not loaded yet shows nothing). */
    public static <T> TableColumn<T, String> text(String key, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> {
            String v = cd.getValue() == null ? null : value.apply(cd.getValue());
            return new ReadOnlyStringWrapper(v == null ? "" : v);
        });
        return c;
    }
}
