package vn.dienhinh.ui.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import vn.dienhinh.model.Cluster;
import vn.dienhinh.model.Field;
import vn.dienhinh.model.Unit;
import vn.dienhinh.service.CatalogService;
import vn.dienhinh.service.ChangeHistoryService;
import vn.dienhinh.ui.ChangeHistoryView;
import vn.dienhinh.service.Dates;
import vn.dienhinh.ui.Choice;
import vn.dienhinh.ui.Columns;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.Screen;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.ui.UiPart;
import vn.dienhinh.ui.UnitTree;
import vn.dienhinh.util.Messages;

/** Danh mục: the unit tree with clusters, and the fields. A unit or field in use is deleted only after saying where its exemplars go. */
public final class CatalogView extends UiPart<BorderPane> implements Screen {

    private final CatalogService catalog;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private List<Unit> units = List.of();
    private List<Cluster> clusters = List.of();

    @FXML
    private TreeTableView<Unit> unitTable;
    @FXML
    private javafx.scene.control.TabPane tabs;
    private RulesPane rules;
    @FXML
    private TableView<Field> fieldTable;
    @FXML
    private Button editUnitButton;
    @FXML
    private Button deleteUnitButton;
    @FXML
    private Button addChildButton;
    @FXML
    private Button editFieldButton;
    @FXML
    private Button unitHistoryButton;
    @FXML
    private Button fieldHistoryButton;
    @FXML
    private Button deleteFieldButton;

    private final ChangeHistoryService history;

    public CatalogView(CatalogService catalog, ChangeHistoryService history, TaskRunner tasks, Dialogs dialogs) {
        this.catalog = catalog;
        this.history = history;
        this.tasks = tasks;
        this.dialogs = dialogs;
        buildUnitTable();
        buildFieldTable();
        refresh();
    }

    /** Danh mục gains the tab of the conditions of titles and forms (Điều kiện xét tặng). */
    public void setEligibility(vn.dienhinh.service.EligibilityService eligibility, vn.dienhinh.service.AwardService awards) {
        rules = new RulesPane(eligibility, awards, tasks, dialogs);
        javafx.scene.control.Tab tab = new javafx.scene.control.Tab(Messages.get("rules.tab"), rules.view());
        tab.setId("rulesTab");
        tabs.getTabs().add(tab);
    }

