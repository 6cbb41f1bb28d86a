package vn.dienhinh.ui.exemplar;

import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import vn.dienhinh.model.Discovery;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarAsRead;
import vn.dienhinh.model.ExemplarCategory;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.Field;
import vn.dienhinh.model.Gender;
import vn.dienhinh.model.Unit;
import vn.dienhinh.service.CatalogService;
import vn.dienhinh.service.RegistryService;
import vn.dienhinh.ui.Choice;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.ui.UnitTree;
import vn.dienhinh.util.Messages;

/** Adds or edits an exemplar. Each field is checked as the user types; Save stays off while any is wrong. */
final class ExemplarFormDialog {

    private final ExemplarFormModel model;
    private final ValidationSupport validation = new ValidationSupport();
    private final GridPane grid = new GridPane();
    private final Label problems = new Label();
    private int row;

    private ExemplarFormDialog(ExemplarFormModel model) {
        this.model = model;
    }

    /** Opens the form (exemplar null: a new one) with the catalogues read in the background; {@code saved} gets the id. */
    static void open(Dialogs dialogs, RegistryService registry, CatalogService catalog, TaskRunner tasks, Exemplar e,
                     LongConsumer saved) {
        // the exemplar read again with its version as the form opens: the form shows what is saved now, and a
        // save over someone else's later one is refused, not made silently
        tasks.run(null, () -> new Object[]{catalog.units(), catalog.fields(),
            e == null || e.id() == null ? null : registry.forChange(e.id())}, r -> {
            @SuppressWarnings("unchecked")
            List<Unit> units = (List<Unit>) r[0];
            @SuppressWarnings("unchecked")
            List<Field> fields = (List<Field>) r[1];
            ExemplarAsRead opened = (ExemplarAsRead) r[2];
            ExemplarFormDialog form = new ExemplarFormDialog(
                    new ExemplarFormModel(opened == null ? e : opened.exemplar(), registry.today()));
            form.show(dialogs, registry, tasks, units, fields, opened == null ? null : opened.version(), saved);
        });
    }

    private void show(Dialogs dialogs, RegistryService registry, TaskRunner tasks, List<Unit> units, List<Field> fields,
                      Integer readVersion, LongConsumer saved) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(dialogs.owner());
        dialog.setTitle(Messages.get(model.id == null ? "form.addTitle" : "form.editTitle"));
        dialog.setHeaderText(model.id == null ? Messages.get("form.addHeader") : model.name.get());
        dialog.setResizable(true);
        ButtonType save = new ButtonType(Messages.get("form.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("ui.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, cancel);
        dialog.getDialogPane().setContent(build(units, fields));
        dialog.getDialogPane().setPrefSize(760, 680);
        dialog.getDialogPane().setId("exemplar-form");
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("form-save");
        saveButton.disableProperty().bind(validation.invalidProperty());
        saveButton.addEventFilter(ActionEvent.ACTION, ev -> {
            ev.consume();
            Exemplar draft = model.toExemplar();
            saveButton.disableProperty().unbind();
            saveButton.setDisable(true);
            tasks.run(Messages.get("form.saving"), () -> {
                List<Long> dupes = draft.id() == null ? registry.possibleDuplicates(draft) : List.of();
                return dupes;
            }, dupes -> {
                if (!dupes.isEmpty() && !dialogs.confirm(Messages.get("form.duplicateHeader"),
                        Messages.get("form.duplicateText", draft.name(), dupes.toString()))) {
                    saveButton.disableProperty().bind(validation.invalidProperty());
                    return;
                }
                tasks.run(Messages.get("form.saving"), () -> registry.save(draft, readVersion), stored -> {
                    dialog.setResult(save);
                    dialog.close();
                    saved.accept(stored.id());
                }, err -> saveButton.disableProperty().bind(validation.invalidProperty()));
            });
        });
        dialog.show();
    }

    private Node build(List<Unit> units, List<Field> fields) {
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        ColumnConstraints labels = new ColumnConstraints(195);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, inputs);

        ObservableBooleanValue person = Bindings.equal(model.kind, ExemplarKind.INDIVIDUAL);
        ObservableBooleanValue collective = Bindings.equal(model.kind, ExemplarKind.COLLECTIVE);
        ObservableBooleanValue notPerson = Bindings.notEqual(model.kind, ExemplarKind.INDIVIDUAL);

