package vn.dienhinh.ui.introduction;

import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import vn.dienhinh.model.Board;
import vn.dienhinh.model.IntroductionRow;
import vn.dienhinh.service.ActivityService;
import vn.dienhinh.service.CampaignService;
import vn.dienhinh.service.CatalogService;
import vn.dienhinh.service.Dates;
import vn.dienhinh.service.IntroductionService;
import vn.dienhinh.service.RegistryService;
import vn.dienhinh.ui.Choice;
import vn.dienhinh.ui.Columns;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.Screen;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.ui.UiPart;
import vn.dienhinh.util.Messages;

/** Giới thiệu hằng quý: the board of who still owes an exemplar, and the quarter's introductions. */
public final class IntroductionsView extends UiPart<BorderPane> implements Screen {

    private final BoardViewModel model;
    private final Dialogs dialogs;
    private final RegistryService registry;
    private final CatalogService catalog;
    private final BoardTable boardRenderer;

    @FXML
    private ComboBox<Choice<Long>> campaignBox;
    @FXML
    private ComboBox<Integer> yearBox;
    @FXML
    private ComboBox<Choice<Integer>> quarterBox;
    @FXML
    private CheckBox yearViewCheck;
    @FXML
    private CheckBox owingCheck;
    @FXML
    private Label summaryLabel;
    @FXML
    private TableView<BoardTable.Line> boardTable;
    @FXML
    private TableView<IntroductionRow> introductionTable;
    @FXML
    private Label introductionsLabel;
    @FXML
    private javafx.scene.control.Tab introductionsTab;
    @FXML
    private javafx.scene.control.Tab activitiesTab;
    @FXML
    private Button withdrawButton;
    @FXML
    private Button correctButton;
    @FXML
    private Button deleteButton;
    @FXML
    private Button fillButton;
    @FXML
    private Button reminderButton;
    @FXML
    private Button reminderLetterButton;
    /** Drafts the công văn đôn đốc; null until the window offers it. */
    private vn.dienhinh.service.document.ReminderService reminders;
    /** Writes a file under a name in the folder the officer chooses (the window's export flow). */
    private java.util.function.BiConsumer<String, java.util.function.UnaryOperator<java.nio.file.Path>> export;

    private final ActivitiesPane activities;

    public IntroductionsView(IntroductionService introductions, CampaignService campaigns, ActivityService activityService,
                             RegistryService registry, CatalogService catalog, TaskRunner tasks, Dialogs dialogs) {
        this.model = new BoardViewModel(introductions, campaigns, tasks);
        this.dialogs = dialogs;
        this.registry = registry;
        this.catalog = catalog;
        this.boardRenderer = new BoardTable(boardTable);
        boardTable.setPlaceholder(new Label(Messages.get("board.noUnits")));
        this.activities = new ActivitiesPane(activityService, registry, catalog, campaigns, tasks, dialogs);
        introductionsTab.setText(Messages.get("board.introductionsTab"));
        activitiesTab.setText(Messages.get("activity.tab"));
        activitiesTab.setContent(activities.getRoot());
        bindChoices();
        buildIntroductionTable();
        // invalidation, not change: a reloaded board equal to the last one must still redraw (year view, filter)
        model.board.addListener(o -> show());
        model.owingOnly.addListener((o, a, b) -> show());
        model.reloadCampaigns();
    }

    private void bindChoices() {
        campaignBox.setItems(model.campaignChoices);
        campaignBox.valueProperty().bindBidirectional(model.campaign);
        int now = model.year.get();
        IntStream.rangeClosed(now - 6, now + 1).boxed().sorted(java.util.Comparator.reverseOrder())
                .forEach(yearBox.getItems()::add);
        yearBox.valueProperty().bindBidirectional(model.year);
        for (int q = 1; q <= 4; q++) {
            quarterBox.getItems().add(new Choice<>(q, Messages.get("board.quarter", q)));
        }
        quarterBox.setValue(quarterBox.getItems().get(model.quarter.get() - 1));
        quarterBox.valueProperty().addListener((o, a, b) -> model.quarter.set(b.value()));
        model.quarter.addListener((o, a, b) -> quarterBox.setValue(quarterBox.getItems().get(b - 1)));
        yearViewCheck.selectedProperty().bindBidirectional(model.yearView);
        owingCheck.selectedProperty().bindBidirectional(model.owingOnly);
        fillButton.disableProperty().bind(model.board.isNull());
        reminderButton.disableProperty().bind(model.board.isNull());
        reminderLetterButton.disableProperty().bind(model.board.isNull());
        reminderLetterButton.setVisible(false);
        reminderLetterButton.managedProperty().bind(reminderLetterButton.visibleProperty());
    }

    /**
     * Offers the công văn đôn đốc of the board shown: drafted by {@code reminders}, edited in a dialog,
     * written through {@code export} (file name, then the work that writes it at the path chosen).
     */
    public void setReminders(vn.dienhinh.service.document.ReminderService reminders,
                             java.util.function.BiConsumer<String, java.util.function.UnaryOperator<java.nio.file.Path>> export) {
        this.reminders = reminders;
        this.export = export;
        reminderLetterButton.setVisible(reminders != null && export != null);
    }

