package vn.dienhinh.ui.catalog;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.EligibilityRule;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.RuleKind;
import vn.dienhinh.model.TaskRating;
import vn.dienhinh.service.AwardService;
import vn.dienhinh.service.EligibilityService;
import vn.dienhinh.ui.Choice;
import vn.dienhinh.ui.Columns;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.SmallForm;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.util.Messages;

/**
 * Danh mục › Điều kiện xét tặng: every condition of every title or form, with its article; each one
 * added, edited, switched on or off and deleted here, and the suggestions follow at once.
 */
final class RulesPane {

    private final EligibilityService eligibility;
    private final AwardService awards;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final TableView<EligibilityRule> table = new TableView<>();
    private final VBox root;
    private Map<Long, String> names = new HashMap<>();
    private List<AwardForm> forms = List.of();

    RulesPane(EligibilityService eligibility, AwardService awards, TaskRunner tasks, Dialogs dialogs) {
        this.eligibility = eligibility;
        this.awards = awards;
        this.tasks = tasks;
        this.dialogs = dialogs;
        table.setId("ruleTable");
        table.setPlaceholder(new Label(Messages.get("rules.none")));
        table.getColumns().add(Columns.text("rules.colForm", 170, r -> names.getOrDefault(r.formId(), "")));
        table.getColumns().add(Columns.text("rules.colCondition", 300, r -> EligibilityService.describe(r,
                id -> names.getOrDefault(id, "?"))));
        table.getColumns().add(Columns.text("rules.colFor", 110, r -> r.appliesTo().isEmpty() ? Messages.get("rules.forAll")
                : r.appliesTo().stream().sorted().map(Messages::of).collect(Collectors.joining(", "))));
        table.getColumns().add(Columns.text("rules.colActive", 90, r -> Messages.get(r.active() ? "unit.yes" : "unit.no")));
        table.getColumns().add(Columns.text("rules.colBasis", 220, EligibilityRule::basis));
        table.getColumns().add(Columns.text("rules.colNote", 320, r -> r.note() == null ? "" : r.note()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        var none = table.getSelectionModel().selectedItemProperty().isNull();
        Button add = new Button(Messages.get("rules.add"));
        add.getStyleClass().add("accent");
        add.setOnAction(e -> edit(null));
        Button edit = new Button(Messages.get("exemplars.edit"));
        edit.setId("ruleEdit");
        edit.disableProperty().bind(none);
        edit.setOnAction(e -> edit(table.getSelectionModel().getSelectedItem()));
        Button toggle = new Button(Messages.get("rules.toggle"));
        toggle.setId("ruleToggle");
        toggle.disableProperty().bind(none);
        toggle.setOnAction(e -> {
            EligibilityRule r = table.getSelectionModel().getSelectedItem();
            tasks.run(null, () -> eligibility.saveRule(r.withActive(!r.active())), x -> refresh());
        });
        Button delete = new Button(Messages.get("exemplars.delete"));
        delete.getStyleClass().add("danger");
        delete.disableProperty().bind(none);
        delete.setOnAction(e -> {
            EligibilityRule r = table.getSelectionModel().getSelectedItem();
            if (dialogs.confirm(Messages.get("rules.delete", EligibilityService.describe(r, id -> names.getOrDefault(id, "?")),
                    names.getOrDefault(r.formId(), "")), Messages.get("detail.cannotUndo"))) {
                tasks.run(null, () -> {
                    eligibility.deleteRule(r.id());
                    return null;
                }, x -> refresh());
            }
        });
        Label header = new Label(Messages.get("rules.header"));
        header.setWrapText(true);
        root = new VBox(8, header, new HBox(8, add, edit, toggle, delete), table);
        root.setPadding(new Insets(8, 14, 12, 14));
        refresh();
    }

    Node view() {
        return root;
    }

    void refresh() {
        Long selected = table.getSelectionModel().getSelectedItem() == null ? null
                : table.getSelectionModel().getSelectedItem().id();
        tasks.run(null, () -> new Object[]{awards.forms(), eligibility.rules()}, r -> {
            @SuppressWarnings("unchecked")
            List<AwardForm> f = (List<AwardForm>) r[0];
            @SuppressWarnings("unchecked")
            List<EligibilityRule> rules = (List<EligibilityRule>) r[1];
            forms = f;
            Map<Long, String> n = new HashMap<>();
            f.forEach(x -> n.put(x.id(), x.name()));
            names = n;
            table.getItems().setAll(rules);
            rules.stream().filter(x -> x.id().equals(selected)).findFirst().ifPresent(x -> table.getSelectionModel().select(x));
        });
    }

    private void edit(EligibilityRule old) {
        ComboBox<Choice<AwardForm>> form = forms("ruleForm");
        ComboBox<Choice<RuleKind>> kind = new ComboBox<>();
        kind.setId("ruleKind");
        for (RuleKind k : RuleKind.values()) {
            kind.getItems().add(new Choice<>(k, Messages.of(k)));
        }
        ComboBox<Choice<AwardForm>> ref = forms("ruleRef");
        Spinner<Integer> years = new Spinner<>(1, 30, old == null ? 1 : old.years());
        years.setId("ruleYears");
        years.setEditable(true);
        Spinner<Integer> amount = new Spinner<>(1, 100, old == null ? 1 : old.amount());
        amount.setId("ruleAmount");
        amount.setEditable(true);
        ComboBox<Choice<TaskRating>> rating = new ComboBox<>();
        for (TaskRating t : TaskRating.values()) {
            rating.getItems().add(new Choice<>(t, Messages.of(t)));
        }
        Spinner<Integer> slack = new Spinner<>(0, 5, old == null ? 0 : old.slack());
        slack.setEditable(true);
        Map<ExemplarKind, CheckBox> kinds = new java.util.EnumMap<>(ExemplarKind.class);
        HBox kindBoxes = new HBox(10);
        for (ExemplarKind k : ExemplarKind.values()) {
            CheckBox c = new CheckBox(Messages.of(k));
            c.setSelected(old != null && old.appliesTo().contains(k));
            kinds.put(k, c);
            kindBoxes.getChildren().add(c);
        }
        CheckBox active = new CheckBox(Messages.get("rules.active"));
        active.setSelected(old == null || old.active());
        TextField basis = new TextField(old == null ? "" : old.basis());
        basis.setId("ruleBasis");
        TextArea note = new TextArea(old == null || old.note() == null ? "" : old.note());
        note.setPrefRowCount(4);
        note.setWrapText(true);
        select(form, old == null ? null : old.formId());
        select(ref, old == null ? null : old.refFormId());
        kind.getItems().stream().filter(c -> old != null && c.value() == old.kind()).findFirst()
                .ifPresentOrElse(c -> kind.getSelectionModel().select(c), () -> kind.getSelectionModel().select(0));
        rating.getSelectionModel().select(old == null || old.rating() == null ? 1 : old.rating().ordinal());
        ref.disableProperty().bind(Bindings.createBooleanBinding(() -> kind.getValue() == null
                || (kind.getValue().value() != RuleKind.TITLE && kind.getValue().value() != RuleKind.SHARE), kind.valueProperty()));
        rating.disableProperty().bind(Bindings.createBooleanBinding(() -> kind.getValue() == null
                || kind.getValue().value() != RuleKind.RATING, kind.valueProperty()));
        // only what the kind of condition reads is open for input
        amount.disableProperty().bind(Bindings.createBooleanBinding(() -> kind.getValue() == null
                || (kind.getValue().value() != RuleKind.INITIATIVES && kind.getValue().value() != RuleKind.SHARE),
                kind.valueProperty()));
        slack.disableProperty().bind(Bindings.createBooleanBinding(() -> kind.getValue() == null
                || kind.getValue().value() != RuleKind.TITLE, kind.valueProperty()));
        new SmallForm()
                .row("rules.colForm", form)
                .row("rules.kind", kind)
                .row("rules.ref", ref)
                .row("rules.years", years)
                .row("rules.amount", amount)
                .row("rules.rating", rating)
                .row("rules.slack", slack)
                .row("rules.colFor", kindBoxes)
                .row("rules.active", active)
                .row("rules.colBasis", basis)
                .row("rules.colNote", note)
                .show(dialogs, tasks, Messages.get("rules.title"), Messages.get("rules.header"),
                        form.valueProperty().isNull(), () -> {
                            Set<ExemplarKind> applies = EnumSet.noneOf(ExemplarKind.class);
                            kinds.forEach((k, c) -> {
                                if (c.isSelected()) {
                                    applies.add(k);
                                }
                            });
                            return eligibility.saveRule(new EligibilityRule(old == null ? null : old.id(),
                                    form.getValue().value().id(), kind.getValue().value(),
                                    ref.getValue() == null ? null : ref.getValue().value().id(), years.getValue(),
                                    amount.getValue(), rating.getValue() == null ? null : rating.getValue().value(),
                                    slack.getValue(), applies, active.isSelected(), basis.getText(), note.getText(),
                                    old == null ? 99 : old.sortOrder()));
                        }, x -> refresh());
    }

    private ComboBox<Choice<AwardForm>> forms(String id) {
        ComboBox<Choice<AwardForm>> box = new ComboBox<>();
        box.setId(id);
        for (AwardForm f : forms) {
            box.getItems().add(new Choice<>(f, f.name()));
        }
        return box;
    }

    private static void select(ComboBox<Choice<AwardForm>> box, Long id) {
        box.getItems().stream().filter(c -> c.value().id().equals(id)).findFirst()
                .ifPresent(c -> box.getSelectionModel().select(c));
    }
}
