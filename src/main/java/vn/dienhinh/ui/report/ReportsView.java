package vn.dienhinh.ui.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import vn.dienhinh.model.Campaign;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.Quarter;
import vn.dienhinh.report.DocumentMeta;
import vn.dienhinh.service.document.CampaignPlanService;
import vn.dienhinh.service.document.ListExportService;
import vn.dienhinh.service.document.QuarterlyReportService;
import vn.dienhinh.service.document.SummaryReportService;
import vn.dienhinh.ui.Choice;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.Screen;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.ui.UiPart;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/**
 * Báo cáo: the quarterly report, a campaign's plan (edited before export), the sơ kết / tổng kết report
 * and the Excel lists. Every export goes through {@link ExportFlow}: background work, remembered folder,
 * a question before replacing a file, then Mở and In.
 */
public final class ReportsView extends UiPart<BorderPane> implements Screen {

    private static final int YEARS_BACK = 8;

    private final ReportServices services;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final ExportFlow flow;
    private final DocumentFields document;
    private Path folder;

    @FXML
    private Label folderLabel;
    @FXML
    private TextField numberField;
    @FXML
    private DatePicker datePicker;
    @FXML
    private CheckBox dayOpenCheck;
    @FXML
    private ComboBox<Integer> quarterYearBox;
    @FXML
    private ComboBox<Choice<Integer>> quarterBox;
    @FXML
    private ComboBox<Choice<Long>> campaignBox;
    @FXML
    private Button planButton;
    @FXML
    private ComboBox<Choice<Boolean>> reviewBox;
    @FXML
    private ComboBox<Integer> fromYearBox;
    @FXML
    private ComboBox<Integer> toYearBox;
    @FXML
    private ComboBox<Choice<int[]>> phaseBox;
    @FXML
    private Button phaseSummaryButton;
    @FXML
    private ComboBox<Integer> listYearBox;
    @FXML
    private ComboBox<Choice<Integer>> listQuarterBox;
    @FXML
    private ComboBox<Integer> commendationYearBox;
    @FXML
    private ComboBox<Integer> statisticsYearBox;
    @FXML
    private Button commendationsButton;

