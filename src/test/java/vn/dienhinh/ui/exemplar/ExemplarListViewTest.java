package vn.dienhinh.ui.exemplar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhinh.testutil.Fx.waitUntil;
import static vn.dienhinh.testutil.ExemplarFixtures.collective;
import static vn.dienhinh.testutil.ExemplarFixtures.person;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.dienhinh.model.ExemplarRow;
import vn.dienhinh.model.Unit;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.TaskRunner;

/** The exemplar screen as a user drives it: typing, adding through the form, the form's refusals. */
@ExtendWith(ApplicationExtension.class)
class ExemplarListViewTest {

    @TempDir
    static Path dir;
    private static int run;
    private TestDb t;
    private ExemplarListView view;

    @Start
    void start(Stage stage) {
        vn.dienhinh.testutil.Theme.apply();
        t = new TestDb(dir.resolve("run" + (++run)));
        Unit ward = t.catalogRepo.insertUnit(Unit.named("Phường Bến Nghé", "Phường"));
        t.registry.save(person("Nguyễn Văn An", 1980).unitId(ward.id()).build());
        t.registry.save(person("Đặng Thị Hoa", 1975).unitId(ward.id()).build());
        t.registry.save(person("Trần Thị Bích", 1990).build());
        t.registry.save(person("Lê Văn Đạt", 1968).build());
        t.registry.save(collective("Trạm Y tế phường Đa Kao").build());
        TaskRunner tasks = new TaskRunner();
        view = new ExemplarListView(new ExemplarServices(t.registry, t.catalog, t.introductions, t.activities, t.campaigns,
                t.awards, t.history, t.eligibility),
                tasks, new Dialogs(stage));
        stage.setScene(new Scene(view.getRoot(), 1200, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        t.close();
    }


    private List<String> names() {
        TableView<ExemplarRow> table = view.table();
        return table.getItems().stream().map(r -> r == null ? "?" : r.name()).toList();
    }

    @Test
    void typingNarrowsTheTableIgnoringDiacritics(FxRobot robot) throws Exception {
        waitUntil(() -> view.table().getItems().size() == 5 && !names().contains("?"));
        assertThat(names()).containsExactly("Nguyễn Văn An", "Trần Thị Bích", "Lê Văn Đạt", "Đặng Thị Hoa",
                "Trạm Y tế phường Đa Kao");
        robot.clickOn("#searchField").write("dang");
        waitUntil(() -> names().equals(List.of("Đặng Thị Hoa")));
        robot.eraseText(4).write("ben nghe");
        waitUntil(() -> view.table().getItems().size() == 2);
        assertThat(names()).containsExactly("Nguyễn Văn An", "Đặng Thị Hoa");
        robot.eraseText(8).write("xyz");
        waitUntil(() -> view.table().getItems().isEmpty());
        Label placeholder = (Label) view.table().getPlaceholder();
        assertThat(placeholder.getText()).contains("Không có điển hình nào khớp");
    }

    @Test
    void addingThroughTheFormShowsTheNewRowSelected(FxRobot robot) throws Exception {
        waitUntil(() -> view.table().getItems().size() == 5);
        robot.clickOn("#addButton");
        waitUntil(() -> robot.lookup("#form-name").tryQuery().isPresent());
        TextField name = robot.lookup("#form-name").queryAs(TextField.class);
        robot.interact(() -> name.setText("Hoàng Thị Mai"));
        robot.clickOn("#form-birth-year").write("1992");
        robot.clickOn("#form-save");
        waitUntil(() -> names().contains("Hoàng Thị Mai")
                && view.table().getSelectionModel().getSelectedItem() != null);
        assertThat(view.table().getSelectionModel().getSelectedItem().name()).isEqualTo("Hoàng Thị Mai");
        assertThat(view.table().getSelectionModel().getSelectedItem().birthYear()).isEqualTo(1992);
        assertThat(t.registry.count(vn.dienhinh.model.ExemplarFilter.ALL)).isEqualTo(6);
        // the new row stands in Vietnamese order by given name: An, Bích, Đạt, Hoa, Mai, …
        assertThat(names().indexOf("Hoàng Thị Mai")).isEqualTo(4);
    }

    @Test
    void theFormRefusesAnEmptyNameAndABirthYearOf19855(FxRobot robot) throws Exception {
        waitUntil(() -> view.table().getItems().size() == 5);
        robot.clickOn("#addButton");
        waitUntil(() -> robot.lookup("#form-save").tryQuery().isPresent());
        Button save = robot.lookup("#form-save").queryButton();
        Label problems = robot.lookup("#form-problems").queryAs(Label.class);
        waitUntil(save::isDisabled);
        assertThat(problems.getText()).contains("không được để trống");

        robot.clickOn("#form-name").write("Pham Van Tuan");
        waitUntil(() -> !save.isDisabled());

        robot.clickOn("#form-birth-year").write("19855");
        waitUntil(save::isDisabled);
        assertThat(problems.getText()).contains("Năm sinh phải là số có 4 chữ số");

        robot.eraseText(1);
        waitUntil(() -> !save.isDisabled());
        robot.clickOn("#form-name").eraseText(13);
        waitUntil(save::isDisabled);
        assertThat(t.registry.count(vn.dienhinh.model.ExemplarFilter.ALL)).isEqualTo(5);
    }

    @Test
    void aYearsResultIsRecordedInTheDetailAndReplacedWhenTheYearIsRecordedAgain(FxRobot robot) throws Exception {
        waitUntil(() -> view.table().getItems().size() == 5 && !names().contains("?"));
        robot.interact(() -> view.table().getSelectionModel().select(0));
        waitUntil(() -> robot.lookup("#exemplar-results").tryQuery().isPresent());
        // every section's title is on screen in the narrow detail pane, none behind an overflow arrow
        javafx.scene.layout.FlowPane titles = robot.lookup(".wrapping-tabs").queryAs(javafx.scene.layout.FlowPane.class);
        assertThat(titles.getChildren()).hasSize(8).allSatisfy(b -> assertThat(b.getBoundsInParent().getMaxX())
                .isLessThanOrEqualTo(titles.getWidth() + 0.5));
        robot.clickOn("Kết quả hằng năm (0)");
        waitUntil(() -> robot.lookup("#detail-add-result").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        robot.clickOn("#detail-add-result");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<vn.dienhinh.ui.Choice<vn.dienhinh.model.TaskRating>> rating =
                robot.lookup("#result-rating").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> rating.getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#result-initiatives").queryAs(javafx.scene.control.Spinner.class)
                .getValueFactory().setValue(2));
        robot.clickOn("#dialog-save");
        long an = view.table().getItems().get(0).id();
        waitUntil(() -> !t.eligibility.results(an).isEmpty());
        assertThat(t.eligibility.results(an)).singleElement().satisfies(r -> {
            assertThat(r.year()).isEqualTo(2026);
            assertThat(r.rating()).isEqualTo(vn.dienhinh.model.TaskRating.EXCELLENT);
            assertThat(r.initiatives()).isEqualTo(2);
        });
        waitUntil(() -> robot.lookup("#exemplar-results").tryQuery()
                .map(n -> ((TableView<?>) n).getItems().size() == 1).orElse(false));
    }
}
