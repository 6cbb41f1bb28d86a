package vn.dienhinh.ui.award;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.AwardLevel;
import vn.dienhinh.model.CommendationRow;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.service.AwardService;
import vn.dienhinh.service.CouncilService;
import vn.dienhinh.service.Dates;
import vn.dienhinh.service.RegistryService;
import vn.dienhinh.ui.Choice;
import vn.dienhinh.ui.Columns;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.Navigator;
import vn.dienhinh.ui.Screen;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.ui.UiPart;
import vn.dienhinh.util.Messages;

/** Khen thưởng: commendations received, by year and form, and the editable catalogue of forms and titles. */
public final class CommendationsView extends UiPart<BorderPane> implements Screen {

    private final AwardService awards;
    private final CouncilService council;
    private final RegistryService registry;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final Navigator navigator;
    private Map<String, AwardLevel> levels = Map.of();
    private boolean quiet;

    @FXML
    private ComboBox<Choice<Integer>> yearBox;
    @FXML
    private ComboBox<Choice<Long>> formBox;
    @FXML
    private Label countLabel;
    @FXML
    private TableView<CommendationRow> commendationTable;
    @FXML
    private TableView<AwardForm> formTable;
    @FXML
    private Button openButton;
    @FXML
    private Button deleteButton;
    @FXML
    private Button certificatesButton;
    @FXML
    private Button layoutsButton;
    private java.util.function.Consumer<List<Long>> certificates = ids -> { };
    private Runnable layouts = () -> { };
    @FXML
    private Button editFormButton;
    @FXML
    private Button deleteFormButton;

    public CommendationsView(AwardService awards, CouncilService council, RegistryService registry, TaskRunner tasks,
                             Dialogs dialogs, Navigator navigator) {
        this.awards = awards;
        this.council = council;
        this.registry = registry;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.navigator = navigator;
        commendationTable.getColumns().add(Columns.date("col.date", r -> Dates.format(r.decisionDate())));
        commendationTable.getColumns().add(Columns.text("award.decisionNumber", 120, CommendationRow::decisionNumber));
        commendationTable.getColumns().add(Columns.text("award.form", 170, CommendationRow::formName));
        commendationTable.getColumns().add(Columns.text("nomination.colLevel", 130, r -> levelName(r.levelCode())));
        commendationTable.getColumns().add(Columns.text("col.nameShort", 190, CommendationRow::exemplarName));
        commendationTable.getColumns().add(Columns.text("col.unit", 170, CommendationRow::unitName));
        commendationTable.getColumns().add(Columns.text("award.issuingBody", 160, CommendationRow::issuingBody));
        commendationTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        commendationTable.setPlaceholder(new Label(Messages.get("award.none")));
        var none = commendationTable.getSelectionModel().selectedItemProperty().isNull();
        deleteButton.disableProperty().bind(none);
        commendationTable.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        certificatesButton.disableProperty().bind(none);
        openButton.disableProperty().bind(formBox.valueProperty().map(c -> c.value() == null).orElse(true));
        formTable.setPlaceholder(new Label(Messages.get("award.noForms")));
        formTable.getColumns().add(Columns.text("award.form", 220, AwardForm::name));
        formTable.getColumns().add(Columns.text("award.type", 100, f -> Messages.get(f.title() ? "award.title" : "award.formType")));
        formTable.getColumns().add(Columns.text("award.recipients", 170, CommendationsView::recipients));
        formTable.getColumns().add(Columns.text("award.levels", 260, f -> f.levels().stream().map(this::levelName)
                .collect(Collectors.joining("; "))));
        formTable.getColumns().add(Columns.text("award.repeatable", 90, f -> Messages.get(f.repeatable() ? "unit.yes" : "unit.no")));
        formTable.getColumns().add(Columns.text("unit.active", 90, f -> Messages.get(f.active() ? "unit.yes" : "unit.no")));
        formTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        var noForm = formTable.getSelectionModel().selectedItemProperty().isNull();
        editFormButton.disableProperty().bind(noForm);
        deleteFormButton.disableProperty().bind(noForm);
        yearBox.valueProperty().addListener((o, a, b) -> loadRows());
        formBox.valueProperty().addListener((o, a, b) -> loadRows());
        refresh();
    }

    /**
     * How certificates are printed for the commendations chosen (ids in the table's order), and how the
     * layouts of the blanks are edited: set by the window.
     */
    public void setCertificates(java.util.function.Consumer<List<Long>> print, Runnable editLayouts) {
        this.certificates = print;
        this.layouts = editLayouts;
    }

