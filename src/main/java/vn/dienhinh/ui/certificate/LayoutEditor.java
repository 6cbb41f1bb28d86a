package vn.dienhinh.ui.certificate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.Certificate;
import vn.dienhinh.model.CertificateLayout;
import vn.dienhinh.model.CertificateSlot;
import vn.dienhinh.model.FieldPlacement;
import vn.dienhinh.model.PrinterOffset;
import vn.dienhinh.model.TextAlign;
import vn.dienhinh.model.TextFit;
import vn.dienhinh.service.document.CertificateService;
import vn.dienhinh.ui.Choice;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.ui.UiPart;
import vn.dienhinh.util.Messages;

/**
 * Bố trí phôi: one layout per kind of blank. The blank is drawn to scale over a scan or photo of it (an
 * image of the officer's, shown here only), with a sample recipient's lines where they will print; the
 * chosen field moves with the arrow keys by 0.5 mm (Shift: 5 mm) or with the mouse, and its font, size,
 * style, alignment, width and lines are edited beside it, with the page and the printer's offset.
 * Nothing is kept until Lưu; the service checks the layout and names what does not fit.
 */
public final class LayoutEditor extends UiPart<BorderPane> {

    private final CertificateService service;
    private final CertificateOutput output;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final LayoutEditorModel model = new LayoutEditorModel();
    private final BlankPreview preview = new BlankPreview();
    private final NumberFields numbers;
    private final Long preferredForm;
    private boolean syncing;
    private String scanShown;

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
    private TextField nameField;
    @FXML
    private ComboBox<Choice<Long>> formBox;
    @FXML
    private ComboBox<Paper> paperBox;
    @FXML
    private ComboBox<Choice<Boolean>> orientationBox;
    @FXML
    private TextField pageWidthField;
    @FXML
    private TextField pageHeightField;
    @FXML
    private ComboBox<CertificateSlot> fieldBox;
    @FXML
    private CheckBox printedBox;
    @FXML
    private TextField xField;
    @FXML
    private TextField yField;
    @FXML
    private TextField widthField;
    @FXML
    private TextField sizeField;
    @FXML
    private CheckBox boldBox;
    @FXML
    private CheckBox italicBox;
    @FXML
    private ComboBox<TextAlign> alignBox;
    @FXML
    private ComboBox<TextFit> fitBox;
    @FXML
    private TextField linesField;
    @FXML
    private TextField offsetXField;
    @FXML
    private TextField offsetYField;
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
        this.numbers = new NumberFields(this::complain, this::sync);
        previewHolder.getChildren().add(preview);
        progress.visibleProperty().bind(tasks.busy());
        preview.setOnChoose(s -> model.selected().set(s));
        preview.setOnDrag(model::moveTo);
        setUpChoices();
        bindControls();
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
                    syncing = true;
                    formBox.getItems().setAll(new Choice<>(null, Messages.get("layout.noForm")));
                    l.forms().forEach(f -> formBox.getItems().add(new Choice<>(f.id(), f.name())));
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
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("layout.scanTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("layout.scanFiles"),
                "*.png", "*.jpg", "*.jpeg", "*.bmp", "*.gif", "*.PNG", "*.JPG", "*.JPEG"));
        java.io.File f = chooser.showOpenDialog(getRoot().getScene().getWindow());
        if (f != null) {
            model.editLayout(l -> l.withScanImage(f.getAbsolutePath()));
        }
    }

    @FXML
    private void clearScan() {
        model.editLayout(l -> l.withScanImage(null));
    }

    /** Loads the scan in the background when the layout names another file than the one shown. */
    private void showScan(String path) {
        if (java.util.Objects.equals(path, scanShown)) {
            return;
        }
        scanShown = path;
        if (path == null || path.isBlank()) {
            preview.setScan(null);
            return;
        }
        Path p = Path.of(path);
        if (!Files.isRegularFile(p)) {
            preview.setScan(null);
            complain(Messages.get("layout.scanMissing", path));
            return;
        }
        Image image = new Image(p.toUri().toString(), true);
        image.progressProperty().addListener((o, a, b) -> {
            if (b.doubleValue() >= 1 && path.equals(scanShown)) {
                if (image.isError()) {
                    complain(Messages.get("layout.scanBroken", p.getFileName()));
                } else {
                    preview.setScan(image);
                }
            }
        });
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

    // ---- the controls ----

    private void setUpChoices() {
        fieldBox.getItems().setAll(CertificateSlot.values());
        fieldBox.setConverter(Converters.of(Messages::of));
        alignBox.getItems().setAll(TextAlign.values());
        alignBox.setConverter(Converters.of(Messages::of));
        fitBox.getItems().setAll(TextFit.values());
        fitBox.setConverter(Converters.of(Messages::of));
        paperBox.getItems().setAll(Paper.values());
        paperBox.setConverter(Converters.of(p -> Messages.get("layout.paper." + p.name())));
        orientationBox.getItems().setAll(new Choice<>(false, Messages.get("layout.portrait")),
                new Choice<>(true, Messages.get("layout.landscape")));
        layoutBox.setConverter(Converters.of(CertificateLayout::name));
    }

    private void bindControls() {
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
        nameField.focusedProperty().addListener((o, was, is) -> {
            if (was && !is) {
                model.editLayout(l -> l.named(nameField.getText(), l.formId()));
            }
        });
        nameField.setOnAction(e -> model.editLayout(l -> l.named(nameField.getText(), l.formId())));
        formBox.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                model.editLayout(l -> l.named(l.name(), b.value()));
            }
        });
        paperBox.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null && b != Paper.OTHER) {
                model.editLayout(l -> l.landscape() ? l.withPage(b.longMm, b.shortMm) : l.withPage(b.shortMm, b.longMm));
            }
        });
        orientationBox.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                model.orientation(b.value());
            }
        });
        numbers.decimal(pageWidthField, "layout.pageWidth", v -> model.editLayout(l -> l.withPage(v, l.pageHeightMm())));
        numbers.decimal(pageHeightField, "layout.pageHeight", v -> model.editLayout(l -> l.withPage(l.pageWidthMm(), v)));
        fieldBox.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                model.selected().set(b);
                preview.requestFocus();
            }
        });
        printedBox.setOnAction(e -> model.edit(f -> f.withPrinted(printedBox.isSelected())));
        numbers.decimal(xField, "layout.x", v -> model.edit(f -> f.at(FieldPlacement.round(v), f.yMm())));
        numbers.decimal(yField, "layout.y", v -> model.edit(f -> f.at(f.xMm(), FieldPlacement.round(v))));
        numbers.decimal(widthField, "layout.width", v -> model.edit(f -> f.withWidth(FieldPlacement.round(v))));
        numbers.decimal(sizeField, "layout.size", v -> model.edit(f -> f.withFont(v, f.bold(), f.italic())));
        boldBox.setOnAction(e -> model.edit(f -> f.withFont(f.fontSize(), boldBox.isSelected(), f.italic())));
        italicBox.setOnAction(e -> model.edit(f -> f.withFont(f.fontSize(), f.bold(), italicBox.isSelected())));
        alignBox.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                model.edit(f -> f.withText(b, f.fit(), f.maxLines()));
            }
        });
        fitBox.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                model.edit(f -> f.withText(f.align(), b, f.maxLines()));
            }
        });
        numbers.whole(linesField, "layout.lines", v -> model.edit(f -> f.withText(f.align(), f.fit(), v)));
        numbers.decimal(offsetXField, "layout.offsetX", v -> model.setOffset(new PrinterOffset(v, model.offset().get().yMm())));
        numbers.decimal(offsetYField, "layout.offsetY", v -> model.setOffset(new PrinterOffset(model.offset().get().xMm(), v)));
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
        syncing = true;
        try {
            preview.setLayout(l);
            preview.setChosen(model.selected().get());
            showScan(l.scanImage());
            clearScanButton.setDisable(l.scanImage() == null);
            if (!nameField.isFocused()) {
                nameField.setText(l.name());
            }
            formBox.setValue(formBox.getItems().stream().filter(c -> java.util.Objects.equals(c.value(), l.formId()))
                    .findFirst().orElse(formBox.getItems().isEmpty() ? null : formBox.getItems().get(0)));
            paperBox.setValue(Paper.of(l.pageWidthMm(), l.pageHeightMm()));
            orientationBox.setValue(orientationBox.getItems().get(l.landscape() ? 1 : 0));
            NumberFields.show(pageWidthField, l.pageWidthMm());
            NumberFields.show(pageHeightField, l.pageHeightMm());
            NumberFields.show(offsetXField, model.offset().get().xMm());
            NumberFields.show(offsetYField, model.offset().get().yMm());
            FieldPlacement f = model.selectedField();
            fieldBox.setValue(f == null ? null : f.slot());
            if (f != null) {
                printedBox.setSelected(f.printed());
                NumberFields.show(xField, f.xMm());
                NumberFields.show(yField, f.yMm());
                NumberFields.show(widthField, f.widthMm());
                NumberFields.show(sizeField, f.fontSize());
                boldBox.setSelected(f.bold());
                italicBox.setSelected(f.italic());
                alignBox.setValue(f.align());
                fitBox.setValue(f.fit());
                linesField.setText(String.valueOf(f.maxLines()));
            }
        } finally {
            syncing = false;
        }
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
        double step = e.isShiftDown() ? LayoutEditorModel.BIG_STEP_MM : LayoutEditorModel.STEP_MM;
        model.nudge(k == KeyCode.LEFT ? -step : k == KeyCode.RIGHT ? step : 0,
                k == KeyCode.UP ? -step : k == KeyCode.DOWN ? step : 0);
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

    /** The usual paper sizes, short and long side in millimetres. */
    enum Paper {
        A3(297, 420), A4(210, 297), A5(148, 210), OTHER(0, 0);

        final double shortMm;
        final double longMm;

        Paper(double shortMm, double longMm) {
            this.shortMm = shortMm;
            this.longMm = longMm;
        }

        static Paper of(double w, double h) {
            for (Paper p : values()) {
                if (Math.abs(Math.min(w, h) - p.shortMm) < 0.5 && Math.abs(Math.max(w, h) - p.longMm) < 0.5) {
                    return p;
                }
            }
            return OTHER;
        }
    }
}
