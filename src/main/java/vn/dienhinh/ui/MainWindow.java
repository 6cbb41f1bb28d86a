package vn.dienhinh.ui;

import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.ui.award.CommendationsView;
import vn.dienhinh.ui.campaign.CampaignsView;
import vn.dienhinh.ui.dashboard.DashboardView;
import vn.dienhinh.ui.catalog.CatalogView;
import vn.dienhinh.ui.exemplar.ExemplarListView;
import vn.dienhinh.ui.exemplar.ExemplarServices;
import vn.dienhinh.ui.introduction.IntroductionsView;
import vn.dienhinh.ui.nomination.NominationServices;
import vn.dienhinh.ui.nomination.NominationsView;
import vn.dienhinh.ui.report.DesktopFileActions;
import vn.dienhinh.ui.report.ExportFlow;
import vn.dienhinh.ui.report.ReportServices;
import vn.dienhinh.ui.report.ReportsView;
import vn.dienhinh.ui.settings.SettingsView;
import vn.dienhinh.util.Messages;

/** The main window: menu, navigation on the left, the chosen screen in the centre, a status bar. */
public final class MainWindow implements Navigator {

    /** The sections of the office's own work, not shown to a unit's clerk (the services refuse them too). */
    private static final java.util.Set<Section> OFFICE_WORK = java.util.EnumSet.of(Section.COMMENDATIONS,
            Section.NOMINATIONS, Section.REPORTS);

    private final Stage stage;
    private final AppContext context;
    private final TaskRunner tasks = new TaskRunner();
    private final Dialogs dialogs;
    private final Map<Section, Screen> screens = new EnumMap<>(Section.class);
    private final Map<Section, ToggleButton> buttons = new EnumMap<>(Section.class);
    private final DataMenu data;
    /** See {@link #exports()}. */
    private ExportFlow exports;
    /** See {@link #certificates()}. */
    private vn.dienhinh.ui.certificate.CertificateActions certificates;
    private Section current;

    private final MainShell shell = new MainShell();
    private final VBox nav = shell.nav;
    private final StackPane content = shell.content;

    public MainWindow(Stage stage, AppContext context) {
        this.stage = stage;
        this.context = context;
        this.dialogs = new Dialogs(stage);
        tasks.setErrorSink(dialogs::error);
        // the first screen's data is fetched once the window is up, not while it is being built
        tasks.hold();
        data = new DataMenu(stage, context, tasks, dialogs, this::refreshAll);
        buildNavigation();
        shell.databaseLabel.setText(context.isShared()
                ? Messages.get("ui.sharedDatabase", context.databaseName(), context.officer().fullName())
                : Messages.get("ui.database", context.databaseFile()));
        shell.taskLabel.textProperty().bind(tasks.message());
        shell.progress.visibleProperty().bind(tasks.busy());
        shell.taskLabel.visibleProperty().bind(tasks.busy());
        shell.importItem.setOnAction(e -> data.importExcel());
        shell.importResultsItem.setOnAction(e -> data.importResults());
        // lists of many units' exemplars and results are loaded by the office's officer
        shell.importItem.setVisible(context.officer().seesAll());
        shell.importResultsItem.setVisible(context.officer().seesAll());
        shell.importSeparator.setVisible(context.officer().seesAll());
        shell.backupItem.setOnAction(e -> data.backup());
        if (context.isShared() && context.officer().seesAll()) {
            shell.backupItem.setText(Messages.get("menu.copyOut"));
        }
        shell.restoreItem.setOnAction(e -> data.restore());
        shell.checkItem.setOnAction(e -> data.check());
        shell.demoItem.setOnAction(e -> loadDemo());
        shell.exitItem.setOnAction(e -> exit());
        shell.aboutItem.setOnAction(e -> about());
        stage.setTitle(Messages.get("app.title") + " — " + Messages.get("app.subtitle"));
        AppIcon.setOn(stage);
        Scene scene = new Scene(shell.root, 1280, 800);
        stage.setScene(scene);
        // on an ordinary office screen the registry wants all the width there is
        if (javafx.stage.Screen.getPrimary().getVisualBounds().getWidth() <= 1600) {
            stage.setMaximized(true);
        }
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.setOnHidden(e -> tasks.shutdown());
        show(Section.DASHBOARD);
    }

