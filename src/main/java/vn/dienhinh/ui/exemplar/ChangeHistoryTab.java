package vn.dienhinh.ui.exemplar;

import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import vn.dienhinh.model.ChangeEntry;
import vn.dienhinh.service.ChangeHistoryService;
import vn.dienhinh.ui.Columns;
import vn.dienhinh.util.Messages;

/** "Lịch sử thay đổi": every change of the exemplar and its parts, newest first, with who and what. */
final class ChangeHistoryTab {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private ChangeHistoryTab() {
    }

    static Tab create(List<ChangeEntry> entries) {
        TableView<ChangeEntry> t = new TableView<>();
        t.setId("changes-table");
        t.getItems().setAll(entries);
        t.getColumns().add(Columns.text("col.when", 120, e -> WHEN.format(e.at())));
        t.getColumns().add(Columns.text("col.user", 90, e -> e.user() == null ? "" : e.user()));
        t.getColumns().add(Columns.text("col.action", 170, ChangeHistoryService::action));
        TableColumn<ChangeEntry, String> what = Columns.text("col.changes", 320, ChangeHistoryService::describe);
        what.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setWrapText(true);
            }
        });
        t.getColumns().add(what);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label none = new Label(Messages.get("detail.noChanges"));
        none.getStyleClass().add("text-muted");
        t.setPlaceholder(none);
        t.setPrefHeight(200);
        VBox box = new VBox(t);
        box.setPadding(new Insets(6, 0, 0, 0));
        VBox.setVgrow(t, javafx.scene.layout.Priority.ALWAYS);
        return new Tab(Messages.get("detail.changes") + " (" + entries.size() + ")", box);
    }
}