        add("form.kind", choice("form-kind", model.kind, List.of(ExemplarKind.values()), false), null);
        add("form.category", choice("form-category", model.category, List.of(ExemplarCategory.values()), false), null);
        Label nameLabel = new Label();
        nameLabel.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("form.name." + model.kind.get()),
                model.kind));
        TextField name = text("form-name", model.name, model::checkName);
        grid.addRow(row++, nameLabel, name);
        add("form.gender", choice("form-gender", model.gender, List.of(Gender.values()), true), person);
        add("form.birthYear", text("form-birth-year", model.birthYear, model::checkBirthYear), person);
        add("form.birthDate", text("form-birth-date", model.birthDate, model::checkBirthDate), person);
        add("form.position", text("form-position", model.position, null), person);
        add("form.workplace", text("form-workplace", model.workplace, null), person);
        add("form.residence", text("form-residence", model.residence, null), person);
        add("form.idNumber", text("form-id-number", model.idNumber, model::checkIdNumber), person);
        add("form.headName", text("form-head-name", model.headName, null), collective);
        add("form.memberCount", text("form-member-count", model.memberCount, model::checkMemberCount), collective);
        add("form.address", text("form-address", model.address, null), notPerson);
        add("form.phone", text("form-phone", model.phone, model::checkPhone), null);
        add("form.unit", unitBox(units), null);
        add("form.fields", fieldBox(fields), null);
        add("form.discovery", choice("form-discovery", model.discovery, List.of(Discovery.values()), true), null);
        add("form.foundOn", text("form-found-on", model.foundOn, model::checkFoundOn), null);
        add("form.newModel", area("form-new-model", model.newModel, 2), null);
        add("form.summary", area("form-summary", model.summary, 3), null);
        add("form.account", area("form-account", model.account, 6), null);
        add("form.note", area("form-note", model.note, 2), null);
        ((TextField) name).setPromptText(Messages.get("form.namePrompt"));

        // re-check the kind-dependent fields when the kind changes
        model.kind.addListener((o, a, b) -> validation.revalidate());
        problems.setId("form-problems");
        problems.getStyleClass().add("danger");
        problems.setWrapText(true);
        problems.textProperty().bind(Bindings.createStringBinding(() -> validation.getValidationResult() == null ? ""
                : String.join("\n", validation.getValidationResult().getErrors().stream().map(m -> m.getText())
                .distinct().toList()), validation.validationResultProperty()));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox box = new VBox(8, problems, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return box;
    }

    private void add(String key, Control input, ObservableBooleanValue visible) {
        Label label = new Label(Messages.get(key));
        label.setLabelFor(input);
        grid.addRow(row++, label, input);
        if (visible != null) {
            for (Node n : List.of(label, input)) {
                n.visibleProperty().bind(visible);
                n.managedProperty().bind(visible);
            }
        }
    }

    private TextField text(String id, StringProperty p, Supplier<Optional<String>> check) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        register(f, check);
        return f;
    }

    private TextArea area(String id, StringProperty p, int rows) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        a.textProperty().bindBidirectional(p);
        return a;
    }

    private void register(TextInputControl c, Supplier<Optional<String>> check) {
        if (check == null) {
            return;
        }
        validation.registerValidator(c, false, (Control ctl, String v) -> {
            Optional<String> problem = check.get();
            return ValidationResult.fromMessageIf(ctl, problem.orElse(""), Severity.ERROR, problem.isPresent());
        });
    }

    /** A box of enum values; {@code optional} adds a "not given" entry. */
    private static <E extends Enum<E>> ComboBox<Choice<E>> choice(String id, ObjectProperty<E> p, List<E> values,
                                                                  boolean optional) {
        ComboBox<Choice<E>> box = new ComboBox<>();
        box.setId(id);
        if (optional) {
            box.getItems().add(new Choice<>(null, Messages.get("form.none")));
        }
        values.forEach(v -> box.getItems().add(new Choice<>(v, Messages.of(v))));
        box.setValue(box.getItems().stream().filter(c -> c.value() == p.get()).findFirst().orElse(box.getItems().get(0)));
        box.valueProperty().addListener((o, a, b) -> p.set(b == null ? null : b.value()));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private ComboBox<Choice<Long>> unitBox(List<Unit> units) {
        ComboBox<Choice<Long>> box = new ComboBox<>();
        box.setId("form-unit");
        box.getItems().add(new Choice<>(null, Messages.get("form.none")));
        UnitTree.indented(units).forEach(e -> box.getItems().add(new Choice<>(e.getKey().id(), e.getValue())));
        box.setValue(box.getItems().stream().filter(c -> java.util.Objects.equals(c.value(), model.unitId.get()))
                .findFirst().orElse(box.getItems().get(0)));
        box.valueProperty().addListener((o, a, b) -> model.unitId.set(b == null ? null : b.value()));
        box.setMaxWidth(Double.MAX_VALUE);
        box.setVisibleRowCount(16);
        return box;
    }

    private CheckComboBox<Choice<Long>> fieldBox(List<Field> fields) {
        CheckComboBox<Choice<Long>> box = new CheckComboBox<>();
        box.setId("form-fields");
        fields.forEach(f -> box.getItems().add(new Choice<>(f.id(), f.name())));
        box.setTitle(null);
        for (int i = 0; i < box.getItems().size(); i++) {
            if (model.fieldIds.contains(box.getItems().get(i).value())) {
                box.getCheckModel().check(i);
            }
        }
        box.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<Choice<Long>>) c ->
                model.fieldIds.setAll(box.getCheckModel().getCheckedItems().stream().map(Choice::value).toList()));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }
}