    public ReportsView(ReportServices services, TaskRunner tasks, Dialogs dialogs, ExportFlow flow) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.flow = flow;
        this.document = new DocumentFields(numberField, datePicker, dayOpenCheck);
        LocalDate today = services.today().get();
        document.set(DocumentMeta.dated(today));
        List<Integer> years = IntStream.rangeClosed(today.getYear() - YEARS_BACK, today.getYear() + 1).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList();
        for (ComboBox<Integer> box : List.of(quarterYearBox, fromYearBox, toYearBox, listYearBox)) {
            box.getItems().setAll(years);
            box.setValue(today.getYear());
        }
        Quarter now = Quarter.of(today);
        for (int q = 1; q <= 4; q++) {
            quarterBox.getItems().add(new Choice<>(q, Messages.get("board.quarter", q)));
            listQuarterBox.getItems().add(new Choice<>(q, Messages.get("board.quarter", q)));
        }
        listQuarterBox.getItems().add(0, new Choice<>(null, Messages.get("board.wholeYear")));
        quarterBox.setValue(quarterBox.getItems().get(now.quarter() - 1));
        listQuarterBox.setValue(listQuarterBox.getItems().get(0));
        reviewBox.getItems().setAll(new Choice<>(true, Messages.get("reports.final")),
                new Choice<>(false, Messages.get("reports.preliminary")));
        // tổng kết once the last year is over, else sơ kết (as the command line): it follows the years and the date
        Runnable kind = () -> {
            if (toYearBox.getValue() != null && datePicker.getValue() != null) {
                reviewBox.setValue(reviewBox.getItems().get(
                        SummaryReportService.finalByDefault(toYearBox.getValue(), datePicker.getValue()) ? 0 : 1));
            }
        };
        kind.run();
        toYearBox.valueProperty().addListener((o, a, b) -> kind.run());
        datePicker.valueProperty().addListener((o, a, b) -> kind.run());
        planButton.disableProperty().bind(campaignBox.valueProperty().isNull());
        phaseSummaryButton.disableProperty().bind(phaseBox.valueProperty().isNull());
        commendationYearBox.getItems().setAll(listYearBox.getItems());
        commendationYearBox.setValue(listYearBox.getValue());
        statisticsYearBox.getItems().setAll(listYearBox.getItems());
        statisticsYearBox.setValue(listYearBox.getValue());
        flow.setOnFolderChosen(this::showFolder);
        refresh();
    }

    @Override
    public Node view() {
        return getRoot();
    }

    @Override
    public void refresh() {
        tasks.run(null, () -> new Object[]{services.campaigns().all(), java.util.Optional.ofNullable(flow.rememberedFolder())},
                r -> {
                    @SuppressWarnings("unchecked")
                    List<Campaign> all = (List<Campaign>) r[0];
                    Choice<Long> chosen = campaignBox.getValue();
                    campaignBox.getItems().setAll(all.stream().map(c -> new Choice<>(c.id(), c.name())).toList());
                    campaignBox.getItems().stream().filter(c -> chosen != null && c.value().equals(chosen.value()))
                            .findFirst().ifPresent(campaignBox::setValue);
                    phaseBox.getItems().setAll(phases(all));
                    @SuppressWarnings("unchecked")
                    java.util.Optional<Path> remembered = (java.util.Optional<Path>) r[1];
                    showFolder(remembered.orElse(null));
                });
    }

    /** Each phase of each campaign: campaign id and phase number, "Người tốt, việc tốt — Giai đoạn 1 (…)". */
    private static List<Choice<int[]>> phases(List<Campaign> all) {
        List<Choice<int[]>> out = new java.util.ArrayList<>();
        for (Campaign c : all) {
            for (int i = 0; i < c.phases().size(); i++) {
                var p = c.phases().get(i);
                out.add(new Choice<>(new int[]{(int) (long) c.id(), i + 1}, Messages.get("reports.phaseChoice", c.name(),
                        p.name(), DocumentFields.FORMAT.format(p.start()), DocumentFields.FORMAT.format(p.end()))));
            }
        }
        return out;
    }

    private void showFolder(Path chosen) {
        this.folder = chosen;
        folderLabel.setText(chosen == null ? Messages.get("reports.noFolder") : Messages.get("export.folder", chosen));
    }

    private DocumentMeta meta() {
        return document.meta(services.today().get());
    }

    @FXML
    private void chooseFolder() {
        flow.chooseFolder(folder);
    }

    @FXML
    private void exportQuarterly() {
        guarded(() -> {
            Quarter q = new Quarter(quarterYearBox.getValue(), quarterBox.getValue().value());
            DocumentMeta meta = meta();
            tasks.run(null, () -> services.quarterly().data(q, meta.date()).sections(), draft ->
                    new SectionsDialog(dialogs).show(Messages.get("sections.quarterly", vn.dienhinh.report.Counts.quarter(q)),
                            draft, edited -> flow.run(new ExportFlow.Job(Messages.get("reports.writing"), true,
                                    dir -> QuarterlyReportService.files(q, dir),
                                    dir -> services.quarterly().export(q, meta, edited, dir)))));
        });
    }

    @FXML
    private void editPlan() {
        Choice<Long> c = campaignBox.getValue();
        if (c == null) {
            return;
        }
        tasks.run(null, () -> new Object[]{services.plans().draft(c.value()), services.plans().meta(c.value()),
            services.campaigns().require(c.value())}, r -> new PlanDialog(dialogs, services.today().get()).show((vn.dienhinh.report.PlanText) r[0],
                (DocumentMeta) r[1], (text, meta) -> flow.run(new ExportFlow.Job(Messages.get("reports.writing"), true,
                        dir -> List.of(dir.resolve(CampaignPlanService.fileName((Campaign) r[2]) + ".docx")),
                        dir -> List.of(services.plans().export(text, meta,
                                dir.resolve(CampaignPlanService.fileName((Campaign) r[2]) + ".docx")))))));
    }

    @FXML
    private void exportSummary() {
        guarded(() -> {
            int from = fromYearBox.getValue();
            int to = toYearBox.getValue();
            if (from > to) {
                throw new UserException("reports.yearsOrder");
            }
            boolean finalReview = reviewBox.getValue().value();
            DocumentMeta meta = meta();
            tasks.run(null, () -> services.summaries().ofYears(from, to, finalReview, meta.date()), data ->
                    new SectionsDialog(dialogs).show(Messages.get("sections.summary",
                            Messages.get(finalReview ? "doc.s.final" : "doc.s.preliminary"), data.period()),
                            data.sections(), edited -> flow.run(new ExportFlow.Job(Messages.get("reports.writing"), true,
                                    dir -> SummaryReportService.files(from, to, finalReview, dir),
                                    dir -> services.summaries().export(from, to, finalReview, meta, edited, dir)))));
        });
    }

    @FXML
    private void exportPhaseSummary() {
        guarded(() -> {
            int[] phase = phaseBox.getValue().value();
            boolean finalReview = reviewBox.getValue().value();
            DocumentMeta meta = meta();
            tasks.run(null, () -> services.summaries().ofPhase(phase[0], phase[1], finalReview, meta.date()), data ->
                    new SectionsDialog(dialogs).show(Messages.get("sections.summary",
                            Messages.get(finalReview ? "doc.s.final" : "doc.s.preliminary"), data.period()),
                            data.sections(), edited -> flow.run(new ExportFlow.Job(Messages.get("reports.writing"), true,
                                    dir -> SummaryReportService.phaseFiles(phase[0], phase[1], finalReview, dir),
                                    dir -> services.summaries().exportPhase(phase[0], phase[1], finalReview, meta, edited,
                                            dir)))));
        });
    }

    @FXML
    private void exportIntroductions() {
        int year = listYearBox.getValue();
        Integer q = listQuarterBox.getValue().value();
        Quarter from = new Quarter(year, q == null ? 1 : q);
        Quarter to = q == null ? new Quarter(year, 4) : from;
        String name = ListExportService.introductionsFileName(from, to);
        flow.run(new ExportFlow.Job(Messages.get("reports.writing"), false, dir -> List.of(dir.resolve(name)), dir -> {
            services.lists().introductions(from, to, dir.resolve(name));
            return List.of(dir.resolve(name));
        }));
    }

    @FXML
    private void exportCommendations() {
        int year = commendationYearBox.getValue();
        String name = ListExportService.commendationsFileName(year);
        flow.run(new ExportFlow.Job(Messages.get("reports.writing"), false, dir -> List.of(dir.resolve(name)), dir -> {
            services.lists().commendations(year, dir.resolve(name));
            return List.of(dir.resolve(name));
        }));
    }

    /** The year's statistical figures (its period from 1 December of the year before), .docx and .xlsx. */
    @FXML
    private void exportStatistics() {
        int year = statisticsYearBox.getValue();
        guarded(() -> {
            DocumentMeta meta = meta();
            flow.run(new ExportFlow.Job(Messages.get("reports.writing"), true,
                    dir -> vn.dienhinh.service.document.StatisticsService.files(year, dir),
                    dir -> services.statistics().export(year, meta, dir)));
        });
    }

    @FXML
    private void exportExemplars() {
        exportExemplars(services.lists(), flow, ExemplarFilter.ALL);
    }

    /** The registry as filtered (the exemplar screen's Xuất Excel uses this too). */
    public static void exportExemplars(ListExportService lists, ExportFlow flow, ExemplarFilter filter) {
        String name = ListExportService.exemplarsFileName();
        flow.run(new ExportFlow.Job(Messages.get("reports.writing"), false, dir -> List.of(dir.resolve(name)), dir -> {
            lists.exemplars(filter, dir.resolve(name));
            return List.of(dir.resolve(name));
        }));
    }

    /** Runs {@code r}, showing a refused input as its one sentence. */
    private void guarded(Runnable r) {
        try {
            r.run();
        } catch (UserException e) {
            dialogs.error(e.getMessage());
        }
    }
}
