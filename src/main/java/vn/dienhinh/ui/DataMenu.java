package vn.dienhinh.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.model.DatabaseReport;
import vn.dienhinh.service.BackupService;
import vn.dienhinh.ui.imports.ImportDialog;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/**
 * The data commands of the "Tệp" menu: import an Excel list, back up to a chosen file, restore from a
 * backup (checked first, confirmed, then done by whoever owns the database: the database must be
 * closed while its file is replaced), and check the database.
 */
final class DataMenu {

    private final Stage stage;
    private final AppContext context;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final Runnable refresh;
    private Consumer<Path> restorer = p -> { };

    DataMenu(Stage stage, AppContext context, TaskRunner tasks, Dialogs dialogs, Runnable refresh) {
        this.stage = stage;
        this.context = context;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.refresh = refresh;
    }

    void onRestore(Consumer<Path> r) {
        this.restorer = r;
    }

    void importExcel() {
        FileChooser fc = new FileChooser();
        fc.setTitle(Messages.get("ui.import.chooseFile"));
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(Messages.get("ui.import.filter"), "*.xlsx",
                "*.xlsm", "*.XLSX", "*.xls", "*.XLS"), new FileChooser.ExtensionFilter(Messages.get("ui.import.allFiles"), "*"));
        File f = fc.showOpenDialog(stage);
        if (f != null) {
            ImportDialog.open(stage, context.imports(), tasks, dialogs, f.toPath(), refresh);
        }
    }

    /** Yearly results (task rating, initiatives) from a workbook: the rows that cannot be used are listed. */
    void importResults() {
        FileChooser fc = new FileChooser();
        fc.setTitle(Messages.get("menu.importResults"));
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(Messages.get("ui.import.filter"), "*.xlsx",
                "*.xlsm", "*.XLSX"), new FileChooser.ExtensionFilter(Messages.get("ui.import.allFiles"), "*"));
        File f = fc.showOpenDialog(stage);
        if (f != null) {
            tasks.run(Messages.get("results.import.working"), () -> context.eligibility().importResults(f.toPath(), false),
                    r -> {
                        String done = Messages.get("results.import.done", r.written(), f.getName(), r.problems().size());
                        List<String> shown = r.problems().size() > 20 ? r.problems().subList(0, 20) : r.problems();
                        dialogs.info(shown.isEmpty() ? done : done + "\n\n" + String.join("\n", shown)
                                + (r.problems().size() > shown.size() ? "\n…" : ""));
                        refresh.run();
                    });
        }
    }

    /** A shared registry is checked and backed up on its server: said, and true, so the file's action is not taken. */
    private boolean onServer() {
        if (context.isShared()) {
            dialogs.info(Messages.get("settings.sharedMaintenance"));
        }
        return context.isShared();
    }

    void backup() {
        if (context.isShared()) {
            copyOut();
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle(Messages.get("ui.backup.choose"));
        fc.setInitialFileName(vn.dienhinh.util.FileNames.safe("dienhinh-sao-luu-" + LocalDate.now(context.clock()) + ".db.zst"));
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(Messages.get("ui.backup.filterZst"), "*.db.zst"),
                new FileChooser.ExtensionFilter(Messages.get("ui.backup.filterZip"), "*.zip"),
                new FileChooser.ExtensionFilter(Messages.get("ui.backup.filterDb"), "*.db"));
        Path folder = BackupService.folderOf(context.databaseFile());
        if (Files.isDirectory(folder)) {
            fc.setInitialDirectory(folder.toFile());
        }
        File f = fc.showSaveDialog(stage);
        if (f == null) {
            return;
        }
        tasks.run(Messages.get("ui.backup.running"), () -> context.backups().backupTo(f.toPath()),
                r -> dialogs.info(Messages.get("ui.backup.done", r.file(), r.exemplars())));
    }

    /**
     * On a shared registry, which its server backs up: the office's officer may take a whole copy of it into a
     * new file on this workstation (to keep, or to open without the server), as {@code migrate-to} does.
     */
    private void copyOut() {
        if (!context.officer().seesAll()) {
            dialogs.info(Messages.get("settings.sharedMaintenance"));
            return;
        }
        if (!dialogs.confirm(Messages.get("ui.copyOut.header"), Messages.get("ui.copyOut.text"))) {
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle(Messages.get("ui.copyOut.choose"));
        fc.setInitialFileName(vn.dienhinh.util.FileNames.safe("dienhinh-ban-sao-" + LocalDate.now(context.clock()) + ".db"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("ui.backup.filterDb"), "*.db"));
        File f = fc.showSaveDialog(stage);
        if (f == null) {
            return;
        }
        tasks.run(Messages.get("ui.copyOut.running"),
                () -> context.moves().copyTo(f.getPath(), vn.dienhinh.model.CopyProgress.NONE),
                r -> dialogs.info(Messages.get("ui.copyOut.done", r.target(),
                        String.format(Messages.LOCALE, "%,d", r.total()), r.tables().size())));
    }

    void restore() {
        if (onServer()) {
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle(Messages.get("ui.restore.choose"));
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(Messages.get("ui.restore.filterAll"), "*.zst",
                "*.zip", "*.db"),
                new FileChooser.ExtensionFilter(Messages.get("ui.import.allFiles"), "*"));
        Path folder = BackupService.folderOf(context.databaseFile());
        if (Files.isDirectory(folder)) {
            fc.setInitialDirectory(folder.toFile());
        }
        File f = fc.showOpenDialog(stage);
        if (f == null) {
            return;
        }
        tasks.run(Messages.get("ui.restore.checking"), () -> BackupService.inspect(f.toPath()), r -> confirmRestore(r));
    }

    private void confirmRestore(DatabaseReport r) {
        if (!r.sound()) {
            dialogs.error(new UserException("backup.notUsable." + r.state().name(), r.file()).getMessage());
            return;
        }
        if (dialogs.confirm(Messages.get("ui.restore.header"), Messages.get("ui.restore.text", r.file(), r.exemplars(),
                r.units(), context.databaseFile(), BackupService.folderOf(context.databaseFile())))) {
            restorer.accept(r.file());
        }
    }

    void check() {
        if (onServer()) {
            return;
        }
        tasks.run(Messages.get("ui.check.running"), () -> context.backups().fullCheck(), damage -> {
            if (damage.isEmpty()) {
                List<Path> backups = BackupService.backups(context.databaseFile());
                dialogs.info(Messages.get("ui.check.sound", context.databaseFile(), backups.size(),
                        BackupService.folderOf(context.databaseFile())));
            } else {
                dialogs.error(Messages.get("ui.check.damaged", String.join("\n", damage.subList(0,
                        Math.min(10, damage.size())))));
            }
        });
    }
}
