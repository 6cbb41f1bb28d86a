package vn.dienhinh.ui.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import vn.dienhinh.service.OfficeProfileService;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.util.Messages;

/**
 * How every export goes: an official document needs the office profile (else the officer is offered
 * Cài đặt); the files go to the remembered folder (chosen the first time); the officer is asked before
 * existing files are replaced; the work runs in the background with progress in the status bar; at the
 * end the officer may open or print what was written.
 */
public final class ExportFlow {

    /** What to export: the files it will write in a folder, and the work that writes them. */
    public record Job(String progress, boolean needsProfile, Function<Path, List<Path>> targets,
                      Function<Path, List<Path>> work) {
    }

    private final OfficeProfileService office;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final UnaryOperator<Path> folderChooser;
    private final FileActions files;
    private final Runnable openSettings;
    private java.util.function.Consumer<Path> onFolderChosen = p -> { };

    /**
     * @param folderChooser asks for a folder, starting at the given one (may be null); null when cancelled
     * @param openSettings  shows Cài đặt, for a document asked for before the profile is complete
     */
    public ExportFlow(OfficeProfileService office, TaskRunner tasks, Dialogs dialogs, UnaryOperator<Path> folderChooser,
                      FileActions files, Runnable openSettings) {
        this.office = office;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.folderChooser = folderChooser;
        this.files = files;
        this.openSettings = openSettings;
    }

    public void run(Job job) {
        tasks.run(null, () -> new Object[]{!job.needsProfile() || office.isComplete(), Optional.ofNullable(office.exportFolder())},
                r -> {
                    if (!(Boolean) r[0]) {
                        if (dialogs.confirm(Messages.get("export.profileHeader"), Messages.get("export.profileText"))) {
                            openSettings.run();
                        }
                        return;
                    }
                    @SuppressWarnings("unchecked")
                    Optional<Path> remembered = (Optional<Path>) r[1];
                    Path folder = remembered.orElseGet(this::chooseFolder);
                    if (folder != null) {
                        write(job, folder);
                    }
                });
    }

    /** Told of a newly chosen folder (the Báo cáo screen shows it). */
    public void setOnFolderChosen(java.util.function.Consumer<Path> listener) {
        this.onFolderChosen = listener;
    }

    /** The folder exports go to, when one was chosen and still exists; reads the database. */
    public Path rememberedFolder() {
        return office.exportFolder();
    }

    /** Asks for the folder and remembers it; null when the officer cancels. */
    public Path chooseFolder() {
        return chooseFolder(null);
    }

    public Path chooseFolder(Path current) {
        Path chosen = folderChooser.apply(current);
        if (chosen != null) {
            onFolderChosen.accept(chosen);
            tasks.run(null, () -> {
                office.rememberExportFolder(chosen);
                return null;
            }, v -> { });
        }
        return chosen;
    }

    private void write(Job job, Path folder) {
        List<Path> targets = job.targets().apply(folder);
        List<Path> existing = targets.stream().filter(Files::exists).toList();
        if (!existing.isEmpty() && !dialogs.confirm(Messages.get("export.replaceHeader"),
                Messages.get("export.replaceText", existing.stream().map(p -> p.getFileName().toString())
                        .collect(Collectors.joining("\n")), folder))) {
            return;
        }
        // what the system can do with the files is asked off the FX thread too (it starts AWT)
        tasks.run(job.progress(), () -> new Object[]{job.work().apply(folder), files.canOpen(), files.canPrint()}, r -> {
            @SuppressWarnings("unchecked")
            List<Path> written = (List<Path>) r[0];
            new ExportDoneDialog(dialogs, tasks, files).show(written, (Boolean) r[1], (Boolean) r[2]);
        });
    }
}
