package vn.dienhinh.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import vn.dienhinh.util.Messages;

/**
 * A short form in a dialog (label, input rows) whose Save runs in the background and closes the
 * dialog only when the save succeeded; a refused save shows its message and keeps what was typed.
 */
public final class SmallForm {

    private final GridPane grid = new GridPane();
    private int row;

    public SmallForm() {
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        // the labels' column is as wide as its longest label up to a limit, beyond which a label wraps
        ColumnConstraints labels = new ColumnConstraints(130, javafx.scene.layout.Region.USE_COMPUTED_SIZE, 230);
        grid.getColumnConstraints().addAll(labels, inputs);
    }

    public SmallForm row(String key, Node input) {
        Label label = new Label(Messages.get(key));
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.addRow(row++, label, input);
        return this;
    }

    public SmallForm note(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("text-muted");
        grid.add(l, 0, row++, 2, 1);
        return this;
    }

    /** Shows the dialog; Save is off while {@code invalid} is true and runs {@code work}, then {@code done}. */
    public <T> void show(Dialogs dialogs, TaskRunner tasks, String title, String header, ObservableBooleanValue invalid,
                  Supplier<T> work, Consumer<T> done) {
        showDialog(dialogs, tasks, title, header, grid, 540, invalid, work, done);
    }

    /** The same save-in-the-background dialog around any content. */
    public static <T> Dialog<ButtonType> showDialog(Dialogs dialogs, TaskRunner tasks, String title, String header,
                                                    Node content, double width, ObservableBooleanValue invalid,
                                                    Supplier<T> work, Consumer<T> done) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(dialogs.owner());
        d.setTitle(title);
        d.setHeaderText(header);
        ButtonType save = new ButtonType(Messages.get("form.save"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(save, new ButtonType(Messages.get("ui.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().setContent(content);
        d.getDialogPane().setPrefWidth(width);
        d.setResizable(true);
        Button ok = (Button) d.getDialogPane().lookupButton(save);
        ok.setId("dialog-save");
        if (invalid != null) {
            ok.disableProperty().bind(invalid);
        }
        ok.addEventFilter(ActionEvent.ACTION, ev -> {
            ev.consume();
            tasks.run(Messages.get("form.saving"), work::get, result -> {
                d.setResult(save);
                d.close();
                done.accept(result);
            });
        });
        d.show();
        return d;
    }
}
