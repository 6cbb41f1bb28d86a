package vn.dienhinh.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhinh.testutil.Fx.waitUntil;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.model.Officer;
import vn.dienhinh.model.OfficerRole;
import vn.dienhinh.model.Unit;
import vn.dienhinh.testutil.OnPostgres;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.ui.Choice;
import vn.dienhinh.ui.TaskRunner;

/** The office's officer grants a login a unit's clerk's role, then locks and unlocks it, on a real server. */
@ExtendWith(ApplicationExtension.class)
class UsersPaneTest {

    private AppContext office;
    private Unit ward;
    private UsersPane pane;
    private String login;
    private final List<String> errors = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        String url = OnPostgres.newDatabase();
        office = AppContext.signIn(url, "postgres", "", TestDb.CLOCK);
        login = OnPostgres.newLogin(url, "mk", false);
        ward = office.catalog().saveUnit(Unit.named("Phường Bến Nghé", "Phường"));
        office.catalog().saveUnit(new Unit(null, ward.id(), "Tổ dân phố 3", "Tổ dân phố", null, null, null, null, null,
                true, null));
        TaskRunner tasks = new TaskRunner();
        tasks.setErrorSink(errors::add);
        pane = new UsersPane(office.users(), office.catalog(), tasks);
        stage.setScene(new Scene(new javafx.scene.layout.VBox(pane.view()), 800, 600));
        stage.show();
        pane.refresh();
    }

    @AfterEach
    void close() {
        office.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Officer> table(FxRobot robot) {
        return robot.lookup("#usersTable").queryAs(TableView.class);
    }

    private Officer stored(String login) {
        return office.users().list().stream().filter(o -> o.login().equals(login)).findFirst().orElseThrow();
    }

    @Test
    void aClerkIsAddedWithTheirUnitThenLockedAndUnlocked(FxRobot robot) throws Exception {
        TableView<Officer> table = table(robot);
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).login()).isEqualTo("postgres");
        @SuppressWarnings("unchecked")
        ComboBox<Choice<Long>> unit = robot.lookup("#userUnit").queryAs(ComboBox.class);
        waitUntil(() -> unit.getItems().size() == 2);
        assertThat(unit.getItems()).extracting(Choice::label).containsExactly("Phường Bến Nghé", "    Tổ dân phố 3");

        robot.clickOn("#userLogin").write(login);
        robot.clickOn("#userName").write("Lê Thị Hà");
        // a clerk with no unit is refused in one sentence, and nothing is written
        robot.clickOn("#userAdd");
        waitUntil(() -> !errors.isEmpty());
        assertThat(errors).containsExactly("Văn thư đơn vị cần một đơn vị: hãy chọn đơn vị của người dùng " + login + ".");
        assertThat(office.users().list()).hasSize(1);

        Platform.runLater(() -> unit.getSelectionModel().select(0));
        robot.clickOn("#userAdd");
        waitUntil(() -> table.getItems().size() == 2);
        assertThat(robot.lookup("#usersMessage").queryAs(Label.class).getText()).startsWith("Đã thêm người dùng " + login);
        assertThat(stored(login)).isEqualTo(new Officer(login, "Lê Thị Hà", OfficerRole.UNIT_CLERK, ward.id(), true));
        assertThat(robot.lookup("Phường Bến Nghé").tryQuery()).as("the unit's name in the list").isPresent();

        Platform.runLater(() -> table.getSelectionModel().select(1));
        Button toggle = robot.lookup("#userToggle").queryButton();
        waitUntil(() -> toggle.getText().equals("Khóa tài khoản"));
        robot.clickOn(toggle);
        waitUntil(() -> !stored(login).active());
        waitUntil(() -> toggle.getText().equals("Mở khóa"));
        assertThat(robot.lookup("đã khóa").tryQuery()).isPresent();
        robot.clickOn(toggle);
        waitUntil(() -> stored(login).active());
        assertThat(errors).hasSize(1);
    }

    @Test
    void theLastOfficesOfficerCannotBeLockedOut(FxRobot robot) throws Exception {
        TableView<Officer> table = table(robot);
        waitUntil(() -> table.getItems().size() == 1);
        Platform.runLater(() -> table.getSelectionModel().select(0));
        waitUntil(() -> !robot.lookup("#userLogin").queryTextInputControl().getText().isEmpty());
        robot.clickOn("#userToggle");
        waitUntil(() -> !errors.isEmpty());
        assertThat(errors.get(0)).contains("cán bộ thi đua cuối cùng");
        assertThat(stored("postgres").active()).isTrue();
    }
}
