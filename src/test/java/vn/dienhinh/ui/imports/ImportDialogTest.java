package vn.dienhinh.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhinh.testutil.Fx.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.dienhinh.imports.ImportProblem;
import vn.dienhinh.imports.Target;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.Unit;
import vn.dienhinh.service.imports.ImportService;
import vn.dienhinh.service.imports.PreviewRow;
import vn.dienhinh.store.ImportRepository;
import vn.dienhinh.testutil.SampleLists;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.TaskRunner;

/** The import preview as an officer uses it: read, check, correct a column, confirm; a bad file refused. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {

    @TempDir
    static Path dir;
    private static int run;
    private TestDb t;
    private Stage stage;
    private ImportService imports;
    private TaskRunner tasks;
    private Dialogs dialogs;
    private final AtomicBoolean imported = new AtomicBoolean();

    @Start
    void start(Stage s) {
        vn.dienhinh.testutil.Theme.apply();
        stage = s;
        t = new TestDb(dir.resolve("run" + (++run)));
        t.catalog.saveUnit(Unit.named("Phường Bến Nghé", "Phường"));
        imports = new ImportService(t.catalogRepo, t.exemplarRepo, new ImportRepository(t.db), TestDb.CLOCK);
        tasks = new TaskRunner();
        dialogs = new Dialogs(s);
        tasks.setErrorSink(dialogs::error);
        s.setScene(new Scene(new StackPane(), 400, 300));
        s.show();
    }

    @AfterEach
    void close() {
        t.close();
    }

    private void open(FxRobot robot, Path file) {
        robot.interact(() -> ImportDialog.open(stage, imports, tasks, dialogs, file, () -> imported.set(true)));
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    @Test
    void thePreviewShowsTheHeaderTheRowsAndTheProblemsAndWritesOnlyOnConfirm(FxRobot robot) throws Exception {
        open(robot, SampleLists.wardList(dir.resolve("ds" + run + ".xlsx")));
        waitUntil(() -> robot.lookup("#import-rows").tryQuery().isPresent()
                && !table(robot, "#import-rows").getItems().isEmpty());
        Label header = robot.lookup("#import-header").queryAs(Label.class);
        assertThat(header.getText()).contains("“DS đề nghị”", "dòng tiêu đề là dòng 8", "9 dòng",
                "Chưa có gì được ghi vào sổ");
        @SuppressWarnings("unchecked")
        ComboBox<Target> birthMale = robot.lookup("#map-C").queryAs(ComboBox.class);
        assertThat(birthMale.getValue()).isEqualTo(Target.BIRTH_MALE);
        TableView<PreviewRow> rows = table(robot, "#import-rows");
        assertThat(rows.getItems()).extracting(r -> r.draft().name()).contains("Nguyễn Văn An", "Hộ ông Phạm Văn Dũng");
        TableView<ImportProblem> problems = table(robot, "#import-problems");
        assertThat(problems.getItems()).extracting(p -> p.row() + " " + p.severity())
                .contains("15 ERROR", "16 ERROR", "17 DUPLICATE");
        Label summary = robot.lookup("#import-summary").queryAs(Label.class);
        assertThat(summary.getText()).isEqualTo("Sẽ nhập 6/9 dòng: 3 cá nhân, 2 tập thể, 1 hộ gia đình. "
                + "Bỏ qua 2 dòng lỗi và 1 dòng trùng.");
        assertThat(t.registry.count(ExemplarFilter.ALL)).isZero();

        // the "Hình thức khen thưởng" column goes to the summary instead of the note
        @SuppressWarnings("unchecked")
        ComboBox<Target> award = robot.lookup("#map-I").queryAs(ComboBox.class);
        assertThat(award.getValue()).isEqualTo(Target.EXTRA);
        assertThat(rows.getItems().get(0).draft().note()).isEqualTo("Hình thức khen thưởng: Giấy khen");
        robot.interact(() -> award.setValue(Target.NOTE));
        waitUntil(() -> "Giấy khen".equals(ImportDialogTest.<PreviewRow>table(robot, "#import-rows").getItems().get(0)
                .draft().note()));

        Button confirm = robot.lookup("#import-confirm").queryButton();
        assertThat(confirm.getText()).isEqualTo("Nhập 6 điển hình vào sổ");
        robot.clickOn(confirm);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane done = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(done.getContentText()).contains("Đã nhập 6 điển hình (3 cá nhân, 2 tập thể, 1 hộ gia đình)",
                "thêm 2 đơn vị");
        robot.clickOn(done.lookupButton(done.getButtonTypes().get(0)));
        assertThat(imported).isTrue();
        assertThat(t.registry.count(ExemplarFilter.ALL)).isEqualTo(6);
        assertThat(t.catalog.units()).extracting(Unit::name).containsExactlyInAnyOrder("Phường Bến Nghé",
                "Trạm Y tế phường Bến Nghé", "Phòng Giáo dục và Đào tạo");
    }

    @Test
    void aFileThatIsNotAWorkbookGetsItsMessageAndNothingIsWritten(FxRobot robot) throws Exception {
        Path text = Files.writeString(dir.resolve("ghi-chu" + run + ".xlsx"), "không phải Excel", StandardCharsets.UTF_8);
        open(robot, text);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane error = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(error.getContentText()).contains("không phải bảng tính Excel (.xlsx)");
        robot.clickOn(error.lookupButton(error.getButtonTypes().get(0)));
        waitUntil(() -> robot.lookup("#import-rows").tryQuery().isEmpty());
        assertThat(t.registry.count(ExemplarFilter.ALL)).isZero();
        assertThat(imported).isFalse();
    }
}
