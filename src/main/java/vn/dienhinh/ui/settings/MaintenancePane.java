package vn.dienhinh.ui.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.dienhinh.model.BackupFile;
import vn.dienhinh.service.BackupService;
import vn.dienhinh.service.ChangeHistoryService;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.util.FileSizes;
import vn.dienhinh.util.Messages;

/**
 * The backup and maintenance part of Cài đặt: the database and its size, the backups kept with the
 * rule that keeps them and the room they take, a backup now, and the compaction of old change history.
 */
final class MaintenancePane {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final BackupService backups;
    private final ChangeHistoryService history;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final Supplier<LocalDate> today;
    private final Label databaseLabel = new Label();
    private final Label folderLabel = new Label();
    private final ListView<BackupFile> list = new ListView<>();
    private final ComboBox<Integer> years = new ComboBox<>();
    private final VBox root;

    MaintenancePane(BackupService backups, ChangeHistoryService history, TaskRunner tasks, Dialogs dialogs,
                    Supplier<LocalDate> today) {
        this.backups = backups;
        this.history = history;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.today = today;
        Label title = new Label(Messages.get("settings.maintenance"));
        title.getStyleClass().add("title-4");
        Label rule = new Label(backups.policyText());
        rule.setWrapText(true);
        rule.getStyleClass().add("text-muted");
        for (Label l : List.of(databaseLabel, folderLabel)) {
            l.setWrapText(true);
        }
        databaseLabel.setId("maintenanceDatabase");
        folderLabel.setId("maintenanceFolder");
        list.setId("backupList");
        list.setPrefHeight(150);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(BackupFile b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : Messages.get("settings.backupLine", WHEN.format(b.when()),
                        Messages.get("settings.backupKind." + b.kind().name()), FileSizes.format(b.size()),
                        b.file().getFileName(), Messages.get(b.compressed() ? "settings.backupZip" : "settings.backupDb")));
            }
        });
        Label none = new Label(Messages.get("settings.noBackups"));
        none.getStyleClass().add("text-muted");
        list.setPlaceholder(none);
        Button now = new Button(Messages.get("settings.backupNow"));
        now.setId("backupNowButton");
        now.setOnAction(e -> backupNow());

        Label compactTitle = new Label(Messages.get("settings.compactTitle"));
        compactTitle.getStyleClass().add("text-bold");
        Label compactText = new Label(Messages.get("settings.compactText"));
        compactText.setWrapText(true);
        compactText.getStyleClass().add("text-muted");
        years.setId("compactYears");
        years.getItems().setAll(1, 2, 3, 5);
        years.setValue(1);
        years.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : Messages.get("settings.compactBefore", n);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        Button compact = new Button(Messages.get("settings.compact"));
        compact.setId("compactButton");
        compact.setOnAction(e -> compact());
        HBox compactRow = new HBox(8, years, compact);

        root = new VBox(8, new Separator(), title, databaseLabel, folderLabel, rule, list, now, new Separator(),
                compactTitle, compactText, compactRow);
        root.setPadding(new Insets(6, 14, 14, 14));
    }

    Node view() {
        return root;
    }

    /** Reads the sizes and the list of backups again (off the FX thread: the folder may be on a slow disk). */
    void refresh() {
        Path db = backups.database();
        tasks.run(null, () -> new Object[]{size(db), BackupService.list(db), free(BackupService.folderOf(db))}, r -> {
            @SuppressWarnings("unchecked")
            List<BackupFile> all = (List<BackupFile>) r[1];
            databaseLabel.setText(Messages.get("settings.databaseLine", db, FileSizes.format((Long) r[0])));
            folderLabel.setText(Messages.get("settings.folderLine", BackupService.folderOf(db), all.size(),
                    FileSizes.format(all.stream().mapToLong(BackupFile::size).sum()), FileSizes.format((Long) r[2])));
            list.getItems().setAll(all);
        });
    }

    private void backupNow() {
        tasks.run(Messages.get("ui.backup.running"), backups::backupNow, r -> {
            refresh();
            dialogs.info(Messages.get("ui.backup.done", r.file(), r.exemplars()));
        });
    }

    private void compact() {
        LocalDate before = today.get().minusYears(years.getValue());
        if (!dialogs.confirm(Messages.get("settings.compactTitle"), Messages.get("settings.compactAsk",
                vn.dienhinh.service.Dates.format(before)))) {
            return;
        }
        tasks.run(Messages.get("settings.compacting"), () -> history.compactBefore(before), r -> {
            refresh();
            dialogs.info(ChangeHistoryService.message(r));
        });
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static long free(Path folder) {
        try {
            Path p = Files.isDirectory(folder) ? folder : folder.getParent();
            return Files.getFileStore(p).getUsableSpace();
        } catch (IOException e) {
            return 0;
        }
    }
}
