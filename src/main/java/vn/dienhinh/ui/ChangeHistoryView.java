package vn.dienhinh.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.dienhinh.model.ChangeEntry;
import vn.dienhinh.service.ChangeHistoryService;
import vn.dienhinh.util.Messages;

/**
 * "Lịch sử thay đổi": every change of a record (an exemplar with its parts, a unit, a field, a
 * campaign …), newest first. Each entry reads
 * "23/11/2026 08:30 · ttkt · Sửa điển hình" with one line per attribute changed under it, so it
 * stays readable in the narrow detail pane.
 */
public final class ChangeHistoryView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private ChangeHistoryView() {
    }

    /** As a tab of the exemplar's detail pane. */
    public static Tab tab(List<ChangeEntry> entries) {
        return new Tab(Messages.get("detail.changes") + " (" + entries.size() + ")", box(entries));
    }

    /** In a dialog, for the record {@code entity} (its table name) {@code id}, read in the background. */
    public static void show(Dialogs dialogs, TaskRunner tasks, ChangeHistoryService history, String entity, long id,
                            String name) {
        tasks.run(null, () -> history.ofRecord(entity, id), entries -> {
            javafx.scene.control.Dialog<Void> d = new javafx.scene.control.Dialog<>();
            d.initOwner(dialogs.owner());
            d.setTitle(Messages.get("detail.changes"));
            d.setHeaderText(name);
            d.getDialogPane().setContent(box(entries));
            d.getDialogPane().setPrefSize(560, 480);
            d.getDialogPane().getButtonTypes().add(new javafx.scene.control.ButtonType(Messages.get("ui.ok"),
                    javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
            d.setResizable(true);
            d.show();
        });
    }

    private static VBox box(List<ChangeEntry> entries) {
        ListView<ChangeEntry> list = new ListView<>();
        list.setId("changes-list");
        list.getItems().setAll(entries);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ChangeEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(null);
                if (empty || e == null) {
                    setGraphic(null);
                    return;
                }
                Label head = new Label(Messages.get("detail.changeHead", WHEN.format(e.at()),
                        e.user() == null ? "" : e.user(), ChangeHistoryService.action(e)));
                head.getStyleClass().add("text-bold");
                head.setWrapText(true);
                Label body = new Label(ChangeHistoryService.describe(e));
                body.setWrapText(true);
                for (Label l : List.of(head, body)) {
                    // wrapped lines need a width to wrap at and the height they take
                    l.prefWidthProperty().bind(v.widthProperty().subtract(40));
                    l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                }
                setGraphic(new VBox(2, head, body));
            }
        });
        Label none = new Label(Messages.get("detail.noChanges"));
        none.getStyleClass().add("text-muted");
        list.setPlaceholder(none);
        list.setPrefHeight(220);
        VBox box = new VBox(list);
        box.setPadding(new Insets(6, 0, 0, 0));
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }
}
