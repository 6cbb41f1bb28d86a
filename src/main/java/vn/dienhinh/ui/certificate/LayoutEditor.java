package vn.dienhinh.ui.certificate;

import java.nio.file.Path;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.Certificate;
import vn.dienhinh.model.CertificateLayout;
import vn.dienhinh.model.FieldPlacement;
import vn.dienhinh.model.PrinterOffset;
import vn.dienhinh.service.document.CertificateService;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.ui.UiPart;
import vn.dienhinh.util.Messages;

/**
 * Bố trí phôi: one layout per kind of blank. The blank is drawn to scale over a scan or photo of it (an
 * image of the officer's, shown here only), with a sample recipient's lines where they will print; the
 * chosen field moves with the arrow keys by 0.5 mm (Shift: 5 mm) or with the mouse, and its font, size,
 * style, alignment, width and lines are edited beside it, with the page and the printer's offset.
 * Nothing is kept until Lưu; the service checks the layout and names what does not fit. This window loads,
 * saves, copies and deletes layouts off the FX thread and puts its parts in step: the draft and its arithmetic
 * are {@link LayoutEditorModel}'s, the panel beside the blank is {@link LayoutControls}, the scan
 * {@link BlankScan}.
 */
public final class LayoutEditor extends UiPart<BorderPane> {

    private final CertificateService service;
    private final CertificateOutput output;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final LayoutEditorModel model = new LayoutEditorModel();
    private final BlankPreview preview = new BlankPreview();
    private final LayoutControls controls;
    private final Long preferredForm;
    private final BlankScan scan;
    private boolean syncing;

    @FXML
    private ComboBox<CertificateLayout> layoutBox;
    @FXML
    private Button copyButton;
    @FXML
    private Button deleteButton;
    @FXML
    private Button scanButton;
    @FXML
    private Button clearScanButton;
    @FXML
    private MenuButton calibrationButton;
    @FXML
    private Button saveButton;
    @FXML
    private StackPane previewHolder;
    @FXML
    private ProgressIndicator progress;
    @FXML
    private Label statusLabel;

    /**
     * @param tasks         the editor's own runner: its progress and errors are shown in the editor
     * @param preferredForm the award form whose layout to show first (null: the first layout)
     */
    public LayoutEditor(CertificateService service, CertificateOutput output, TaskRunner tasks, Dialogs dialogs,
                        Long preferredForm) {
        this.service = service;
        this.output = output;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.preferredForm = preferredForm;
        this.scan = new BlankScan(preview, this::complain);
        this.controls = new LayoutControls(model, this::complain, this::sync, preview::requestFocus);
        getRoot().setRight(controls.getRoot());
        previewHolder.getChildren().add(preview);
        progress.visibleProperty().bind(tasks.busy());
        preview.setOnChoose(s -> model.selected().set(s));
        preview.setOnDrag(model::moveTo);
        layoutBox.setConverter(Converters.of(CertificateLayout::name));
        bindLayoutBox();
        model.draft().addListener((o, a, b) -> sync());
        model.selected().addListener((o, a, b) -> sync());
        model.offset().addListener((o, a, b) -> sync());
        model.dirty().addListener((o, a, b) -> status(b ? Messages.get("layout.unsaved") : ""));
        getRoot().addEventFilter(KeyEvent.KEY_PRESSED, this::arrowKeys);
        load(null);
    }

