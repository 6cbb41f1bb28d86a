package vn.dienhinh.ui.exemplar;

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
 * "Lịch sử thay đổi": every change of the exemplar and its parts, newest first. Each entry reads
 * "23/11/2026 08:30 · ttkt · Sửa điển hình" with one line per attribute changed under it, so it
 * stays readable in the narrow detail pane.
 */
final class ChangeHistoryTab {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private ChangeHistoryTab() {
    }

    static Tab create(List<ChangeEntry> entries) {
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
        return new Tab(Messages.get("detail.changes") + " (" + entries.size() + ")", box);
    }
}