    private void buildNavigation() {
        ToggleGroup group = new ToggleGroup();
        for (Section s : Section.values()) {
            if (!context.officer().seesAll() && OFFICE_WORK.contains(s)) {
                continue; // a unit's clerk enters their unit's exemplars and introductions, not the office's work
            }
            ToggleButton b = new ToggleButton(Messages.get("nav." + s.name()));
            b.setGraphic(icon(s, b));
            b.setId("nav-" + s.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.getStyleClass().add(Styles.FLAT);
            b.setOnAction(e -> show(s));
            buttons.put(s, b);
            nav.getChildren().add(b);
        }
    }

    /** The section's icon, drawn in the button's text colour (white on the selected one). */
    private static Node icon(Section s, ToggleButton b) {
        SVGPath path = new SVGPath();
        path.setContent(s.icon());
        path.fillProperty().bind(b.textFillProperty());
        Pane box = new Pane(path);
        box.setMinSize(Section.ICON_SIZE, Section.ICON_SIZE);
        box.setPrefSize(Section.ICON_SIZE, Section.ICON_SIZE);
        box.setMaxSize(Section.ICON_SIZE, Section.ICON_SIZE);
        return box;
    }

    /** Shows the section's screen, building it the first time. */
    public void show(Section s) {
        Screen screen = screens.computeIfAbsent(s, this::build);
        content.getChildren().setAll(screen.view());
        buttons.get(s).setSelected(true);
        if (current != null && current != s) {
            screen.refresh();
        }
        current = s;
    }

    /**
     * The section's screen, made the first time it is shown. A switch rather than a table of factories
     * made up front: the window's start makes only the first screen, and none of the others' code runs.
     */
    private Screen build(Section s) {
        return switch (s) {
            case DASHBOARD -> new DashboardView(context.dashboard(), tasks, this);
            case EXEMPLARS -> {
                ExemplarListView v = new ExemplarListView(new ExemplarServices(context.registry(), context.catalog(),
                        context.introductions(), context.activities(), context.campaigns(), context.awards(),
                        context.history(), context.eligibility()), tasks, dialogs);
                v.setExcelExport(filter -> ReportsView.exportExemplars(context.lists(), exports(), filter));
                yield v;
            }
            case CAMPAIGNS -> new CampaignsView(context.campaigns(), context.registry(), context.catalog(),
                    context.history(), tasks, dialogs);
            case INTRODUCTIONS -> {
                IntroductionsView v = new IntroductionsView(context.introductions(), context.campaigns(), context.activities(),
                        context.registry(), context.catalog(), tasks, dialogs);
                if (context.officer().seesAll()) {
                    v.setReminders(context.reminders(), (name, work) -> exports().run(new ExportFlow.Job(
                        Messages.get("reminder.writing"), true, dir -> java.util.List.of(dir.resolve(name)),
                        dir -> java.util.List.of(work.apply(dir.resolve(name))))));
                }
                yield v;
            }
            case COMMENDATIONS -> {
                CommendationsView v = new CommendationsView(context.awards(), context.council(), context.registry(), tasks, dialogs, this);
                v.setCertificates(ids -> certificates().commendations(ids), () -> certificates().editLayouts(null));
                yield v;
            }
            case NOMINATIONS -> {
                NominationsView v = new NominationsView(new NominationServices(context.nominations(), context.awards(),
                        context.registry(), context.catalog(), context.eligibility()), tasks, dialogs);
                v.setDossierExport(id -> tasks.run(null, () -> java.util.List.of(context.dossiers().fileNames(id),
                        context.dossiers().missing(id)), r -> {
                    java.util.List<String> names = r.get(0);
                    if (!r.get(1).isEmpty()) {
                        // what the papers need and the settings lack: their places are left blank for the clerk
                        dialogs.info(String.join("\n", r.get(1)));
                    }
                    exports().run(new ExportFlow.Job(Messages.get("nomination.writingDossier"), true,
                            dir -> names.stream().map(dir::resolve).toList(), dir -> context.dossiers().export(id, dir)));
                }));
                v.setCertificates(id -> certificates().nomination(id));
                v.setCouncil(context.council());
                v.setCouncilDocuments(id -> tasks.run(null, () -> context.councilDocuments().fileNames(id),
                        names -> exports().run(new ExportFlow.Job(Messages.get("council.ui.writing"), true,
                                dir -> names.stream().map(dir::resolve).toList(),
                                dir -> context.councilDocuments().export(id, context.registry().today(), dir)))));
                yield v;
            }
            case CATALOG -> {
                CatalogView v = new CatalogView(context.catalog(), context.history(), tasks, dialogs);
                if (context.officer().seesAll()) {
                    v.setEligibility(context.eligibility(), context.awards());
                }
                yield v;
            }
            case REPORTS -> new ReportsView(new ReportServices(context.quarterlyReports(), context.campaignPlans(),
                    context.summaryReports(), context.lists(), context.statistics(), context.campaigns(), context.registry()::today),
                    tasks, dialogs, exports());
            case SETTINGS -> new SettingsView(context.office(), context.backups(), context.history(),
                    () -> java.time.LocalDate.now(context.clock()), tasks, dialogs, registryPane(), context.isShared());
        };
    }

    /** Cài đặt's registry part: the choice of the registry for the next start, the officers of a shared one. */
    private vn.dienhinh.ui.settings.RegistryPane registryPane() {
        return new vn.dienhinh.ui.settings.RegistryPane(context.databaseName(), context.officer(), context.isShared(),
                AppContext.chosenRegistry(), AppContext::chooseRegistry,
                context.users().canManage() ? () -> vn.dienhinh.ui.settings.UsersPane.show(stage, context) : null, dialogs);
    }

    /** How the screens write and open documents: made the first time a screen needs it. */
    private ExportFlow exports() {
        if (exports == null) {
            exports = new ExportFlow(context.office(), tasks, dialogs, this::chooseFolder, new DesktopFileActions(),
                    () -> show(Section.SETTINGS));
        }
        return exports;
    }

    /** Printing certificates and editing the blanks' layouts: made the first time a screen needs it. */
    private vn.dienhinh.ui.certificate.CertificateActions certificates() {
        if (certificates == null) {
            certificates = new vn.dienhinh.ui.certificate.CertificateActions(context.certificates(),
                    vn.dienhinh.ui.certificate.CertificateOutput.system(context.certificates()), tasks, dialogs,
                    (name, write) -> exports().run(new ExportFlow.Job(Messages.get("certprint.writing"), true,
                            dir -> java.util.List.of(dir.resolve(name)), dir -> java.util.List.of(write.apply(dir)))));
        }
        return certificates;
    }

    public Screen screen(Section s) {
        return screens.get(s);
    }

    @Override
    public void exemplars(ExemplarFilter filter, String label) {
        show(Section.EXEMPLARS);
        ((ExemplarListView) screens.get(Section.EXEMPLARS)).apply(filter, label);
    }

    @Override
    public void board(boolean owingOnly) {
        show(Section.INTRODUCTIONS);
        ((IntroductionsView) screens.get(Section.INTRODUCTIONS)).showCurrentQuarter(owingOnly);
    }

    @Override
    public void campaign(Long campaignId) {
        show(Section.CAMPAIGNS);
        if (campaignId != null) {
            ((CampaignsView) screens.get(Section.CAMPAIGNS)).select(campaignId);
        }
    }

    public void show() {
        stage.show();
        tasks.release();
        javafx.application.Platform.runLater(this::askForProfileOnFirstRun);
    }

    /** A database without the office profile: offer Cài đặt once, when the window opens. */
    private void askForProfileOnFirstRun() {
        tasks.run(null, context.office()::isEmpty, empty -> {
            if (empty && dialogs.confirm(Messages.get("settings.firstRunHeader"), Messages.get("settings.firstRunText"))) {
                show(Section.SETTINGS);
            }
        });
    }

    /** The folder exports go to, asked for with the system's folder chooser. */
    private java.nio.file.Path chooseFolder(java.nio.file.Path start) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(Messages.get("export.chooseFolder"));
        if (start != null && java.nio.file.Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
        java.io.File f = chooser.showDialog(stage);
        return f == null ? null : f.toPath();
    }

    /** Runs {@code work} off the FX thread, its message and progress in the status bar, then {@code done} on it. */
    public <T> void runInBackground(String message, java.util.concurrent.Callable<T> work,
                                    java.util.function.Consumer<T> done) {
        tasks.run(message, work, done);
    }

    /** Who replaces the database with a backup: it must close this window's database first. */
    public void onRestore(java.util.function.Consumer<java.nio.file.Path> restorer) {
        data.onRestore(restorer);
    }

    /** Stops this window's background work before its database is closed. */
    public void dispose() {
        tasks.shutdown();
        shell.root.setDisable(true);
    }

    private void refreshAll() {
        screens.values().forEach(Screen::refresh);
    }

    private void loadDemo() {
        if (context.isShared()) {
            dialogs.error(Messages.get("ui.demo.notShared", context.databaseName()));
            return;
        }
        if (!dialogs.confirm(Messages.get("ui.demo.header"), Messages.get("ui.demo.text"))) {
            return;
        }
        tasks.run(Messages.get("ui.demo.running"), () -> context.demo().load(300), n -> {
            screens.values().forEach(Screen::refresh);
            dialogs.info(Messages.get("demo.loaded", n, context.databaseFile()));
        });
    }

    private void exit() {
        stage.close();
    }

    private void about() {
        dialogs.info(Messages.get(context.isShared() ? "ui.aboutShared" : "ui.about", context.databaseName()));
    }
}
