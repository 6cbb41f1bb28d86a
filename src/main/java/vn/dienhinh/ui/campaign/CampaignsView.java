package vn.dienhinh.ui.campaign;

import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import vn.dienhinh.model.Campaign;
import vn.dienhinh.model.CampaignStatus;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.ExemplarRow;
import vn.dienhinh.model.PhaseProgress;
import vn.dienhinh.service.CampaignService;
import vn.dienhinh.service.CatalogService;
import vn.dienhinh.service.ChangeHistoryService;
import vn.dienhinh.service.Dates;
import vn.dienhinh.service.RegistryService;
import vn.dienhinh.ui.Columns;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.Screen;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.ui.UiPart;
import vn.dienhinh.util.Messages;

/** Phong trào: the campaigns with their progress against each phase's targets, and their exemplars. */
public final class CampaignsView extends UiPart<BorderPane> implements Screen {

    private final CampaignService campaigns;
    private final RegistryService registry;
    private final CatalogService catalog;
    private final TaskRunner tasks;
    private final Dialogs dialogs;

    @FXML
    private TableView<Row> campaignTable;
    @FXML
    private TableView<ExemplarRow> exemplarTable;
    /** What the exemplar table says when it is empty: nothing chosen, loading, or no exemplar in the campaign. */
    private final Label exemplarsNone = new Label();
    @FXML
    private Label campaignTitle;
    @FXML
    private Label campaignInfo;
    @FXML
    private Label exemplarsLabel;
    @FXML
    private VBox progressBox;
    @FXML
    private Button editButton;
    @FXML
    private Button deleteButton;
    @FXML
    private MenuButton statusButton;
    @FXML
    private Button historyButton;
    @FXML
    private TextField linkSearch;
    @FXML
    private Button linkButton;
    @FXML
    private Button unlinkButton;

    private Long pendingSelection;

    /** A campaign with its progress, as the list shows it. */
    record Row(Campaign campaign, List<PhaseProgress> progress) {
    }

    private final ChangeHistoryService history;

