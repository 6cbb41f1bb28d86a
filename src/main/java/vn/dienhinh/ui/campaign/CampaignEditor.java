package vn.dienhinh.ui.campaign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckListView;
import vn.dienhinh.model.Campaign;
import vn.dienhinh.model.CampaignKind;
import vn.dienhinh.model.CampaignStatus;
import vn.dienhinh.model.Field;
import vn.dienhinh.model.QuotaMode;
import vn.dienhinh.model.ScopeEntry;
import vn.dienhinh.model.Unit;
import vn.dienhinh.service.CampaignService;
import vn.dienhinh.service.CatalogService;
import vn.dienhinh.service.Dates;
import vn.dienhinh.ui.Choice;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.SmallForm;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.ui.UnitTree;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/** Edits everything a campaign has: plan, bases, content and criteria, phases and targets, quarterly quota. */
final class CampaignEditor {

    private final Campaign original;
    private final TextField name = new TextField();
    private final ComboBox<Choice<CampaignKind>> kind = new ComboBox<>();
    private final TextField planNumber = new TextField();
    private final TextField planDate = new TextField();
    private final TextField issuingBody = new TextField();
    private final TextField yearFrom = new TextField();
    private final TextField yearTo = new TextField();
    private final TextArea bases = area(6);
    private final TextArea purposes = area(4);
    private final TextArea requirements = area(4);
    private final TextArea content = area(5);
    private final TextArea criteriaCollective = area(4);
    private final TextArea criteriaIndividual = area(4);
    private final TextArea organisation = area(5);
    private final TextArea note = area(2);
    private final PhaseRows phases;
    private final ComboBox<Choice<QuotaMode>> quotaMode = new ComboBox<>();
    private final Spinner<Integer> perCell = new Spinner<>(1, 10, 1);
    private final CheckListView<Choice<Long>> quotaUnits = new CheckListView<>();
    private final CheckListView<Choice<Long>> quotaFields = new CheckListView<>();

    private CampaignEditor(Campaign c, List<Unit> units, List<Field> fields) {
        this.original = c;
        name.setId("campaign-name");
        name.setText(c.name());
        for (CampaignKind k : CampaignKind.values()) {
            kind.getItems().add(new Choice<>(k, Messages.of(k)));
        }
        kind.setValue(kind.getItems().get(c.kind().ordinal()));
        planNumber.setText(c.planNumber());
        planNumber.setPromptText("124/KH-UBND");
        planDate.setText(Dates.format(c.planDate()));
        planDate.setPromptText("dd/mm/yyyy");
        issuingBody.setText(c.issuingBody());
        yearFrom.setText(c.yearFrom() == null ? "" : c.yearFrom().toString());
        yearTo.setText(c.yearTo() == null ? "" : c.yearTo().toString());
        bases.setText(String.join("\n", c.legalBases()));
        bases.setPromptText(Messages.get("campaign.basesPrompt"));
        purposes.setText(c.purposes());
        requirements.setText(c.requirements());
        content.setText(c.content());
        criteriaCollective.setText(c.criteriaCollective());
        criteriaIndividual.setText(c.criteriaIndividual());
        organisation.setText(c.organisation());
        note.setText(c.note());
        phases = new PhaseRows(c.phases());
        for (QuotaMode m : QuotaMode.values()) {
            quotaMode.getItems().add(new Choice<>(m, Messages.of(m)));
        }
        quotaMode.setValue(quotaMode.getItems().get(c.quotaMode().ordinal()));
        perCell.getValueFactory().setValue(c.quotaPerCell());
        UnitTree.indented(units).forEach(e -> quotaUnits.getItems().add(new Choice<>(e.getKey().id(), e.getValue())));
        fields.forEach(f -> quotaFields.getItems().add(new Choice<>(f.id(), f.name())));
        check(quotaUnits, c.units());
        check(quotaFields, c.fields());
        quotaFields.disableProperty().bind(quotaMode.valueProperty().isNotEqualTo(quotaMode.getItems().get(1)));
    }

    static void open(Dialogs dialogs, TaskRunner tasks, CampaignService campaigns, CatalogService catalog, Campaign c,
                     Runnable done) {
        tasks.run(null, () -> new Object[]{catalog.units(), catalog.fields()}, r -> {
            @SuppressWarnings("unchecked")
            List<Unit> units = (List<Unit>) r[0];
            @SuppressWarnings("unchecked")
            List<Field> fields = (List<Field>) r[1];
            CampaignEditor editor = new CampaignEditor(c, units, fields);
            SmallForm.showDialog(dialogs, tasks, Messages.get(c.id() == null ? "campaign.add" : "campaign.edit"),
                    c.id() == null ? null : c.name(), editor.tabs(), 820, editor.name.textProperty().isEmpty(),
                    () -> campaigns.save(editor.toCampaign()), saved -> done.run());
        });
    }

