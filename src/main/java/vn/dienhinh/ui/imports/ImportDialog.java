package vn.dienhinh.ui.imports;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.dienhinh.imports.ImportProblem;
import vn.dienhinh.imports.Target;
import vn.dienhinh.service.imports.ImportOptions;
import vn.dienhinh.service.imports.ImportPreview;
import vn.dienhinh.service.imports.ImportResult;
import vn.dienhinh.service.imports.ImportService;
import vn.dienhinh.service.imports.PreviewRow;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.Progress;

/**
 * The import preview: the sheet and header found and the column mapping (correctable), every row as it
 * will be stored, the problems by row and column, the new units to add. Nothing is written until
 * "Nhập … điển hình vào sổ"; then all accepted rows in one transaction, with progress and a Stop that
 * leaves the registry as it was.
 */
public final class ImportDialog {

    private final ImportService imports;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final Runnable imported;
    private final Stage stage = new Stage();
    private final Label header = new Label();
    private final ComboBox<String> sheets = new ComboBox<>();
    private final Spinner<Integer> headerRow = new Spinner<>(1, 1_048_576, 1);
    private final MappingPane mapping = new MappingPane(this::remap);
    private final TableView<PreviewRow> rows = ImportTables.rows(this::options);
    private final TableView<ImportProblem> problems = ImportTables.problems();
    private final Tab rowsTab = new Tab();
    private final Tab problemsTab = new Tab();
    private final ImportChoices choices = new ImportChoices(this::refreshOptions);
    private final ProgressBar bar = new ProgressBar(0);
    private final Label status = new Label();
    private final Button confirm = new Button();
    private final Button stop = new Button(Messages.get("ui.import.stop"));
    private final Button close = new Button(Messages.get("ui.import.close"));
    private ImportPreview preview;
    private ProgressTask<?> running;
    private boolean filling;

