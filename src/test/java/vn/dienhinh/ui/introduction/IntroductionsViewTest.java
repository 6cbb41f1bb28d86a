package vn.dienhinh.ui.introduction;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhinh.testutil.Fx.waitUntil;
import static vn.dienhinh.testutil.ExemplarFixtures.person;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.dienhinh.model.Campaign;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.Introduction;
import vn.dienhinh.model.Quarter;
import vn.dienhinh.model.QuotaMode;
import vn.dienhinh.model.ScopeEntry;
import vn.dienhinh.model.Unit;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.ui.Choice;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.TaskRunner;

/** The board as the officer uses it: today's quarter first, another quarter on demand, only the owing units. */
@ExtendWith(ApplicationExtension.class)
class IntroductionsViewTest {

    @TempDir
    static Path dir;
    private static int run;
    private TestDb t;
    private final List<Path> written = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        vn.dienhinh.testutil.Theme.apply();
        t = new TestDb(dir.resolve("b" + (++run)));
        Unit benNghe = t.catalog.saveUnit(Unit.named("Phường Bến Nghé", "Phường"));
        Unit daKao = t.catalog.saveUnit(Unit.named("Phường Đa Kao", "Phường"));
        Unit tanDinh = t.catalog.saveUnit(Unit.named("Phường Tân Định", "Phường"));
        Exemplar an = t.registry.save(person("Nguyễn Văn An", 1980).unitId(benNghe.id()).build());
        Exemplar binh = t.registry.save(person("Trần Thị Bình", 1985).unitId(daKao.id()).build());
        Campaign c = t.campaigns.save(Campaign.named("Tuyên truyền điển hình tiên tiến").withPeriod(2025, 2026)
                .withQuota(QuotaMode.PER_FIELD, 1, List.of(new ScopeEntry(benNghe.id(), null),
                        new ScopeEntry(daKao.id(), null), new ScopeEntry(tanDinh.id(), null)),
                        List.of(new ScopeEntry(6, null))));
        // this quarter (Q4/2026, the fixed clock): Bến Nghé has sent; Q3/2026: Bến Nghé and Đa Kao have
        Quarter q4 = new Quarter(2026, 4);
        Quarter q3 = new Quarter(2026, 3);
        t.introductions.record(new Introduction(null, benNghe.id(), an.id(), 6L, c.id(), q4, q4.start(), null, null, null));
        t.introductions.record(new Introduction(null, benNghe.id(), an.id(), 6L, c.id(), q3, q3.start(), null, null, null));
        t.introductions.record(new Introduction(null, daKao.id(), binh.id(), 6L, c.id(), q3, q3.start(), null, null, null));
        IntroductionsView view = new IntroductionsView(t.introductions, t.campaigns, t.activities, t.registry, t.catalog,
                new TaskRunner(), new Dialogs(stage));
        t.office.save(vn.dienhinh.model.OfficeProfile.example());
        view.setReminders(t.reminders, (name, work) -> written.add(work.apply(dir.resolve("b" + run).resolve(name))));
        stage.setScene(new Scene(view.getRoot(), 1200, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        t.close();
    }


    @SuppressWarnings("unchecked")
    private static TableView<BoardTable.Line> board(FxRobot robot) {
        return robot.lookup("#boardTable").queryAs(TableView.class);
    }

    /** The unit names on the board (the totals row left out). */
    private static List<String> units(FxRobot robot) {
        return board(robot).getItems().stream().filter(l -> l.unit() != null).map(l -> l.unit().name()).toList();
    }

    private static String cell(FxRobot robot, int row, int column) {
        Object v = board(robot).getColumns().get(column).getCellData(row);
        return v instanceof BoardTable.Mark m ? m.text() : String.valueOf(v);
    }

    @Test
    void changingTheQuarterUpdatesTheBoard(FxRobot robot) throws Exception {
        Label summary = robot.lookup("#summaryLabel").queryAs(Label.class);
        waitUntil(() -> units(robot).size() == 3 && summary.getText().contains("2/3"));
        assertThat(cell(robot, 0, 1)).isEqualTo("Nguyễn Văn An");
        assertThat(cell(robot, 1, 1)).isEqualTo("Còn thiếu");

        @SuppressWarnings("unchecked")
        ComboBox<Choice<Integer>> quarter = robot.lookup("#quarterBox").queryAs(ComboBox.class);
        robot.interact(() -> quarter.setValue(quarter.getItems().get(2)));
        waitUntil(() -> summary.getText().startsWith("1/3"));
        assertThat(cell(robot, 1, 1)).isEqualTo("Trần Thị Bình");
        assertThat(cell(robot, 2, 1)).isEqualTo("Còn thiếu");
    }

    @Test
    void theOwingFilterLeavesOnlyUnitsThatStillOwe(FxRobot robot) throws Exception {
        waitUntil(() -> units(robot).size() == 3);
        robot.clickOn("#owingCheck");
        waitUntil(() -> units(robot).size() == 2);
        assertThat(units(robot)).containsExactly("Phường Đa Kao", "Phường Tân Định");
        robot.clickOn("#yearViewCheck");
        waitUntil(() -> board(robot).getColumns().size() == 6); // unit, four quarters, whole year
        assertThat(units(robot)).containsExactly("Phường Bến Nghé", "Phường Đa Kao", "Phường Tân Định");
        robot.clickOn("#owingCheck");
        CheckBox owing = robot.lookup("#owingCheck").queryAs(CheckBox.class);
        assertThat(owing.isSelected()).isFalse();
        waitUntil(() -> units(robot).size() == 3);
    }

    @Test
    void theReminderLetterGoesToTheOwingUnitsWithTheDeadlineChosen(FxRobot robot) throws Exception {
        waitUntil(() -> units(robot).size() == 3);
        robot.clickOn("#reminderLetterButton");
        waitUntil(() -> robot.lookup("#reminder-export").tryQuery().isPresent());
        assertThat(robot.lookup("#reminder-owing").queryAs(Label.class).getText())
                .contains("- Phường Đa Kao: Y tế").contains("- Phường Tân Định: Y tế").doesNotContain("Bến Nghé");
        javafx.scene.control.TextArea request = robot.lookup("#reminder-request").queryAs(javafx.scene.control.TextArea.class);
        assertThat(request.getText()).contains("trước ngày 31/12/2026");
        javafx.scene.control.DatePicker due = robot.lookup("#reminder-deadline").queryAs(javafx.scene.control.DatePicker.class);
        robot.interact(() -> due.setValue(java.time.LocalDate.of(2026, 12, 15)));
        assertThat(request.getText()).as("the new deadline is written where the old one was")
                .contains("trước ngày 15/12/2026").doesNotContain("31/12/2026");
        robot.clickOn("#reminder-export");
        waitUntil(() -> written.size() == 1);
        assertThat(written.get(0).getFileName().toString()).isEqualTo("CongVan-DonDoc-Quy4-2026.docx");
        try (var doc = vn.dienhinh.report.DocumentLayout.open(written.get(0))) {
            assertThat(vn.dienhinh.report.DocumentLayout.bodyTexts(doc)).contains("Kính gửi: - Phường Đa Kao;",
                    "- Phường Tân Định.").anyMatch(p -> p.contains("trước ngày 15/12/2026"));
        }
    }
}
