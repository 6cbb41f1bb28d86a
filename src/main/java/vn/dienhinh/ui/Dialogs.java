package vn.dienhinh.ui;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import vn.dienhinh.util.Messages;

/** One place for alerts, confirmations and small questions; every text in Vietnamese. */
public class Dialogs {

    private final Window owner;

    public Dialogs(Window owner) {
        this.owner = owner;
    }

    public void error(String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ok());
        a.initOwner(owner);
        a.setTitle(Messages.get("app.title"));
        a.setHeaderText(Messages.get("ui.errorHeader"));
        a.showAndWait();
    }

    public void info(String message) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, message, ok());
        a.initOwner(owner);
        a.setTitle(Messages.get("app.title"));
        a.setHeaderText(null);
        a.showAndWait();
    }

    public boolean confirm(String header, String message) {
        ButtonType yes = new ButtonType(Messages.get("ui.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(Messages.get("ui.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, yes, no);
        a.getDialogPane().lookupButton(yes).setId("dialog-yes");
        a.initOwner(owner);
        a.setTitle(Messages.get("app.title"));
        a.setHeaderText(header);
        return a.showAndWait().filter(b -> b == yes).isPresent();
    }

    public <T> Optional<T> choose(String header, String label, T initial, java.util.List<T> choices) {
        ChoiceDialog<T> d = new ChoiceDialog<>(initial, choices);
        vietnameseButtons(d, () -> d.getSelectedItem());
        d.initOwner(owner);
        d.setTitle(Messages.get("app.title"));
        d.setHeaderText(header);
        d.setContentText(label);
        return d.showAndWait();
    }

    public Optional<String> ask(String header, String label, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        vietnameseButtons(d, () -> d.getEditor().getText());
        d.initOwner(owner);
        d.setTitle(Messages.get("app.title"));
        d.setHeaderText(header);
        d.setContentText(label);
        return d.showAndWait();
    }

    /** Đồng ý / Hủy instead of the toolkit's English buttons; Đồng ý gives {@code value}. */
    private static <T> void vietnameseButtons(javafx.scene.control.Dialog<T> d, java.util.function.Supplier<T> value) {
        ButtonType yes = new ButtonType(Messages.get("ui.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(Messages.get("ui.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().setAll(yes, no);
        d.getDialogPane().lookupButton(yes).setId("dialog-yes");
        d.setResultConverter(b -> b == yes ? value.get() : null);
    }

    public Window owner() {
        return owner;
    }

    private static ButtonType ok() {
        return new ButtonType(Messages.get("ui.ok"), ButtonBar.ButtonData.OK_DONE);
    }
}