    /** Opens the editor in a window of its own over {@code owner}; {@code closed} runs when it is closed. */
    public static void open(Window owner, CertificateService service, CertificateOutput output, Long preferredForm,
                            Runnable closed) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        TaskRunner tasks = new TaskRunner();
        Dialogs dialogs = new Dialogs(stage);
        tasks.setErrorSink(dialogs::error);
        LayoutEditor editor = new LayoutEditor(service, output, tasks, dialogs, preferredForm);
        stage.setTitle(Messages.get("layout.title"));
        stage.setScene(new Scene(editor.getRoot(), 1220, 800));
        stage.setOnCloseRequest(e -> {
            if (!editor.mayLeave()) {
                e.consume();
            }
        });
        stage.setOnHidden(e -> {
            tasks.shutdown();
            closed.run();
        });
        stage.show();
    }

    /** The model, for tests of what the controls change. */
    LayoutEditorModel model() {
        return model;
    }

    // ---- loading and saving ----

    private record Loaded(List<CertificateLayout> layouts, PrinterOffset offset, Certificate sample,
                          List<AwardForm> forms) {
    }

    /** Reads the layouts, and shows the one with {@code id} (null: the form's, else the first). */
    private void load(Long id) {
        tasks.run(Messages.get("layout.loading"), () -> new Loaded(service.layouts(), service.printerOffset(),
                service.sample(), service.forms()), l -> {
                    controls.setForms(l.forms());
                    syncing = true;
                    layoutBox.getItems().setAll(l.layouts());
                    syncing = false;
                    preview.setSample(l.sample());
                    CertificateLayout shown = l.layouts().stream().filter(x -> id != null ? x.id().equals(id)
                            : preferredForm != null && preferredForm.equals(x.formId())).findFirst()
                            .orElse(l.layouts().isEmpty() ? null : l.layouts().get(0));
                    if (shown != null) {
                        show(shown, l.offset());
                    }
                });
    }

    private void show(CertificateLayout l, PrinterOffset offset) {
        model.load(l, offset);
        syncing = true;
        layoutBox.getSelectionModel().select(layoutBox.getItems().stream().filter(x -> x.id().equals(l.id()))
                .findFirst().orElse(null));
        syncing = false;
        sync();
    }

    @FXML
    private void save() {
        commitTyping();
        CertificateLayout draft = model.draft().get();
        PrinterOffset offset = model.offset().get();
        if (draft == null) {
            return;
        }
        tasks.run(Messages.get("layout.saving"), () -> {
            PrinterOffset o = service.savePrinterOffset(offset);
            return new Object[]{service.save(draft), o, service.layouts()};
        }, r -> {
            CertificateLayout saved = (CertificateLayout) r[0];
            @SuppressWarnings("unchecked")
            List<CertificateLayout> all = (List<CertificateLayout>) r[2];
            syncing = true;
            layoutBox.getItems().setAll(all);
            syncing = false;
            show(saved, (PrinterOffset) r[1]);
            status(Messages.get("layout.saved", saved.name()));
        });
    }

    @FXML
    private void copy() {
        commitTyping();
        CertificateLayout draft = model.draft().get();
        if (draft == null) {
            return;
        }
        dialogs.ask(Messages.get("layout.copyHeader"), Messages.get("layout.copyName"),
                Messages.get("layout.copyDefault", draft.name())).ifPresent(name -> tasks.run(Messages.get("layout.saving"),
                () -> service.copy(draft, name), made -> load(made.id())));
    }

    @FXML
    private void delete() {
        CertificateLayout l = model.draft().get();
        if (l != null && l.id() != null && dialogs.confirm(Messages.get("layout.deleteHeader", l.name()),
                Messages.get("detail.cannotUndo"))) {
            tasks.run(null, () -> {
                service.delete(l.id());
                return null;
            }, v -> load(null));
        }
    }

    /** True when nothing is unsaved, or the officer agrees to lose it. */
    boolean mayLeave() {
        commitTyping();
        CertificateLayout l = model.draft().get();
        return !model.dirty().get() || dialogs.confirm(Messages.get("layout.discardHeader", l == null ? "" : l.name()),
                Messages.get("layout.discardText"));
    }

    // ---- the scan and the calibration page ----

    @FXML
    private void chooseScan() {
        String path = BlankScan.choose(getRoot().getScene().getWindow());
        if (path != null) {
            model.editLayout(l -> l.withScanImage(path));
        }
    }

    @FXML
    private void clearScan() {
        model.editLayout(l -> l.withScanImage(null));
    }

    @FXML
    private void calibrationPdf() {
        commitTyping();
        CertificateLayout l = model.draft().get();
        PrinterOffset o = model.offset().get();
        Path target = l == null ? null : output.choosePdf(getRoot().getScene().getWindow(),
                Messages.get("layout.calibrationFile", vn.dienhinh.util.FileNames.slug(l.name(), "phoi")));
        if (target != null) {
            tasks.run(Messages.get("layout.writing"), () -> service.writeCalibration(l, o, target),
                    p -> status(Messages.get("layout.calibrationWritten", p)));
        }
    }

    @FXML
    private void calibrationPrint() {
        commitTyping();
        CertificateLayout l = model.draft().get();
        PrinterOffset o = model.offset().get();
        if (l != null) {
            tasks.run(Messages.get("layout.preparingPrint"), () -> output.printCalibration(l, o),
                    sent -> status(Messages.get(sent ? "layout.printSent" : "layout.printCancelled")));
        }
    }

    // ---- the list of layouts, the keys and the status line ----

    /** Another layout chosen in the list is shown once what is unsaved may be left. */
    private void bindLayoutBox() {
        layoutBox.valueProperty().addListener((o, a, b) -> {
            if (syncing || b == null || a == null || b.id().equals(a.id())) {
                return;
            }
            if (mayLeave()) {
                show(b, model.offset().get());
            } else {
                syncing = true;
                layoutBox.setValue(a);
                syncing = false;
            }
        });
    }

    /** Puts every control in step with the model. */
    private void sync() {
        CertificateLayout l = model.draft().get();
        boolean none = l == null;
        getRoot().getCenter().setDisable(none);
        getRoot().getRight().setDisable(none);
        for (Node n : List.of(copyButton, deleteButton, scanButton, clearScanButton, calibrationButton, saveButton)) {
            n.setDisable(none);
        }
        if (none) {
            return;
        }
        preview.setLayout(l);
        preview.setChosen(model.selected().get());
        scan.show(l.scanImage());
        clearScanButton.setDisable(l.scanImage() == null);
        controls.show(l);
        Window w = getRoot().getScene() == null ? null : getRoot().getScene().getWindow();
        if (w instanceof Stage s && s.getOwner() != null) {
            s.setTitle(Messages.get("layout.windowTitle", l.name()) + (model.dirty().get() ? " *" : ""));
        }
    }

    /** The arrow keys move the chosen field unless the officer is typing or choosing in a list. */
    private void arrowKeys(KeyEvent e) {
        KeyCode k = e.getCode();
        if (k != KeyCode.LEFT && k != KeyCode.RIGHT && k != KeyCode.UP && k != KeyCode.DOWN) {
            return;
        }
        Node focus = getRoot().getScene() == null ? null : getRoot().getScene().getFocusOwner();
        if (focus instanceof TextInputControl || focus instanceof ComboBoxBase<?> || focus instanceof ListView<?>) {
            return;
        }
        model.arrow(k == KeyCode.LEFT ? -1 : k == KeyCode.RIGHT ? 1 : 0, k == KeyCode.UP ? -1 : k == KeyCode.DOWN ? 1 : 0,
                e.isShiftDown());
        FieldPlacement f = model.selectedField();
        if (f != null) {
            status(Messages.get("layout.moved", Messages.of(f.slot()), vn.dienhinh.report.Millimetres.format(f.xMm()),
                    vn.dienhinh.report.Millimetres.format(f.yMm())) + (model.dirty().get() ? " "
                    + Messages.get("layout.unsaved") : ""));
        }
        e.consume();
    }

    /** A box still being typed in is taken before saving or printing. */
    private void commitTyping() {
        Node focus = getRoot().getScene() == null ? null : getRoot().getScene().getFocusOwner();
        if (focus instanceof TextField t && t.getOnAction() != null) {
            t.getOnAction().handle(new javafx.event.ActionEvent());
        }
    }

    private void status(String text) {
        statusLabel.getStyleClass().remove("danger");
        statusLabel.setText(text);
    }

    private void complain(String text) {
        statusLabel.setText(text);
        if (!statusLabel.getStyleClass().contains("danger")) {
            statusLabel.getStyleClass().add("danger");
        }
    }
}