    private void buildUnitTable() {
        unitTable.setShowRoot(false);
        unitTable.setPlaceholder(new Label(Messages.get("unit.none")));
        unitTable.getColumns().add(treeCol("unit.name", 300, Unit::name));
        unitTable.getColumns().add(treeCol("unit.type", 130, Unit::type));
        unitTable.getColumns().add(treeCol("unit.cluster", 220, u -> clusterName(u.clusterId())));
        unitTable.getColumns().add(treeCol("unit.contact", 170, u -> join(u.contactName(), u.contactPhone())));
        unitTable.getColumns().add(treeCol("unit.activeFrom", 110, u -> Dates.format(u.activeFrom())));
        unitTable.getColumns().add(treeCol("unit.active", 90, u -> Messages.get(u.active() ? "unit.yes" : "unit.no")));
        unitTable.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        var none = unitTable.getSelectionModel().selectedItemProperty().isNull();
        editUnitButton.disableProperty().bind(none);
        deleteUnitButton.disableProperty().bind(none);
        addChildButton.disableProperty().bind(none);
        unitHistoryButton.disableProperty().bind(none);
        unitTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                editUnit();
            }
        });
    }

    private void buildFieldTable() {
        fieldTable.setPlaceholder(new Label(Messages.get("field.none")));
        fieldTable.getColumns().add(Columns.text("field.order", 60, f -> String.valueOf(f.sortOrder())));
        fieldTable.getColumns().add(Columns.text("field.name", 360, Field::name));
        fieldTable.getColumns().add(Columns.text("field.shortName", 170, Field::shortName));
        fieldTable.getColumns().add(Columns.text("unit.activeFrom", 110, f -> Dates.format(f.activeFrom())));
        fieldTable.getColumns().add(Columns.text("unit.active", 90, f -> Messages.get(f.active() ? "unit.yes" : "unit.no")));
        fieldTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        var none = fieldTable.getSelectionModel().selectedItemProperty().isNull();
        editFieldButton.disableProperty().bind(none);
        deleteFieldButton.disableProperty().bind(none);
        fieldHistoryButton.disableProperty().bind(none);
        fieldTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                editField();
            }
        });
    }

    @Override
    public Node view() {
        return getRoot();
    }

    @Override
    public void refresh() {
        if (rules != null) {
            rules.refresh(); // a form added on the commendations screen appears here
        }
        tasks.run(null, () -> new Object[]{catalog.units(), catalog.clusters(), catalog.fields()}, r -> {
            @SuppressWarnings("unchecked")
            List<Unit> us = (List<Unit>) r[0];
            @SuppressWarnings("unchecked")
            List<Cluster> cs = (List<Cluster>) r[1];
            @SuppressWarnings("unchecked")
            List<Field> fs = (List<Field>) r[2];
            units = us;
            clusters = cs;
            unitTable.setRoot(tree(us));
            fieldTable.getItems().setAll(fs);
        });
    }

    private static TreeItem<Unit> tree(List<Unit> units) {
        TreeItem<Unit> root = new TreeItem<>();
        Map<Long, TreeItem<Unit>> items = new HashMap<>();
        for (Map.Entry<Unit, String> e : UnitTree.indented(units)) {
            Unit u = e.getKey();
            TreeItem<Unit> item = new TreeItem<>(u);
            items.put(u.id(), item);
            TreeItem<Unit> parent = u.parentId() == null ? root : items.getOrDefault(u.parentId(), root);
            parent.getChildren().add(item);
        }
        return root;
    }

    private Unit selectedUnit() {
        TreeItem<Unit> i = unitTable.getSelectionModel().getSelectedItem();
        return i == null ? null : i.getValue();
    }

    @FXML
    private void addUnit() {
        UnitDialog.open(dialogs, tasks, catalog, units, clusters, Unit.named("", null), this::refresh);
    }

    @FXML
    private void addChildUnit() {
        Unit parent = selectedUnit();
        if (parent != null) {
            Unit child = new Unit(null, parent.id(), "", null, parent.clusterId(), null, null, null, null, true, null);
            UnitDialog.open(dialogs, tasks, catalog, units, clusters, child, this::refresh);
        }
    }

    @FXML
    private void editUnit() {
        Unit u = selectedUnit();
        if (u != null) {
            UnitDialog.open(dialogs, tasks, catalog, units, clusters, u, this::refresh);
        }
    }

    @FXML
    private void deleteUnit() {
        Unit u = selectedUnit();
        if (u == null) {
            return;
        }
        tasks.run(null, () -> new long[]{catalog.unitUsage(u.id()), catalog.introductionsOfUnit(u.id())}, usage -> {
            long used = usage[0];
            Long moveTo = null;
            if (used > 0) {
                var others = UnitTree.indented(units).stream()
                        .filter(e -> !CatalogService.descendantsAndSelf(units, u.id()).contains(e.getKey().id()))
                        .map(e -> new Choice<>(e.getKey().id(), e.getValue().strip())).toList();
                var chosen = dialogs.choose(Messages.get("valid.unitInUse", u.name(), used - usage[1], usage[1]),
                        Messages.get("catalog.moveTo"), others.isEmpty() ? null : others.get(0), others);
                if (chosen.isEmpty() || chosen.get() == null) {
                    return;
                }
                moveTo = chosen.get().value();
            } else if (!dialogs.confirm(Messages.get("catalog.deleteUnit", u.name()), Messages.get("catalog.deleteUnitText"))) {
                return;
            }
            Long target = moveTo;
            tasks.run(null, () -> {
                catalog.deleteUnit(u.id(), target);
                return null;
            }, v -> refresh());
        });
    }

    @FXML
    private void unitHistory() {
        Unit u = selectedUnit();
        if (u != null) {
            ChangeHistoryView.show(dialogs, tasks, history, "unit", u.id(), u.name());
        }
    }

    @FXML
    private void fieldHistory() {
        Field f = fieldTable.getSelectionModel().getSelectedItem();
        if (f != null) {
            ChangeHistoryView.show(dialogs, tasks, history, "field", f.id(), f.name());
        }
    }

    @FXML
    private void addField() {
        FieldDialog.open(dialogs, tasks, catalog, new Field(null, "", null, 0, null, true), this::refresh);
    }

    @FXML
    private void editField() {
        Field f = fieldTable.getSelectionModel().getSelectedItem();
        if (f != null) {
            FieldDialog.open(dialogs, tasks, catalog, f, this::refresh);
        }
    }

    @FXML
    private void deleteField() {
        Field f = fieldTable.getSelectionModel().getSelectedItem();
        if (f == null) {
            return;
        }
        tasks.run(null, () -> catalog.fieldUsage(f.id()), used -> {
            Long moveTo = null;
            if (used > 0) {
                var others = fieldTable.getItems().stream().filter(o -> !o.id().equals(f.id()))
                        .map(o -> new Choice<>(o.id(), o.name())).toList();
                var chosen = dialogs.choose(Messages.get("valid.fieldInUse", f.name(), used),
                        Messages.get("catalog.moveToField"), others.isEmpty() ? null : others.get(0), others);
                if (chosen.isEmpty() || chosen.get() == null) {
                    return;
                }
                moveTo = chosen.get().value();
            } else if (!dialogs.confirm(Messages.get("catalog.deleteField", f.name()), Messages.get("detail.cannotUndo"))) {
                return;
            }
            Long target = moveTo;
            tasks.run(null, () -> {
                catalog.deleteField(f.id(), target);
                return null;
            }, v -> refresh());
        });
    }

    private String clusterName(Long id) {
        return id == null ? "" : clusters.stream().filter(c -> c.id().equals(id)).map(Cluster::name).findFirst().orElse("");
    }

    private static String join(String a, String b) {
        return (a == null ? "" : a) + (a != null && b != null ? " · " : "") + (b == null ? "" : b);
    }

    private static TreeTableColumn<Unit, String> treeCol(String key, double width, Function<Unit, String> f) {
        TreeTableColumn<Unit, String> c = new TreeTableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().getValue() == null ? ""
                : f.apply(cd.getValue().getValue())));
        return c;
    }

}