    private void show() {
        activities.show(model.chosenQuarter());
        Board b = model.board.get();
        if (b == null) {
            summaryLabel.setText(Messages.get(model.campaignChoices.isEmpty() ? "board.noCampaign" : "exemplars.loading"));
            boardRenderer.clear();
            return;
        }
        summaryLabel.setText(Messages.get("board.summary", b.owing().size(), b.units().size(), b.totalMissing(),
                b.totalRequired()));
        if (model.yearView.get() && model.yearBoards.size() == 4) {
            boardRenderer.showYear(model.yearBoards, model.owingOnly.get());
        } else {
            boardRenderer.showQuarter(b, model.owingOnly.get());
        }
    }

    private void buildIntroductionTable() {
        introductionTable.getColumns().add(Columns.text("col.unit", 200, IntroductionRow::unitName));
        introductionTable.getColumns().add(Columns.text("col.fields", 170, r -> r.fieldName() == null ? "" : r.fieldName()));
        introductionTable.getColumns().add(Columns.text("col.name", 200, IntroductionRow::exemplarName));
        introductionTable.getColumns().add(Columns.text("board.received", 100, r -> Dates.format(r.receivedOn())));
        introductionTable.getColumns().add(Columns.text("col.status", 110, r -> Messages.get(r.withdrawn()
                ? "board.withdrawn" : "board.counted")));
        introductionTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        introductionTable.setItems(model.quarterIntroductions);
        introductionTable.setPlaceholder(new Label(Messages.get("board.noIntroductions")));
        var none = introductionTable.getSelectionModel().selectedItemProperty().isNull();
        withdrawButton.disableProperty().bind(none);
        correctButton.disableProperty().bind(none);
        deleteButton.disableProperty().bind(none);
        model.quarterIntroductions.addListener((ListChangeListener<IntroductionRow>) c ->
                introductionsLabel.setText(Messages.get("board.introductionsOf", model.chosenQuarter().toString(),
                        model.quarterIntroductions.size())));
    }


    @Override
    public Node view() {
        return getRoot();
    }

    @Override
    public void refresh() {
        model.reloadCampaigns();
    }

    /** Shows today's quarter, optionally only the units that still owe. */
    public void showCurrentQuarter(boolean owingOnly) {
        var q = model.introductions.currentQuarter();
        model.yearView.set(false);
        model.year.set(q.year());
        model.quarter.set(q.quarter());
        model.owingOnly.set(owingOnly);
    }

    @FXML
    private void record() {
        IntroductionDialog.open(dialogs, model, registry, catalog, null, model::reload);
    }

    @FXML
    private void fillGaps() {
        Board b = model.board.get();
        if (b != null) {
            FillGapsDialog.open(dialogs, model, registry, b, model::reload);
        }
    }

    @FXML
    private void copyReminder() {
        Board b = model.board.get();
        if (b == null) {
            return;
        }
        String text = IntroductionService.reminder(b);
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        dialogs.info(Messages.get("board.copied") + "\n\n" + text);
    }

    @FXML
    private void reminderLetter() {
        Board b = model.board.get();
        if (b == null || reminders == null) {
            return;
        }
        var q = b.quarter();
        model.tasks.run(null, () -> {
            java.time.LocalDate due = reminders.defaultDeadline(q);
            return java.util.Map.entry(reminders.draft(b.campaignId(), q, due), due);
        }, draft -> new ReminderDialog(dialogs).show(draft.getKey(), draft.getValue(), reminders.meta().date(),
                edited -> export.accept(vn.dienhinh.service.document.ReminderService.fileName(q),
                        path -> reminders.export(edited, reminders.meta(), path))));
    }

    @FXML
    private void correct() {
        IntroductionRow r = introductionTable.getSelectionModel().getSelectedItem();
        if (r != null) {
            model.tasks.run(null, () -> model.introductions.require(r.id()),
                    i -> IntroductionDialog.open(dialogs, model, registry, catalog, i, model::reload));
        }
    }

    @FXML
    private void withdraw() {
        IntroductionRow r = introductionTable.getSelectionModel().getSelectedItem();
        if (r == null) {
            return;
        }
        dialogs.ask(Messages.get("board.withdrawHeader", r.exemplarName(), r.unitName()), Messages.get("col.reason"), "")
                .ifPresent(reason -> model.tasks.run(null, () -> {
                    model.introductions.withdraw(r.id(), reason);
                    return null;
                }, v -> model.reload()));
    }

    @FXML
    private void delete() {
        IntroductionRow r = introductionTable.getSelectionModel().getSelectedItem();
        if (r != null && dialogs.confirm(Messages.get("board.deleteHeader", r.exemplarName()),
                Messages.get("board.deleteText"))) {
            model.tasks.run(null, () -> {
                model.introductions.delete(r.id());
                return null;
            }, v -> model.reload());
        }
    }
}
