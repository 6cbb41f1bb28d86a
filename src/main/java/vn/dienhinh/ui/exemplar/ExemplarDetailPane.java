package vn.dienhinh.ui.exemplar;

import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.dienhinh.model.Activity;
import vn.dienhinh.model.Deed;
import vn.dienhinh.model.IntroductionRow;
import vn.dienhinh.model.Evaluation;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.Field;
import vn.dienhinh.model.StatusChange;
import vn.dienhinh.model.Unit;
import vn.dienhinh.service.CatalogService;
import vn.dienhinh.service.Dates;
import vn.dienhinh.service.RegistryService;
import vn.dienhinh.ui.Columns;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.util.Messages;

/** The chosen exemplar: its attributes, deeds, lifecycle history and evaluations. */
final class ExemplarDetailPane {

    private final ExemplarServices services;
    private final RegistryService registry;
    private final CatalogService catalog;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final LongConsumer changed;
    private final VBox root = new VBox(10);
    private long shownGeneration;

    ExemplarDetailPane(ExemplarServices services, TaskRunner tasks, Dialogs dialogs, LongConsumer changed) {
        this.services = services;
        this.registry = services.registry();
        this.catalog = services.catalog();
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.changed = changed;
        root.setPadding(new Insets(12));
        root.setId("exemplar-detail");
        show(null);
    }

    VBox getRoot() {
        return root;
    }

    private record Loaded(Exemplar e, String unit, String fields, List<Deed> deeds, List<StatusChange> history,
                          List<Evaluation> evaluations, List<IntroductionRow> introductions, List<Activity> activities,
                          String campaigns, List<String[]> commendations,
                          List<vn.dienhinh.model.ChangeEntry> changes, List<vn.dienhinh.model.YearlyResult> results) {
    }

    void show(Long id) {
        long gen = ++shownGeneration;
        if (id == null) {
            root.getChildren().setAll(muted(Messages.get("exemplars.selectFirst")));
            return;
        }
        tasks.run(null, () -> {
            Exemplar e = registry.require(id);
            Unit u = e.unitId() == null ? null : catalog.unit(e.unitId());
            String fields = e.fieldIds().stream().map(catalog::field).filter(java.util.Objects::nonNull)
                    .map(Field::name).collect(Collectors.joining("; "));
            String campaigns = services.campaigns().campaignsOf(id).stream()
                    .map(c -> services.campaigns().require(c).name()).collect(Collectors.joining("; "));
            return new Loaded(e, u == null ? "" : u.name(), fields, registry.deeds(id), registry.history(id),
                    registry.evaluations(id), services.introductions().ofExemplar(id),
                    services.activities().ofExemplar(id), campaigns, commendationLines(id),
                    services.history().ofExemplar(id),
                    services.eligibility() == null ? null : services.eligibility().results(id));
        }, loaded -> {
            if (gen == shownGeneration) {
                render(loaded);
            }
        });
    }

