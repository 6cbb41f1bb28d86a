package vn.dienhinh.ui.exemplar;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import atlantafx.base.controls.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.dienhinh.model.ExemplarRow;
import vn.dienhinh.service.Dates;
import vn.dienhinh.ui.Choice;
import vn.dienhinh.ui.Columns;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.Screen;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.ui.UiPart;
import vn.dienhinh.util.Messages;

/** The registry screen: search and filters, the virtualised table, the detail of the chosen exemplar. */
public final class ExemplarListView extends UiPart<BorderPane> implements Screen {

    private final ExemplarListViewModel model;
    private final Dialogs dialogs;
    private final ExemplarDetailPane detail;

    @FXML
    private Label countLabel;
    @FXML
    private CustomTextField searchField;
    @FXML
    private ComboBox<Choice<vn.dienhinh.model.ExemplarKind>> kindBox;
    @FXML
    private ComboBox<Choice<Long>> fieldBox;
    @FXML
    private ComboBox<Choice<Long>> unitBox;
    @FXML
    private ComboBox<Choice<vn.dienhinh.model.ExemplarStatus>> statusBox;
    @FXML
    private ComboBox<Choice<Integer>> yearBox;
    @FXML
    private TableView<ExemplarRow> table;
    @FXML
    private Button commendedChip;
    @FXML
    private ScrollPane detailScroll;
    @FXML
    private Button editButton;
    @FXML
    private Button deleteButton;
    @FXML
    private Button statusButton;
    @FXML
    private Button exportButton;
    private java.util.function.Consumer<vn.dienhinh.model.ExemplarFilter> excelExport;

    public ExemplarListView(ExemplarServices services, TaskRunner tasks, Dialogs dialogs) {
        this.model = new ExemplarListViewModel(services.registry(), services.catalog(), tasks);
        this.dialogs = dialogs;
        this.detail = new ExemplarDetailPane(services, tasks, dialogs, this::afterDetailChange);
        detailScroll.setContent(detail.getRoot());
        bindFilters();
        buildTable();
        countLabel.textProperty().bind(model.rows().total().asString().map(n -> Messages.get("exemplars.count",
                String.format(Messages.LOCALE, "%,d", Long.parseLong(n)).replace(',', '.'))));
        table.setPlaceholder(new Label(Messages.get("exemplars.loading")));
        model.rows().reloads().addListener((o, a, b) -> {
            boolean unfiltered = model.filter().equals(vn.dienhinh.model.ExemplarFilter.ALL);
            Label placeholder = new Label(Messages.get(unfiltered ? "exemplars.emptyRegistry" : "exemplars.empty"));
            placeholder.setWrapText(true);
            placeholder.setMaxWidth(420);
            table.setPlaceholder(placeholder);
        });
        model.reloadChoices();
        model.reload();
    }

