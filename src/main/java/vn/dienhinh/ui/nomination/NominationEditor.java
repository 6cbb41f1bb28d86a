package vn.dienhinh.ui.nomination;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.CheckListView;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.AwardLevel;
import vn.dienhinh.model.Deed;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.Nomination;
import vn.dienhinh.model.Nominee;
import vn.dienhinh.model.Unit;
import vn.dienhinh.ui.Choice;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.SmallForm;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.ui.UnitTree;
import vn.dienhinh.util.Messages;

/** Builds a nomination: form and level, proposing unit, addressee, and the nominees with the deeds that ground them. */
final class NominationEditor {

    private final NominationServices s;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final Nomination original;
    private final ComboBox<Choice<Long>> form = new ComboBox<>();
    private final ComboBox<Choice<String>> level = new ComboBox<>();
    private final ComboBox<Choice<Long>> unit = new ComboBox<>();
    private final TextField authority = new TextField();
    private final TextField title = new TextField();
    private final ObservableList<Choice<Long>> nominees = FXCollections.observableArrayList();
    private final Map<Long, List<Long>> deedsOf = new LinkedHashMap<>();
    private final ListView<Choice<Long>> nomineeList = new ListView<>(nominees);
    private final CheckListView<Choice<Long>> deedList = new CheckListView<>();
    private final Label problems = new Label();
    private final PauseTransition recheck = new PauseTransition(Duration.millis(300));
    private List<AwardForm> forms;
    private List<AwardLevel> levels;
    private boolean loadingDeeds;

    private NominationEditor(NominationServices s, TaskRunner tasks, Dialogs dialogs, Nomination original) {
        this.s = s;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.original = original;
    }

    static void open(Dialogs dialogs, TaskRunner tasks, NominationServices s, Nomination n, Runnable done) {
        tasks.run(null, () -> {
            Map<Long, String> names = new LinkedHashMap<>();
            if (n != null) {
                for (Nominee ne : n.nominees()) {
                    names.put(ne.exemplarId(), s.registry().require(ne.exemplarId()).name());
                }
            }
            return new Object[]{s.awards().forms(), s.awards().levels(), s.catalog().units(), names};
        }, r -> {
            NominationEditor e = new NominationEditor(s, tasks, dialogs, n);
            @SuppressWarnings("unchecked")
            List<AwardForm> f = (List<AwardForm>) r[0];
            @SuppressWarnings("unchecked")
            List<AwardLevel> l = (List<AwardLevel>) r[1];
            @SuppressWarnings("unchecked")
            List<Unit> u = (List<Unit>) r[2];
            @SuppressWarnings("unchecked")
            Map<Long, String> names = (Map<Long, String>) r[3];
            e.build(f, l, u, names, done);
        });
    }