    private TabPane tabs() {
        GridPane general = grid();
        int r = 0;
        general.addRow(r++, label("campaign.colName"), name);
        general.addRow(r++, label("campaign.colKind"), kind);
        general.addRow(r++, label("campaign.planNumber"), planNumber);
        general.addRow(r++, label("campaign.planDate"), planDate);
        general.addRow(r++, label("campaign.issuingBody"), issuingBody);
        general.addRow(r++, label("campaign.yearsLabel"), new HBox(6, yearFrom, new Label("–"), yearTo));
        general.addRow(r++, label("form.note"), note);
        GridPane texts = grid();
        r = 0;
        texts.addRow(r++, label("campaign.purposes"), purposes);
        texts.addRow(r++, label("campaign.requirements"), requirements);
        texts.addRow(r++, label("campaign.content"), content);
        texts.addRow(r++, label("campaign.criteriaCollective"), criteriaCollective);
        texts.addRow(r++, label("campaign.criteriaIndividual"), criteriaIndividual);
        texts.addRow(r++, label("campaign.organisation"), organisation);
        GridPane quota = grid();
        quota.addRow(0, label("campaign.quotaMode"), quotaMode);
        quota.addRow(1, label("campaign.perCell"), perCell);
        quota.addRow(2, label("campaign.quotaUnits"), quotaUnits);
        quota.addRow(3, label("campaign.quotaFields"), quotaFields);
        quota.add(muted(Messages.get("campaign.quotaNote")), 0, 4, 2, 1);
        quotaUnits.setPrefHeight(220);
        quotaFields.setPrefHeight(200);
        TabPane tabs = new TabPane(
                new Tab(Messages.get("campaign.tabGeneral"), general),
                new Tab(Messages.get("campaign.tabBases"), new VBox(6, muted(Messages.get("campaign.basesPrompt")), bases)),
                new Tab(Messages.get("campaign.tabContent"), scroll(texts)),
                new Tab(Messages.get("campaign.tabPhases"), phases.node()),
                new Tab(Messages.get("campaign.tabQuota"), scroll(quota)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefHeight(560);
        return tabs;
    }

    private Campaign toCampaign() {
        QuotaMode mode = quotaMode.getValue().value();
        boolean running = original.status() != CampaignStatus.DRAFT;
        return new Campaign(original.id(), name.getText(), kind.getValue().value(), planNumber.getText(),
                date(planDate.getText()), issuingBody.getText(),
                Arrays.stream(bases.getText() == null ? new String[0] : bases.getText().split("\\R")).toList(),
                year(yearFrom.getText()), year(yearTo.getText()), purposes.getText(), requirements.getText(),
                content.getText(), criteriaCollective.getText(), criteriaIndividual.getText(), organisation.getText(),
                mode, perCell.getValue(), original.status(), note.getText(), phases.phases(),
                scope(quotaUnits, original.units(), running),
                mode == QuotaMode.PER_FIELD ? scope(quotaFields, original.fields(), running) : List.of());
    }

    /**
     * The checked entries; one kept from before keeps its date, one added to a campaign already under
     * way counts from today (it joined mid-way).
     */
    private List<ScopeEntry> scope(CheckListView<Choice<Long>> list, List<ScopeEntry> before, boolean running) {
        Map<Long, ScopeEntry> old = before.stream().collect(Collectors.toMap(ScopeEntry::id, Function.identity()));
        List<ScopeEntry> out = new ArrayList<>();
        for (Choice<Long> c : list.getCheckModel().getCheckedItems()) {
            out.add(old.getOrDefault(c.value(), new ScopeEntry(c.value(), running ? java.time.LocalDate.now() : null)));
        }
        return out;
    }

    private static void check(CheckListView<Choice<Long>> list, List<ScopeEntry> entries) {
        for (ScopeEntry e : entries) {
            list.getItems().stream().filter(c -> c.value() == e.id()).findFirst().ifPresent(list.getCheckModel()::check);
        }
    }

    static java.time.LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Dates.parse(text).orElseThrow(() -> new UserException("valid.date", text));
    }

    private static Integer year(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!text.strip().matches("\\d{4}")) {
            throw new UserException("campaign.yearRange", text.strip());
        }
        return Integer.valueOf(text.strip());
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.setPadding(new Insets(10));
        javafx.scene.layout.ColumnConstraints inputs = new javafx.scene.layout.ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(190), inputs);
        return g;
    }

    private static ScrollPane scroll(GridPane g) {
        ScrollPane s = new ScrollPane(g);
        s.setFitToWidth(true);
        return s;
    }

    private static TextArea area(int rows) {
        TextArea a = new TextArea();
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        return a;
    }

    private static Label label(String key) {
        Label l = new Label(Messages.get(key));
        l.setWrapText(true);
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("text-muted");
        return l;
    }
}
