package vn.dienhinh.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.dienhinh.testutil.ReportFixtures;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.ui.Choice;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.TaskRunner;

/** Báo cáo as the officer uses it: export in the background, replace only when asked, then Mở and In. */
@ExtendWith(ApplicationExtension.class)
class ReportsViewTest {

    @TempDir
    static Path dir;
    private static int run;
    private TestDb t;
    private Path out;
    private final List<Path> opened = new CopyOnWriteArrayList<>();
    private final AtomicInteger settingsShown = new AtomicInteger();
    private final TaskRunner tasks = new TaskRunner();
    private Dialogs dialogs;

    /** Opens files into a list; printing is not supported, as on most Linux desktops. */
    private final FileActions files = new FileActions() {
        @Override
        public boolean canOpen() {
            return true;
        }

        @Override
        public boolean canPrint() {
            return false;
        }

        @Override
        public void open(Path file) {
            opened.add(file);
        }

        @Override
        public void print(Path file) {
            throw new AssertionError("printing is off");
        }
    };

    @Start
    void start(Stage stage) throws Exception {
        Path base = dir.resolve("run" + (++run));
        t = new TestDb(base);
        new ReportFixtures(t);
        out = Files.createDirectories(base.resolve("văn bản"));
        t.office.rememberExportFolder(out);
        dialogs = new Dialogs(stage);
        ExportFlow flow = new ExportFlow(t.office, tasks, dialogs, start -> out, files, settingsShown::incrementAndGet);
        ReportsView view = new ReportsView(new ReportServices(t.quarterlyReports, t.campaignPlans, t.summaryReports,
                t.lists, t.statistics, t.campaigns, () -> TestDb.TODAY), tasks, dialogs, flow);
        stage.setScene(new Scene(view.getRoot(), 1200, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        t.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void chooseQuarter3(FxRobot robot) {
        ComboBox<Choice<Integer>> quarter = robot.lookup("#quarterBox").queryComboBox();
        robot.interact(() -> quarter.setValue(quarter.getItems().get(2)));
        TextField number = robot.lookup("#numberField").queryAs(TextField.class);
        robot.interact(() -> number.setText("7"));
    }

    @Test
    void quarterlyReportIsWrittenThenOfferedToOpenButNotToPrint(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#folderLabel").queryLabeled().getText().contains(out.toString()));
        chooseQuarter3(robot);
        robot.clickOn("#quarterlyButton");
        // the sections the officer writes come pre-filled from the figures, and what is typed is what is printed
        waitUntil(() -> robot.lookup("#sections-export").tryQuery().isPresent());
        TextArea strengths = robot.lookup("#sections-strengths").queryAs(TextArea.class);
        assertThat(strengths.getText()).isNotBlank();
        TextArea limits = robot.lookup("#sections-limits").queryAs(TextArea.class);
        robot.interact(() -> limits.setText("Một số tổ dân phố gửi gương chậm."));
        robot.clickOn("#sections-export");
        waitUntil(() -> robot.lookup("#export-open-1").tryQuery().isPresent());
        try (var doc = vn.dienhinh.report.DocumentLayout.open(out.resolve("BaoCao-Quy3-2026.docx"))) {
            vn.dienhinh.report.DocxReading.find(doc, "Một số tổ dân phố gửi gương chậm.");
        }
        assertThat(out.resolve("BaoCao-Quy3-2026.docx")).isRegularFile();
        assertThat(out.resolve("BaoCao-Quy3-2026.xlsx")).isRegularFile();
        Button print = robot.lookup("#export-print-0").queryButton();
        assertThat(print.isDisabled()).isTrue();
        assertThat(print.getTooltip().getText()).contains("hãy mở tệp rồi in trong Word hoặc Excel");
        robot.clickOn("#export-open-0");
        waitUntil(() -> !opened.isEmpty());
        assertThat(opened).containsExactly(out.resolve("BaoCao-Quy3-2026.docx"));
        robot.clickOn("#export-close");

        // again: the files exist, so the officer is asked first; cancelling leaves them as they were
        long before = Files.getLastModifiedTime(out.resolve("BaoCao-Quy3-2026.docx")).toMillis();
        robot.clickOn("#quarterlyButton");
        waitUntil(() -> robot.lookup("#sections-export").tryQuery().isPresent());
        robot.clickOn("#sections-export");
        waitUntil(() -> robot.lookup("#dialog-yes").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText()).contains("BaoCao-Quy3-2026.docx")
                .contains("BaoCao-Quy3-2026.xlsx");
        robot.clickOn("Hủy");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#export-open-0").tryQuery()).isEmpty();
        assertThat(Files.getLastModifiedTime(out.resolve("BaoCao-Quy3-2026.docx")).toMillis()).isEqualTo(before);
        robot.clickOn("#quarterlyButton");
        waitUntil(() -> robot.lookup("#sections-export").tryQuery().isPresent());
        robot.clickOn("#sections-export");
        waitUntil(() -> robot.lookup("#dialog-yes").tryQuery().isPresent());
        robot.clickOn("#dialog-yes");
        waitUntil(() -> robot.lookup("#export-open-0").tryQuery().isPresent());
        try (var left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no half-written file left")
                    .containsExactlyInAnyOrder("BaoCao-Quy3-2026.docx", "BaoCao-Quy3-2026.xlsx");
        }
    }

    @Test
    void theSummaryIsDraftedFromItsFiguresAndWrittenAsEdited(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#folderLabel").queryLabeled().getText().contains(out.toString()));
        robot.clickOn("#summaryButton");
        waitUntil(() -> robot.lookup("#sections-export").tryQuery().isPresent());
        TextArea strengths = robot.lookup("#sections-strengths").queryAs(TextArea.class);
        assertThat(strengths.getText()).contains("điển hình tiên tiến");
        TextArea proposals = robot.lookup("#sections-proposals").queryAs(TextArea.class);
        robot.interact(() -> proposals.setText("- Đề nghị bổ sung kinh phí tuyên truyền."));
        robot.clickOn("#sections-export");
        waitUntil(() -> robot.lookup("#export-open-1").tryQuery().isPresent());
        Path docx;
        try (var found = Files.list(out)) {
            docx = found.filter(p -> p.toString().endsWith(".docx")).findFirst().orElseThrow();
        }
        try (var doc = vn.dienhinh.report.DocumentLayout.open(docx)) {
            vn.dienhinh.report.DocxReading.find(doc, "- Đề nghị bổ sung kinh phí tuyên truyền.");
        }
    }

    @Test
    void aBadNumberIsRefusedInOneSentence(FxRobot robot) throws Exception {
        TextField number = robot.lookup("#numberField").queryAs(TextField.class);
        robot.interact(() -> number.setText("12a"));
        robot.clickOn("#quarterlyButton");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText())
                .isEqualTo("Số văn bản “12a” phải là số nguyên dương (hoặc để trống cho văn thư điền).");
        robot.clickOn("Đóng");
        try (var files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void withoutTheOfficeProfileTheOfficerIsOfferedCaiDat(FxRobot robot) throws Exception {
        try (TestDb empty = new TestDb(dir.resolve("empty" + run))) {
            ExportFlow flow = new ExportFlow(empty.office, tasks, dialogs, start -> out, files,
                    settingsShown::incrementAndGet);
            robot.interact(() -> flow.run(new ExportFlow.Job("…", true, d -> List.of(d.resolve("x.docx")), d -> {
                throw new AssertionError("nothing is written without the profile");
            })));
            waitUntil(() -> robot.lookup("#dialog-yes").tryQuery().isPresent());
            assertThat(robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText())
                    .isEqualTo("Chưa khai báo thông tin cơ quan");
            robot.clickOn("#dialog-yes");
            waitUntil(() -> settingsShown.get() == 1);
        }
    }

    @Test
    void theYearsStatisticsAreWrittenAsAReportAndAWorkbook(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#folderLabel").queryLabeled().getText().contains(out.toString()));
        ComboBox<Integer> year = robot.lookup("#statisticsYearBox").queryComboBox();
        robot.interact(() -> year.setValue(2026));
        robot.clickOn("#statisticsButton");
        waitUntil(() -> robot.lookup("#export-open-1").tryQuery().isPresent());
        assertThat(out.resolve("ThongKe-TDKT-2026.docx")).isRegularFile();
        assertThat(out.resolve("ThongKe-TDKT-2026.xlsx")).isRegularFile();
        robot.clickOn("#export-close");
    }

    @Test
    void aYearNotYetOverIsASoKetByDefaultAndAYearEndedATongKet(FxRobot robot) throws Exception {
        ComboBox<Choice<Boolean>> kind = robot.lookup("#reviewBox").queryComboBox();
        ComboBox<Integer> to = robot.lookup("#toYearBox").queryComboBox();
        javafx.scene.control.DatePicker date = robot.lookup("#datePicker").queryAs(javafx.scene.control.DatePicker.class);
        // today is in November 2026: a report of 2026 cannot be its tổng kết yet
        assertThat(to.getValue()).isEqualTo(2026);
        assertThat(kind.getValue().value()).isFalse();
        robot.interact(() -> to.setValue(2025));
        assertThat(kind.getValue().value()).isTrue();
        robot.interact(() -> {
            to.setValue(2026);
            date.setValue(java.time.LocalDate.of(2026, 12, 31));
        });
        assertThat(kind.getValue().value()).isTrue();
    }
}