    private void render(Loaded l) {
        Exemplar e = l.e();
        Label name = new Label(e.name());
        name.getStyleClass().add("title-3");
        name.setWrapText(true);
        Label sub = muted(Messages.of(e.kind()) + " · " + Messages.of(e.category()) + " · " + Messages.of(e.status()));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(118);
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values);
        int[] row = {0};
        java.util.function.BiConsumer<String, Object> put = (key, value) -> {
            String v = value == null ? "" : value.toString();
            if (!v.isBlank()) {
                Label k = muted(Messages.get(key));
                k.setWrapText(false);
                Label val = new Label(v);
                val.setWrapText(true);
                grid.addRow(row[0]++, k, val);
            }
        };
        put.accept("form.gender", e.gender() == null ? null : Messages.of(e.gender()));
        put.accept("form.birth", e.birthDate() != null ? Dates.format(e.birthDate()) : e.birthYear());
        put.accept("form.position", e.position());
        put.accept("form.workplace", e.workplace());
        put.accept("form.residence", e.residence());
        put.accept("form.phone", e.phone());
        put.accept("form.idNumber", e.idNumber() == null ? null : mask(e.idNumber()));
        put.accept("form.headName", e.headName());
        put.accept("form.memberCount", e.memberCount());
        put.accept("form.address", e.address());
        put.accept("form.unit", l.unit());
        put.accept("form.fields", l.fields());
        put.accept("form.discovery", e.discovery() == null ? null : Messages.of(e.discovery()));
        put.accept("col.foundOn", Dates.format(e.foundOn()));
        put.accept("detail.campaigns", l.campaigns());
        root.getChildren().setAll(name, sub, grid);
        para("form.newModel", e.newModel());
        para("form.summary", e.summary());
        para("form.account", e.account());
        para("form.note", e.note());
        TabPane tabs = new TabPane(deedsTab(e, l.deeds()), commendationsTab(l.commendations()), historyTab(l.history()),
                evaluationsTab(e, l.evaluations()), introductionsTab(e, l.introductions()), activitiesTab(l.activities()),
                vn.dienhinh.ui.ChangeHistoryView.tab(l.changes()));
        if (l.results() != null) {
            tabs.getTabs().add(4, resultsTab(e, l.results()));
        }
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinHeight(260);
        root.getChildren().add(vn.dienhinh.ui.WrappingTabs.of(tabs));
    }

    private static String mask(String id) {
        return id.length() <= 4 ? id : "•".repeat(id.length() - 4) + id.substring(id.length() - 4);
    }

    private void para(String key, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        Label head = new Label(Messages.get(key));
        head.getStyleClass().add("text-bold");
        Label body = new Label(text);
        body.setWrapText(true);
        root.getChildren().addAll(head, body);
    }

    private Tab deedsTab(Exemplar e, List<Deed> deeds) {
        TableView<Deed> t = new TableView<>();
        t.setId("deeds-table");
        t.getItems().setAll(deeds);
        t.getColumns().add(Columns.date("col.date", d -> Dates.format(d.date())));
        t.getColumns().add(Columns.text("col.deed", 260, d -> d.title() + (d.description() == null ? "" : " — " + d.description())));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(muted(Messages.get("detail.noDeeds")));
        Button add = new Button(Messages.get("detail.addDeed"));
        add.setOnAction(a -> DeedDialog.open(dialogs, registry, tasks, new Deed(null, e.id(), registry.today(), "", null),
                () -> changed.accept(e.id())));
        Button edit = new Button(Messages.get("exemplars.edit"));
        edit.disableProperty().bind(t.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(a -> DeedDialog.open(dialogs, registry, tasks, t.getSelectionModel().getSelectedItem(),
                () -> changed.accept(e.id())));
        Button del = new Button(Messages.get("exemplars.delete"));
        del.disableProperty().bind(t.getSelectionModel().selectedItemProperty().isNull());
        del.setOnAction(a -> {
            Deed d = t.getSelectionModel().getSelectedItem();
            if (dialogs.confirm(Messages.get("detail.deleteDeed", d.title()), Messages.get("detail.cannotUndo"))) {
                tasks.run(null, () -> {
                    registry.deleteDeed(d.id());
                    return null;
                }, v -> changed.accept(e.id()));
            }
        });
        return tab("detail.deeds", deeds.size(), t, add, edit, del);
    }

    private Tab historyTab(List<StatusChange> history) {
        TableView<StatusChange> t = new TableView<>();
        t.setId("history-table");
        t.getItems().setAll(history);
        t.getColumns().add(Columns.date("col.date", h -> Dates.format(h.date())));
        t.getColumns().add(Columns.text("col.step", 190, h -> (h.from() == null ? "" : Messages.of(h.from()) + " → ")
                + Messages.of(h.to())));
        t.getColumns().add(Columns.text("col.reason", 220, h -> h.reason() == null ? "" : h.reason()));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return tab("detail.history", history.size(), t);
    }

    private Tab evaluationsTab(Exemplar e, List<Evaluation> evaluations) {
        TableView<Evaluation> t = new TableView<>();
        t.getItems().setAll(evaluations);
        t.getColumns().add(Columns.text("col.period", 90, v -> v.period()));
        t.getColumns().add(Columns.text("col.rating", 140, v -> Messages.of(v.rating())));
        t.getColumns().add(Columns.text("col.content", 220, v -> v.content() == null ? "" : v.content()));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(muted(Messages.get("detail.noEvaluations")));
        Button add = new Button(Messages.get("detail.addEvaluation"));
        add.setOnAction(a -> EvaluationDialog.open(dialogs, registry, tasks, e.id(), () -> changed.accept(e.id())));
        Button del = new Button(Messages.get("exemplars.delete"));
        del.disableProperty().bind(t.getSelectionModel().selectedItemProperty().isNull());
        del.setOnAction(a -> {
            Evaluation v = t.getSelectionModel().getSelectedItem();
            if (dialogs.confirm(Messages.get("detail.deleteEvaluation", v.period()), Messages.get("detail.cannotUndo"))) {
                tasks.run(null, () -> {
                    registry.deleteEvaluation(v.id());
                    return null;
                }, x -> changed.accept(e.id()));
            }
        });
        return tab("detail.evaluations", evaluations.size(), t, add, del);
    }

    /** The yearly results eligibility is judged on: task rating and initiatives recognised, one per year. */
    private Tab resultsTab(Exemplar e, List<vn.dienhinh.model.YearlyResult> results) {
        TableView<vn.dienhinh.model.YearlyResult> t = new TableView<>();
        t.setId("exemplar-results");
        t.getItems().setAll(results);
        t.getColumns().add(Columns.text("history.field.year", 60, r -> String.valueOf(r.year())));
        t.getColumns().get(0).setMinWidth(56); // a year is never cut to "2…"
        t.getColumns().add(Columns.text("history.field.task_rating", 200, r -> Messages.of(r.rating())));
        t.getColumns().add(Columns.text("results.initiatives", 90, r -> String.valueOf(r.initiatives())));
        t.getColumns().add(Columns.text("form.note", 160, r -> r.note() == null ? "" : r.note()));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(muted(Messages.get("results.none")));
        Button add = new Button(Messages.get("results.add"));
        add.setId("detail-add-result");
        add.setOnAction(a -> YearlyResultDialog.open(dialogs, services, tasks, e.id(), null, () -> changed.accept(e.id())));
        Button edit = new Button(Messages.get("exemplars.edit"));
        edit.disableProperty().bind(t.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(a -> YearlyResultDialog.open(dialogs, services, tasks, e.id(), t.getSelectionModel()
                .getSelectedItem(), () -> changed.accept(e.id())));
        Button del = new Button(Messages.get("exemplars.delete"));
        del.disableProperty().bind(t.getSelectionModel().selectedItemProperty().isNull());
        del.setOnAction(a -> {
            vn.dienhinh.model.YearlyResult r = t.getSelectionModel().getSelectedItem();
            if (dialogs.confirm(Messages.get("results.delete", r.year()), Messages.get("detail.cannotUndo"))) {
                tasks.run(null, () -> {
                    services.eligibility().deleteResult(r.id());
                    return null;
                }, x -> changed.accept(e.id()));
            }
        });
        return tab("results.tab", results.size(), t, add, edit, del);
    }

    private Tab introductionsTab(Exemplar e, List<IntroductionRow> rows) {
        TableView<IntroductionRow> t = new TableView<>();
        t.setId("exemplar-introductions");
        t.getItems().setAll(rows);
        t.getColumns().add(Columns.text("board.quarterLabel", 80, r -> r.quarter().toString()));
        t.getColumns().add(Columns.text("col.unit", 160, IntroductionRow::unitName));
        t.getColumns().add(Columns.text("col.fields", 150, r -> r.fieldName() == null ? "" : r.fieldName()));
        t.getColumns().add(Columns.text("col.status", 90, r -> Messages.get(r.withdrawn() ? "board.withdrawn" : "board.counted")));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(muted(Messages.get("detail.noIntroductions")));
        Button add = new Button(Messages.get("detail.introduce"));
        add.setId("detail-introduce");
        add.setOnAction(a -> IntroduceDialog.open(dialogs, services, tasks, e, () -> changed.accept(e.id())));
        return tab("detail.introductions", rows.size(), t, add);
    }

    /** Year, form, level, decision of each commendation received, oldest first (called off the FX thread). */
    private List<String[]> commendationLines(long exemplarId) {
        var forms = services.awards().forms();
        var levels = services.awards().levelsByCode();
        List<String[]> out = new java.util.ArrayList<>();
        services.awards().historyByYear(exemplarId).forEach((year, list) -> list.forEach(c -> out.add(new String[]{
            String.valueOf(year), forms.stream().filter(f -> f.id() == c.formId()).map(f -> f.name()).findFirst().orElse(""),
            levels.containsKey(c.levelCode()) ? levels.get(c.levelCode()).name() : c.levelCode(),
            (c.decisionNumber() == null ? "" : c.decisionNumber()) + " " + Dates.format(c.decisionDate())})));
        return out;
    }

    private Tab commendationsTab(List<String[]> lines) {
        TableView<String[]> t = new TableView<>();
        t.setId("exemplar-commendations");
        t.getItems().setAll(lines);
        t.getColumns().add(Columns.text("award.year", 60, r -> r[0]));
        t.getColumns().add(Columns.text("award.form", 170, r -> r[1]));
        t.getColumns().add(Columns.text("nomination.colLevel", 120, r -> r[2]));
        t.getColumns().add(Columns.text("award.decision", 160, r -> r[3]));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(muted(Messages.get("detail.noCommendations")));
        return tab("detail.commendations", lines.size(), t);
    }

    private Tab activitiesTab(List<Activity> activities) {
        TableView<Activity> t = new TableView<>();
        t.getItems().setAll(activities);
        t.getColumns().add(Columns.date("col.date", a -> Dates.format(a.date())));
        t.getColumns().add(Columns.text("activity.form", 170, a -> Messages.of(a.form())));
        t.getColumns().add(Columns.text("activity.title", 220, Activity::title));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(muted(Messages.get("detail.noActivities")));
        return tab("activity.tab", activities.size(), t);
    }

    private static Tab tab(String key, int count, TableView<?> table, Button... buttons) {
        VBox box = new VBox(6);
        box.setPadding(new Insets(6, 0, 0, 0));
        if (buttons.length > 0) {
            box.getChildren().add(new HBox(6, buttons));
        }
        box.getChildren().add(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setPrefHeight(200);
        return new Tab(Messages.get(key) + " (" + count + ")", box);
    }


    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        l.setWrapText(true);
        return l;
    }
}