    private void build(List<AwardForm> formList, List<AwardLevel> levelList, List<Unit> units, Map<Long, String> names,
                       Runnable done) {
        forms = formList;
        levels = levelList;
        formList.stream().filter(f -> f.active() || (original != null && f.id() == original.formId()))
                .forEach(f -> form.getItems().add(new Choice<>(f.id(), f.name())));
        form.valueProperty().addListener((o, a, b) -> fillLevels());
        UnitTree.indented(units).forEach(x -> unit.getItems().add(new Choice<>(x.getKey().id(), x.getValue())));
        authority.setPromptText(Messages.get("nomination.authorityPrompt"));
        if (original != null) {
            form.getItems().stream().filter(c -> c.value() == original.formId()).findFirst().ifPresent(form::setValue);
            level.getItems().stream().filter(c -> c.value().equals(original.levelCode())).findFirst().ifPresent(level::setValue);
            unit.getItems().stream().filter(c -> Objects.equals(c.value(), original.proposingUnitId())).findFirst()
                    .ifPresent(unit::setValue);
            authority.setText(original.authority());
            title.setText(original.title());
            for (Nominee ne : original.nominees()) {
                nominees.add(new Choice<>(ne.exemplarId(), names.get(ne.exemplarId())));
                deedsOf.put(ne.exemplarId(), new ArrayList<>(ne.deedIds()));
            }
        } else if (!form.getItems().isEmpty()) {
            form.setValue(form.getItems().get(0));
        }
        nomineeList.setPlaceholder(new Label(Messages.get("nomination.noNominees")));
        nomineeList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showDeeds(b));
        deedList.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<Choice<Long>>) c -> {
            Choice<Long> who = nomineeList.getSelectionModel().getSelectedItem();
            if (who != null && !loadingDeeds) {
                deedsOf.put(who.value(), deedList.getCheckModel().getCheckedItems().stream().map(Choice::value).toList());
                recheck.playFromStart();
            }
        });
        recheck.setOnFinished(e -> checkRules());
        for (var box : List.of(form, level, unit)) {
            box.setMaxWidth(Double.MAX_VALUE);
            box.valueProperty().addListener((o, a, b) -> recheck.playFromStart());
        }
        problems.getStyleClass().add("danger");
        problems.setWrapText(true);
        problems.setId("nomination-problems");
        SmallForm.showDialog(dialogs, tasks, Messages.get(original == null ? "nomination.add" : "nomination.edit"), null,
                content(), 820, form.valueProperty().isNull().or(level.valueProperty().isNull()),
                () -> s.nominations().save(draft()), saved -> done.run());
        recheck.playFromStart();
    }

    private VBox content() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.addRow(0, new Label(Messages.get("nomination.colForm")), form);
        g.addRow(1, new Label(Messages.get("nomination.colLevel")), level);
        g.addRow(2, new Label(Messages.get("col.unit")), unit);
        g.addRow(3, new Label(Messages.get("nomination.authority")), authority);
        g.addRow(4, new Label(Messages.get("nomination.title")), title);
        javafx.scene.layout.ColumnConstraints grow = new javafx.scene.layout.ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(170), grow);
        TextField find = new TextField();
        find.setPromptText(Messages.get("campaign.linkSearch"));
        HBox.setHgrow(find, Priority.ALWAYS);
        Button add = new Button(Messages.get("nomination.addNominee"));
        Runnable search = () -> tasks.run(null, () -> s.registry().page(ExemplarFilter.ALL.withSearch(find.getText()), 0, 20),
                found -> {
                    if (found.isEmpty()) {
                        dialogs.info(Messages.get("campaign.linkNone", find.getText()));
                        return;
                    }
                    List<Choice<Long>> choices = found.stream().map(x -> new Choice<>(x.id(), x.name())).toList();
                    dialogs.choose(Messages.get("nomination.addNominee"), Messages.get("col.name"), choices.get(0), choices)
                            .filter(c -> nominees.stream().noneMatch(x -> x.value().equals(c.value())))
                            .ifPresent(c -> {
                                nominees.add(c);
                                deedsOf.put(c.value(), new ArrayList<>());
                                nomineeList.getSelectionModel().select(c);
                                find.clear();
                                recheck.playFromStart();
                            });
                });
        add.setOnAction(e -> search.run());
        find.setOnAction(e -> search.run());
        Button remove = new Button(Messages.get("campaign.unlink"));
        remove.disableProperty().bind(nomineeList.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            Choice<Long> c = nomineeList.getSelectionModel().getSelectedItem();
            nominees.remove(c);
            deedsOf.remove(c.value());
            recheck.playFromStart();
        });
        nomineeList.setPrefHeight(180);
        deedList.setPrefHeight(180);
        HBox lists = new HBox(10, labelled("nomination.nomineeList", nomineeList), labelled("nomination.deedList", deedList));
        VBox box = new VBox(10, g, new HBox(6, find, add, remove), lists, problems);
        box.setPadding(new Insets(8));
        return box;
    }

    private static VBox labelled(String key, javafx.scene.Node n) {
        VBox v = new VBox(4, new Label(Messages.get(key)), n);
        HBox.setHgrow(v, Priority.ALWAYS);
        return v;
    }

    private void fillLevels() {
        Choice<Long> f = form.getValue();
        String before = level.getValue() == null ? null : level.getValue().value();
        level.getItems().clear();
        if (f == null) {
            return;
        }
        AwardForm chosen = forms.stream().filter(x -> x.id().equals(f.value())).findFirst().orElse(null);
        for (AwardLevel l : levels) {
            if (chosen != null && chosen.levels().contains(l.code())) {
                level.getItems().add(new Choice<>(l.code(), l.name()));
            }
        }
        level.setValue(level.getItems().stream().filter(c -> c.value().equals(before)).findFirst()
                .orElse(level.getItems().isEmpty() ? null : level.getItems().get(0)));
    }

    private void showDeeds(Choice<Long> who) {
        loadingDeeds = true;
        deedList.getItems().clear();
        loadingDeeds = false;
        if (who == null) {
            return;
        }
        tasks.run(null, () -> s.registry().deeds(who.value()), deeds -> {
            loadingDeeds = true;
            deedList.getItems().clear();
            for (Deed d : deeds) {
                deedList.getItems().add(new Choice<>(d.id(), d.title() + (d.date() == null ? ""
                        : " (" + vn.dienhinh.service.Dates.format(d.date()) + ")")));
            }
            List<Long> chosen = deedsOf.getOrDefault(who.value(), List.of());
            deedList.getItems().stream().filter(c -> chosen.contains(c.value())).forEach(deedList.getCheckModel()::check);
            loadingDeeds = false;
        });
    }

    private Nomination draft() {
        List<Nominee> list = new ArrayList<>();
        for (Choice<Long> c : nominees) {
            list.add(new Nominee(null, c.value(), null, deedsOf.getOrDefault(c.value(), List.of())));
        }
        return new Nomination(original == null ? null : original.id(), form.getValue().value(), level.getValue().value(),
                unit.getValue() == null ? null : unit.getValue().value(), authority.getText(),
                original == null ? null : original.campaignId(), original == null ? null : original.docNumber(),
                title.getText(), original == null ? null : original.status(), original == null ? null : original.createdOn(),
                null, null, null, original == null ? null : original.note(), list,
                original == null ? Map.of() : original.papers());
    }

    private void checkRules() {
        if (form.getValue() == null || level.getValue() == null) {
            return;
        }
        Nomination d = draft();
        tasks.run(null, () -> s.nominations().problems(d), p -> problems.setText(p.values().stream()
                .flatMap(List::stream).reduce((a, b) -> a + "\n" + b).orElse("")));
    }
}