    private void bindFilters() {
        searchField.setLeft(new FontIcon(Material2MZ.SEARCH));
        searchField.textProperty().bindBidirectional(model.search);
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                searchField.clear();
            }
        });
        bindBox(kindBox, model.kinds, model.kind);
        bindBox(fieldBox, model.fields, model.field);
        bindBox(unitBox, model.units, model.unit);
        bindBox(statusBox, model.statuses, model.status);
        bindBox(yearBox, model.years, model.year);
        commendedChip.visibleProperty().bind(model.commended.isNotNull());
        commendedChip.managedProperty().bind(commendedChip.visibleProperty());
        commendedChip.textProperty().bind(model.commended.map(c -> c.label() + "  ✕").orElse(""));
        commendedChip.setOnAction(e -> model.commended.set(null));
    }

    private static <T> void bindBox(ComboBox<Choice<T>> box, javafx.collections.ObservableList<Choice<T>> items,
                                    javafx.beans.property.ObjectProperty<Choice<T>> value) {
        box.setItems(items);
        box.valueProperty().bindBidirectional(value);
    }

    private void buildTable() {
        table.setItems(model.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        addColumn("col.nameShort", 190, 150, ExemplarRow::name);
        addColumn("col.kind", 104, 100, r -> Messages.of(r.kind()));
        addColumn("col.birthYear", 94, 92, r -> r.birthYear() == null ? "" : r.birthYear().toString());
        addColumn("col.unit", 180, 120, ExemplarRow::unitName);
        addColumn("col.fields", 150, 100, ExemplarRow::fields);
        addColumn("col.status", 120, 100, r -> Messages.of(r.status()));
        addColumn("col.foundOnShort", 104, 100, r -> Dates.format(r.foundOn()));
        table.getColumns().forEach(c -> c.setSortable(false)); // the list is always in Vietnamese alphabetical order
        table.setRowFactory(tv -> {
            TableRow<ExemplarRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && row.getItem() != null) {
                    edit();
                }
            });
            return row;
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            detail.show(b == null ? null : b.id());
            boolean none = b == null;
            editButton.setDisable(none);
            deleteButton.setDisable(none);
            statusButton.setDisable(none);
        });
        editButton.setDisable(true);
        deleteButton.setDisable(true);
        statusButton.setDisable(true);
        exportButton.setDisable(true);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                edit();
            } else if (e.getCode() == KeyCode.DELETE) {
                delete();
            }
        });
    }


    private void addColumn(String key, double width, double min, java.util.function.Function<ExemplarRow, String> value) {
        var c = Columns.text(key, width, value);
        c.setMinWidth(min);
        table.getColumns().add(c);
    }

    @Override
    public Node view() {
        return getRoot();
    }

    @Override
    public void refresh() {
        model.reloadChoices();
        model.reload();
    }

    private ExemplarRow selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    @FXML
    private void add() {
        ExemplarFormDialog.open(dialogs, model.registry(), model.catalog(), model.tasks(), null, this::showSaved);
    }

    @FXML
    private void edit() {
        ExemplarRow r = selected();
        if (r == null) {
            return;
        }
        model.tasks().run(null, () -> model.registry().require(r.id()), e ->
                ExemplarFormDialog.open(dialogs, model.registry(), model.catalog(), model.tasks(), e, this::showSaved));
    }

    @FXML
    private void delete() {
        ExemplarRow r = selected();
        if (r == null || !dialogs.confirm(Messages.get("exemplars.deleteHeader", r.name()),
                Messages.get("exemplars.deleteText"))) {
            return;
        }
        model.tasks().run(null, () -> {
            model.registry().delete(r.id());
            return null;
        }, v -> {
            model.reloadChoices();
            model.reload();
        });
    }

    @FXML
    private void changeStatus() {
        ExemplarRow r = selected();
        if (r != null) {
            StatusDialog.open(dialogs, model.registry(), model.tasks(), r.id(), r.name(), r.status(), () -> showSaved(r.id()));
        }
    }

    /** What Xuất Excel does with the list as filtered now; the button is off until one is set. */
    public void setExcelExport(java.util.function.Consumer<vn.dienhinh.model.ExemplarFilter> export) {
        this.excelExport = export;
        exportButton.setDisable(export == null);
    }

    @FXML
    private void exportExcel() {
        if (excelExport != null) {
            excelExport.accept(model.filter());
        }
    }

    @FXML
    private void clearFilters() {
        model.clearFilters();
    }

    private void afterDetailChange(long id) {
        showSaved(id);
    }

    /** Reloads and selects the exemplar, clearing the filters if they would hide it. */
    private void showSaved(long id) {
        model.reloadChoices();
        model.tasks().run(null, () -> model.registry().positionOf(model.filter(), id), pos -> {
            model.afterNextReload(() -> selectById(id));
            if (pos < 0) {
                model.clearFilters();
            } else {
                model.reload();
            }
        });
    }

    private void selectById(long id) {
        model.tasks().run(null, () -> model.registry().positionOf(model.filter(), id), pos -> {
            if (pos < 0) {
                return;
            }
            int i = (int) (long) pos;
            table.scrollTo(Math.max(0, i - 3));
            table.getSelectionModel().clearAndSelect(i);
            // the page may still be on its way: select again when it arrives
            if (!model.rows().isLoaded(i)) {
                model.rows().addListener(new javafx.collections.ListChangeListener<ExemplarRow>() {
                    @Override
                    public void onChanged(Change<? extends ExemplarRow> c) {
                        if (model.rows().isLoaded(i)) {
                            model.rows().removeListener(this);
                            table.getSelectionModel().clearAndSelect(i);
                        }
                    }
                });
            }
        });
    }

    /** Shows the list narrowed to {@code filter} (from another screen's figure). */
    public void apply(vn.dienhinh.model.ExemplarFilter filter, String label) {
        model.apply(filter, label);
    }

    /** For tests: the table. */
    TableView<ExemplarRow> table() {
        return table;
    }
}