    static String recipients(AwardForm f) {
        List<String> who = new ArrayList<>();
        if (f.forIndividual()) {
            who.add(Messages.get("campaign.kindLower.INDIVIDUAL"));
        }
        if (f.forCollective()) {
            who.add(Messages.get("campaign.kindLower.COLLECTIVE"));
        }
        if (f.forHousehold()) {
            who.add(Messages.get("campaign.kindLower.HOUSEHOLD"));
        }
        return String.join(", ", who);
    }

    private String levelName(String code) {
        AwardLevel l = levels.get(code);
        return l == null ? code : l.name();
    }

    @Override
    public Node view() {
        return getRoot();
    }

    @Override
    public void refresh() {
        tasks.run(null, () -> new Object[]{awards.levelsByCode(), awards.forms(), awards.years()}, r -> {
            @SuppressWarnings("unchecked")
            Map<String, AwardLevel> l = (Map<String, AwardLevel>) r[0];
            @SuppressWarnings("unchecked")
            List<AwardForm> forms = (List<AwardForm>) r[1];
            @SuppressWarnings("unchecked")
            List<Integer> years = (List<Integer>) r[2];
            levels = l;
            formTable.getItems().setAll(forms);
            Integer y = yearBox.getValue() == null ? null : yearBox.getValue().value();
            Long f = formBox.getValue() == null ? null : formBox.getValue().value();
            quiet = true;
            yearBox.getItems().setAll(new Choice<>(null, Messages.get("filter.allYears")));
            years.forEach(x -> yearBox.getItems().add(new Choice<>(x, String.valueOf(x))));
            formBox.getItems().setAll(new Choice<>(null, Messages.get("award.allForms")));
            forms.forEach(x -> formBox.getItems().add(new Choice<>(x.id(), x.name())));
            yearBox.setValue(yearBox.getItems().stream().filter(c -> java.util.Objects.equals(c.value(), y)).findFirst()
                    .orElse(yearBox.getItems().get(0)));
            formBox.setValue(formBox.getItems().stream().filter(c -> java.util.Objects.equals(c.value(), f)).findFirst()
                    .orElse(formBox.getItems().get(0)));
            quiet = false;
            loadRows();
        });
    }

    private void loadRows() {
        if (quiet) {
            return;
        }
        Integer y = yearBox.getValue() == null ? null : yearBox.getValue().value();
        Long f = formBox.getValue() == null ? null : formBox.getValue().value();
        tasks.run(null, () -> awards.rows(y, f), rows -> {
            commendationTable.getItems().setAll(rows);
            countLabel.setText(Messages.get("award.count", rows.size()));
        });
    }

    @FXML
    private void record() {
        RecordCommendationDialog.open(dialogs, tasks, awards, registry, this::refresh);
    }

    @FXML
    private void openInRegistry() {
        Long f = formBox.getValue() == null ? null : formBox.getValue().value();
        Integer y = yearBox.getValue() == null ? null : yearBox.getValue().value();
        if (f != null) {
            String label = Messages.get("award.commendedWith", formBox.getValue().label(), y == null ? "" : " " + y);
            navigator.exemplars(ExemplarFilter.ALL.withCommendation(f, y), label.strip());
        }
    }

    @FXML
    private void printCertificates() {
        List<Long> ids = commendationTable.getSelectionModel().getSelectedItems().stream().map(CommendationRow::id)
                .toList();
        if (!ids.isEmpty()) {
            certificates.accept(ids);
        }
    }

    @FXML
    private void editLayouts() {
        layouts.run();
    }

    @FXML
    private void delete() {
        CommendationRow r = commendationTable.getSelectionModel().getSelectedItem();
        if (r != null && dialogs.confirm(Messages.get("award.deleteHeader", r.formName(), r.exemplarName()),
                Messages.get("detail.cannotUndo"))) {
            tasks.run(null, () -> {
                awards.delete(r.id());
                return null;
            }, v -> refresh());
        }
    }

    @FXML
    private void addForm() {
        FormDialog.open(dialogs, tasks, awards, council, List.copyOf(levels.values()), null, this::refresh);
    }

    @FXML
    private void editForm() {
        AwardForm f = formTable.getSelectionModel().getSelectedItem();
        if (f != null) {
            FormDialog.open(dialogs, tasks, awards, council, List.copyOf(levels.values()), f, this::refresh);
        }
    }

    @FXML
    private void deleteForm() {
        AwardForm f = formTable.getSelectionModel().getSelectedItem();
        if (f != null && dialogs.confirm(Messages.get("award.deleteFormHeader", f.name()), Messages.get("detail.cannotUndo"))) {
            tasks.run(null, () -> {
                awards.deleteForm(f.id());
                return null;
            }, v -> refresh());
        }
    }
}