    private ImportDialog(Window owner, ImportService imports, TaskRunner tasks, Dialogs dialogs, Runnable imported) {
        this.imports = imports;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.imported = imported;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.get("ui.import.title"));
        stage.setScene(new Scene(layout(), 1180, 780));
        stage.setOnCloseRequest(e -> {
            if (running != null) {
                e.consume(); // stop first: the window closes when the work has ended
                running.stop();
            }
        });
    }

    /** Opens the preview of {@code file} and starts reading it; {@code imported} runs after a successful import. */
    public static ImportDialog open(Window owner, ImportService imports, TaskRunner tasks, Dialogs dialogs, Path file,
                                    Runnable imported) {
        ImportDialog d = new ImportDialog(owner, imports, tasks, dialogs, imported);
        d.stage.show();
        d.load(Messages.get("ui.import.reading", file.getFileName()), p -> imports.preview(file, null, p), true);
        return d;
    }

    private BorderPane layout() {
        sheets.setId("import-sheet");
        sheets.valueProperty().addListener((o, was, now) -> {
            if (!filling && now != null && preview != null && !now.equals(preview.sheetName())) {
                load(Messages.get("ui.import.rereading"), p -> imports.withSheet(preview, now, p), false);
            }
        });
        headerRow.setEditable(true);
        headerRow.setPrefWidth(100);
        headerRow.setId("import-header-row");
        Button reread = new Button(Messages.get("ui.import.apply"));
        reread.setId("import-reread");
        reread.setOnAction(e -> load(Messages.get("ui.import.rereading"),
                p -> imports.withHeaderRow(preview, headerRow.getValue(), p), false));
        HBox top = new HBox(8, new Label(Messages.get("ui.import.sheet")), sheets,
                new Label(Messages.get("ui.import.headerRow")), headerRow, reread);
        top.setAlignment(Pos.CENTER_LEFT);
        header.setId("import-header");
        header.setWrapText(true);
        ScrollPane mapScroll = new ScrollPane(mapping.getRoot());
        mapScroll.setFitToWidth(true);
        mapScroll.setPrefViewportHeight(104);
        Label mapTitle = new Label(Messages.get("ui.import.mappingTitle"));
        mapTitle.getStyleClass().add("text-bold");
        VBox map = new VBox(4, mapTitle, mapScroll);
        rowsTab.setContent(rows);
        problemsTab.setContent(problems);
        problems.getSelectionModel().selectedItemProperty().addListener((o, was, p) -> showRow(p));
        TabPane tabs = new TabPane(rowsTab, problemsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        confirm.setText(Messages.get("ui.import.confirmIdle"));
        VBox center = new VBox(8, top, header, map, tabs, choices.getRoot());
        center.setPadding(new Insets(10));
        confirm.setId("import-confirm");
        confirm.setDefaultButton(true);
        confirm.setOnAction(e -> commit());
        stop.setId("import-stop");
        stop.setOnAction(e -> {
            if (running != null) {
                running.stop();
            }
        });
        close.setId("import-close");
        close.setOnAction(e -> stage.close());
        bar.setPrefWidth(220);
        status.setId("import-status");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bottom = new HBox(10, bar, status, grow, stop, confirm, close);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(8, 10, 10, 10));
        BorderPane root = new BorderPane(center);
        root.setBottom(bottom);
        busy(false);
        return root;
    }

    /** Runs a (re)reading of the list in the background; a refused file closes the window after its message. */
    private void load(String what, Function<Progress, ImportPreview> work, boolean first) {
        ProgressTask<ImportPreview> task = new ProgressTask<>(work);
        start(task, what);
        tasks.submit(what, task, p -> {
            finished();
            show(p);
        }, failure -> {
            finished();
            if (first) {
                stage.close();
            }
        });
    }

    private void show(ImportPreview p) {
        filling = true;
        preview = p;
        sheets.getItems().setAll(p.sheets().stream().map(s -> s.name()).toList());
        sheets.setValue(p.sheetName());
        headerRow.getValueFactory().setValue(p.layout().headerRowNumber());
        filling = false;
        header.setText(Messages.get("ui.import.found", p.file().getFileName(), p.sheetName(),
                p.layout().headerRowNumber(), p.rows().size()));
        mapping.show(p.layout());
        rows.getItems().setAll(p.rows());
        problems.getItems().setAll(p.problems());
        problemsTab.setText(Messages.get("ui.import.problemsTab", p.problems().size()));
        choices.show(p);
        refreshOptions();
        status.setText("");
    }

    private ImportOptions options() {
        return preview == null ? new ImportOptions(Set.of(), false) : choices.options();
    }

    private void refreshOptions() {
        if (preview == null) {
            return;
        }
        long accepted = choices.summarise(preview);
        rowsTab.setText(Messages.get("ui.import.rowsTab", preview.rows().size()));
        confirm.setText(Messages.get("ui.import.confirm", accepted));
        confirm.setDisable(accepted == 0 || running != null);
        rows.refresh();
    }

    private void remap(int column, Target target) {
        load(Messages.get("ui.import.rereading"), p -> imports.withLayout(preview, preview.layout()
                .withTarget(column, target), p), false);
    }

    private void commit() {
        ImportOptions o = options();
        ImportPreview p = preview;
        String what = Messages.get("ui.import.writing", p.acceptedCount(o));
        ProgressTask<ImportResult> task = new ProgressTask<>(progress -> imports.commit(p, o, progress));
        start(task, what);
        tasks.submit(what, task, r -> {
            finished();
            stage.close();
            imported.run();
            dialogs.info(r.unitsCreated().isEmpty()
                    ? Messages.get("ui.import.doneNoUnits", r.imported(), ImportChoices.kinds(r.byKind()))
                    : Messages.get("ui.import.done", r.imported(), ImportChoices.kinds(r.byKind()), r.unitsCreated().size()));
        }, failure -> {
            finished();
            status.setText(Messages.get(failure instanceof java.util.concurrent.CancellationException
                    ? "ui.import.stopped" : "ui.import.notWritten"));
        });
    }

    private void start(ProgressTask<?> task, String what) {
        running = task;
        bar.progressProperty().bind(task.progressProperty());
        status.setText(what);
        busy(true);
    }

    private void finished() {
        running = null;
        bar.progressProperty().unbind();
        bar.setProgress(0);
        busy(false);
    }

    private void busy(boolean on) {
        bar.setVisible(on);
        stop.setVisible(on);
        stop.setManaged(on);
        close.setDisable(on);
        confirm.setDisable(on || preview == null || preview.acceptedCount(options()) == 0);
        mapping.getRoot().setDisable(on);
        sheets.setDisable(on);
    }

    private void showRow(ImportProblem p) {
        if (p == null) {
            return;
        }
        for (PreviewRow r : rows.getItems()) {
            if (r.rowNumber() == p.row()) {
                rows.getSelectionModel().select(r);
                rows.scrollTo(r);
                return;
            }
        }
    }

    Stage stage() {
        return stage;
    }
}
