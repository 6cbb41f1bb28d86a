package vn.dienhinh.ui.certificate;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.CertificateLayout;
import vn.dienhinh.model.CertificateSlot;
import vn.dienhinh.model.FieldPlacement;
import vn.dienhinh.model.TextAlign;
import vn.dienhinh.model.TextFit;
import vn.dienhinh.ui.Choice;
import vn.dienhinh.ui.UiPart;
import vn.dienhinh.util.Messages;

/**
 * The layout editor's panel beside the blank: the blank's name, form and page, the chosen field's place, font,
 * alignment, width and lines, and the printer's offset. It shows the model and hands each edit to it; it keeps
 * nothing of its own.
 */
final class LayoutControls extends UiPart<ScrollPane> {

    private final LayoutEditorModel model;
    private final NumberFields numbers;
    private final Runnable focusBlank;
    private boolean syncing;

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

    /**
     * @param complaint  where a refused number is said
     * @param restore    puts every control of the editor back to the model's values
     * @param focusBlank gives the blank the keyboard, so that the arrow keys move the field chosen in the list
     */
    LayoutControls(LayoutEditorModel model, Consumer<String> complaint, Runnable restore, Runnable focusBlank) {
        this.model = model;
        this.numbers = new NumberFields(complaint, restore);
        this.focusBlank = focusBlank;
        setUpChoices();
        bindControls();
    }

    /** The award forms a layout may be for, after "no form". */
    void setForms(List<AwardForm> forms) {
        syncing = true;
        formBox.getItems().setAll(new Choice<>(null, Messages.get("layout.noForm")));
        forms.forEach(f -> formBox.getItems().add(new Choice<>(f.id(), f.name())));
        syncing = false;
    }

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
    }

    private void bindControls() {
        nameField.focusedProperty().addListener((o, was, is) -> {
            if (was && !is) {
                model.editLayout(l -> l.named(nameField.getText(), l.formId()));
            }
        });
        nameField.setOnAction(e -> model.editLayout(l -> l.named(nameField.getText(), l.formId())));
        picked(formBox, b -> model.editLayout(l -> l.named(l.name(), b.value())));
        picked(paperBox, model::paper);
        picked(orientationBox, b -> model.orientation(b.value()));
        numbers.decimal(pageWidthField, "layout.pageWidth", model::pageWidth);
        numbers.decimal(pageHeightField, "layout.pageHeight", model::pageHeight);
        picked(fieldBox, b -> {
            model.selected().set(b);
            focusBlank.run();
        });
        printedBox.setOnAction(e -> model.edit(f -> f.withPrinted(printedBox.isSelected())));
        numbers.decimal(xField, "layout.x", model::x);
        numbers.decimal(yField, "layout.y", model::y);
        numbers.decimal(widthField, "layout.width", model::width);
        numbers.decimal(sizeField, "layout.size", v -> model.edit(f -> f.withFont(v, f.bold(), f.italic())));
        boldBox.setOnAction(e -> model.edit(f -> f.withFont(f.fontSize(), boldBox.isSelected(), f.italic())));
        italicBox.setOnAction(e -> model.edit(f -> f.withFont(f.fontSize(), f.bold(), italicBox.isSelected())));
        picked(alignBox, b -> model.edit(f -> f.withText(b, f.fit(), f.maxLines())));
        picked(fitBox, b -> model.edit(f -> f.withText(f.align(), b, f.maxLines())));
        numbers.whole(linesField, "layout.lines", v -> model.edit(f -> f.withText(f.align(), f.fit(), v)));
        numbers.decimal(offsetXField, "layout.offsetX", model::offsetX);
        numbers.decimal(offsetYField, "layout.offsetY", model::offsetY);
    }

    /** {@code apply} gets what the officer picks in {@code box}; the panel putting it in step is no pick. */
    private <T> void picked(ComboBox<T> box, Consumer<T> apply) {
        box.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                apply.accept(b);
            }
        });
    }

    /** Puts every control of the panel in step with the model, whose draft is {@code l}. */
    void show(CertificateLayout l) {
        syncing = true;
        try {
            if (!nameField.isFocused()) {
                nameField.setText(l.name());
            }
            formBox.setValue(formBox.getItems().stream().filter(c -> Objects.equals(c.value(), l.formId()))
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
    }
}
