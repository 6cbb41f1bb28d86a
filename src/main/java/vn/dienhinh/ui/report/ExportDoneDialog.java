package vn.dienhinh.ui.report;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.util.Messages;

/** "Đã lưu": each file written with Mở (in Word or Excel) and In; both disabled with a reason where unsupported. */
final class ExportDoneDialog {

    private final Dialogs dialogs;
    private final TaskRunner tasks;
    private final FileActions files;

    ExportDoneDialog(Dialogs dialogs, TaskRunner tasks, FileActions files) {
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.files = files;
    }

    void show(List<Path> written, boolean canOpen, boolean canPrint) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(dialogs.owner());
        d.setTitle(Messages.get("app.title"));
        d.setHeaderText(Messages.get("export.doneHeader"));
        VBox rows = new VBox(8);
        rows.setPadding(new Insets(10, 16, 6, 16));
        for (int i = 0; i < written.size(); i++) {
            Path p = written.get(i);
            Label name = new Label(p.getFileName().toString());
            name.setTooltip(new Tooltip(p.toAbsolutePath().toString()));
            name.getStyleClass().add("text-bold");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Button open = action("export.open", "export-open-" + i, canOpen, "export.cannotOpen",
                    () -> files.open(p));
            Button print = action("export.print", "export-print-" + i, canPrint, "export.cannotPrint",
                    () -> files.print(p));
            HBox row = new HBox(10, name, gap, reachable(open), reachable(print));
            row.setAlignment(Pos.CENTER_LEFT);
            rows.getChildren().add(row);
        }
        Label where = new Label(Messages.get("export.folder", written.isEmpty() ? ""
                : written.get(0).toAbsolutePath().getParent()));
        where.setWrapText(true);
        where.getStyleClass().add("text-muted");
        rows.getChildren().add(where);
        d.getDialogPane().setContent(rows);
        d.getDialogPane().setPrefWidth(620);
        ButtonType close = new ButtonType(Messages.get("ui.ok"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().add(close);
        d.getDialogPane().lookupButton(close).setId("export-close");
        d.show();
    }

    /** A button running {@code action} in the background, or disabled with a tooltip saying why. */
    private Button action(String key, String id, boolean supported, String whyNot, FileAction action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        if (!supported) {
            b.setDisable(true);
            b.setTooltip(new Tooltip(Messages.get(whyNot)));
            return b;
        }
        b.setOnAction(e -> tasks.run(Messages.get(key + "ing"), () -> {
            action.run();
            return null;
        }, v -> { }));
        return b;
    }

    /** A disabled control gets no mouse events, so its tooltip is shown from a wrapper around it. */
    private static javafx.scene.Node reachable(Button b) {
        if (!b.isDisabled()) {
            return b;
        }
        javafx.scene.layout.StackPane wrapper = new javafx.scene.layout.StackPane(b);
        Tooltip.install(wrapper, b.getTooltip());
        return wrapper;
    }

    @FunctionalInterface
    private interface FileAction {
        void run() throws Exception;
    }
}