    public CampaignsView(CampaignService campaigns, RegistryService registry, CatalogService catalog,
                         ChangeHistoryService history, TaskRunner tasks, Dialogs dialogs) {
        this.campaigns = campaigns;
        this.history = history;
        this.registry = registry;
        this.catalog = catalog;
        this.tasks = tasks;
        this.dialogs = dialogs;
        campaignTable.getColumns().add(Columns.text("campaign.colName", 300, r -> r.campaign().name()));
        campaignTable.getColumns().add(Columns.text("campaign.colPeriod", 104, r -> period(r.campaign())));
        campaignTable.getColumns().add(Columns.text("col.status", 124, r -> Messages.of(r.campaign().status())));
        campaignTable.getColumns().forEach(c -> c.setMinWidth(c.getPrefWidth() * 0.8));
        // "2024 - 2028" and "Đã phát động" whole: the name and the progress give way first
        campaignTable.getColumns().get(0).setMinWidth(180);
        campaignTable.getColumns().get(1).setMinWidth(104);
        campaignTable.getColumns().get(2).setMinWidth(118);
        campaignTable.getColumns().add(Columns.text("campaign.colProgress", 260, r -> String.join(" | ",
                r.progress().stream().map(CampaignService::describe).toList())));
        campaignTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        campaignTable.setPlaceholder(new Label(Messages.get("campaign.none")));
        exemplarTable.getColumns().add(Columns.text("col.nameShort", 220, ExemplarRow::name));
        exemplarTable.getColumns().add(Columns.text("col.kind", 90, r -> Messages.of(r.kind())));
        exemplarTable.getColumns().add(Columns.text("col.unit", 180, ExemplarRow::unitName));
        exemplarTable.getColumns().add(Columns.text("col.status", 120, r -> Messages.of(r.status())));
        exemplarTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        exemplarTable.setPlaceholder(exemplarsNone);
        var none = campaignTable.getSelectionModel().selectedItemProperty().isNull();
        editButton.disableProperty().bind(none);
        deleteButton.disableProperty().bind(none);
        statusButton.disableProperty().bind(none);
        historyButton.disableProperty().bind(none);
        linkButton.disableProperty().bind(none.or(linkSearch.textProperty().isEmpty()));
        unlinkButton.disableProperty().bind(exemplarTable.getSelectionModel().selectedItemProperty().isNull());
        linkSearch.setOnAction(e -> link());
        for (CampaignStatus s : CampaignStatus.values()) {
            MenuItem item = new MenuItem(Messages.of(s));
            item.setOnAction(e -> setStatus(s));
            statusButton.getItems().add(item);
        }
        campaignTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showDetail(b));
        showDetail(null);
        refresh();
    }

    private static String period(Campaign c) {
        if (c.yearFrom() == null) {
            return "";
        }
        return c.yearTo() == null || c.yearTo().equals(c.yearFrom()) ? String.valueOf(c.yearFrom())
                : c.yearFrom() + " - " + c.yearTo();
    }

    @Override
    public Node view() {
        return getRoot();
    }

    @Override
    public void refresh() {
        Long selected = pendingSelection != null ? pendingSelection : selectedId();
        pendingSelection = null;
        tasks.run(null, () -> {
            List<Row> rows = new ArrayList<>();
            for (Campaign c : campaigns.all()) {
                rows.add(new Row(c, campaigns.progress(c.id())));
            }
            return rows;
        }, rows -> {
            campaignTable.getItems().setAll(rows);
            rows.stream().filter(r -> r.campaign().id().equals(selected)).findFirst()
                    .ifPresent(r -> campaignTable.getSelectionModel().select(r));
        });
    }

    private Long selectedId() {
        Row r = campaignTable.getSelectionModel().getSelectedItem();
        return r == null ? null : r.campaign().id();
    }

    private void showDetail(Row r) {
        progressBox.getChildren().clear();
        exemplarTable.getItems().clear();
        exemplarsNone.setText(r == null ? "" : Messages.get("exemplars.loading"));
        if (r == null) {
            campaignTitle.setText(Messages.get("campaign.selectFirst"));
            campaignInfo.setText("");
            exemplarsLabel.setText("");
            return;
        }
        Campaign c = r.campaign();
        campaignTitle.setText(c.name());
        campaignInfo.setText(Messages.get("campaign.info", Messages.of(c.kind()), period(c),
                c.planNumber() == null ? "—" : c.planNumber() + (c.planDate() == null ? "" : ", " + Dates.format(c.planDate())),
                Messages.of(c.quotaMode())));
        for (PhaseProgress p : r.progress()) {
            Label l = new Label(CampaignService.describe(p) + " (" + Dates.format(p.phase().start()) + " – "
                    + Dates.format(p.phase().end()) + ")");
            l.setWrapText(true);
            long target = 0;
            long reached = 0;
            for (ExemplarKind k : ExemplarKind.values()) {
                target += p.phase().target(k);
                reached += Math.min(p.count(k), p.phase().target(k));
            }
            ProgressBar bar = new ProgressBar(target == 0 ? 0 : (double) reached / target);
            bar.setMaxWidth(Double.MAX_VALUE);
            if (!p.met()) {
                l.getStyleClass().add("text-bold");
            }
            progressBox.getChildren().addAll(l, bar);
        }
        tasks.run(null, () -> campaigns.exemplarRows(c.id()), rows -> {
            if (c.id().equals(selectedId())) {
                exemplarTable.getItems().setAll(rows);
                exemplarsNone.setText(Messages.get("campaign.noExemplars"));
                exemplarsLabel.setText(Messages.get("campaign.exemplars", rows.size()));
            }
        });
    }

    /** Chooses the campaign once the list has it. */
    public void select(long campaignId) {
        pendingSelection = campaignId;
        refresh();
    }

    @FXML
    private void add() {
        CampaignEditor.open(dialogs, tasks, campaigns, catalog, Campaign.named(""), this::refresh);
    }

    @FXML
    private void edit() {
        Long id = selectedId();
        if (id != null) {
            tasks.run(null, () -> campaigns.require(id), c -> CampaignEditor.open(dialogs, tasks, campaigns, catalog, c,
                    this::refresh));
        }
    }

    private void setStatus(CampaignStatus s) {
        Long id = selectedId();
        if (id != null) {
            tasks.run(null, () -> campaigns.setStatus(id, s), c -> refresh());
        }
    }

    @FXML
    private void showHistory() {
        Row r = campaignTable.getSelectionModel().getSelectedItem();
        if (r != null) {
            vn.dienhinh.ui.ChangeHistoryView.show(dialogs, tasks, history, "campaign", r.campaign().id(), r.campaign().name());
        }
    }

    @FXML
    private void delete() {
        Row r = campaignTable.getSelectionModel().getSelectedItem();
        if (r != null && dialogs.confirm(Messages.get("campaign.deleteHeader", r.campaign().name()),
                Messages.get("campaign.deleteText"))) {
            tasks.run(null, () -> {
                campaigns.delete(r.campaign().id());
                return null;
            }, v -> refresh());
        }
    }

    /** Links the exemplars the search finds (at most a few) after the officer confirms the list. */
    @FXML
    private void link() {
        Long id = selectedId();
        String text = linkSearch.getText();
        if (id == null || text == null || text.isBlank()) {
            return;
        }
        tasks.run(null, () -> registry.page(ExemplarFilter.ALL.withSearch(text), 0, 20), found -> {
            if (found.isEmpty()) {
                dialogs.info(Messages.get("campaign.linkNone", text));
                return;
            }
            List<vn.dienhinh.ui.Choice<Long>> choices = found.stream().map(x -> new vn.dienhinh.ui.Choice<>(x.id(),
                    x.name() + (x.unitName() == null ? "" : " — " + x.unitName()))).toList();
            dialogs.choose(Messages.get("campaign.linkHeader"), Messages.get("col.name"), choices.get(0), choices)
                    .ifPresent(choice -> tasks.run(null, () -> {
                        campaigns.link(id, choice.value(), null);
                        return null;
                    }, v -> {
                        linkSearch.clear();
                        refresh();
                    }));
        });
    }

    @FXML
    private void unlink() {
        Long id = selectedId();
        ExemplarRow e = exemplarTable.getSelectionModel().getSelectedItem();
        if (id != null && e != null) {
            tasks.run(null, () -> {
                campaigns.unlink(id, e.id());
                return null;
            }, v -> refresh());
        }
    }

}
