package vn.dienhinh.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhinh.testutil.Fx.waitUntil;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.model.OfficerRole;
import vn.dienhinh.model.Unit;
import vn.dienhinh.testutil.OnPostgres;
import vn.dienhinh.testutil.TestDb;

/** Signing in to a shared registry on a real server that checks passwords: refusals under the fields, then in. */
@ExtendWith(ApplicationExtension.class)
class SignInDialogTest {

    private String url;
    private AppContext office;
    private String clerk;
    private SignInDialog dialog;
    private final List<String> remembered = new CopyOnWriteArrayList<>();
    private final AtomicInteger attempts = new AtomicInteger();

    @Start
    void start(Stage stage) {
        url = OnPostgres.newDatabase();
        office = AppContext.signIn(url, "postgres", "", TestDb.CLOCK);
        Unit ward = office.catalog().saveUnit(Unit.named("Phường Bến Nghé", "Phường"));
        clerk = OnPostgres.newLogin(url, "mat-khau-dung", false);
        office.users().add(clerk, "Lê Thị Hà", OfficerRole.UNIT_CLERK, ward.id());
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        this.stage = stage;
        dialog = open(clerk);
    }

    private Stage stage;
    /** The passwords kept, as the user's settings file keeps them in the program. */
    private final java.util.Map<String, String> kept = new java.util.concurrent.ConcurrentHashMap<>();

    private SignInDialog open(String offered) {
        SignInDialog d = new SignInDialog(stage, url, offered, (u, l, p) -> {
            attempts.incrementAndGet();
            return AppContext.signIn(u, l, p, TestDb.CLOCK);
        }, new SignInDialog.Memory() {
            @Override
            public String password(String login) {
                return kept.get(login);
            }

            @Override
            public void keep(String login, String password) {
                remembered.add(login);
                if (password == null) {
                    kept.remove(login);
                } else {
                    kept.put(login, password);
                }
            }
        });
        d.dialog().show();
        return d;
    }

    @AfterEach
    void close() {
        AppContext signed = dialog.dialog().getResult();
        if (signed != null) {
            signed.close();
        }
        office.close();
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#signInMessage").queryAs(Label.class).getText();
    }

    @Test
    void aWrongPasswordIsSaidUnderTheFieldsThenTheRightOneSignsInAndTheLoginIsRemembered(FxRobot robot)
            throws Exception {
        assertThat(robot.lookup("#signInLogin").queryAs(TextField.class).getText()).as("remembered").isEqualTo(clerk);
        PasswordField password = robot.lookup("#signInPassword").queryAs(PasswordField.class);
        robot.clickOn(password).write("mat-khau-sai");
        robot.clickOn("#signInButton");
        waitUntil(() -> message(robot).contains("không đúng"));
        assertThat(message(robot)).startsWith("Tên đăng nhập hoặc mật khẩu không đúng").doesNotContain("mat-khau");
        assertThat(dialog.dialog().isShowing()).isTrue();
        assertThat(password.getText()).as("typed again").isEmpty();
        assertThat(remembered).isEmpty();

        robot.clickOn(password).write("mat-khau-dung");
        robot.clickOn("#signInButton");
        waitUntil(() -> !dialog.dialog().isShowing());
        AppContext signed = dialog.dialog().getResult();
        assertThat(signed.officer().login()).isEqualTo(clerk);
        assertThat(signed.officer().role()).isEqualTo(OfficerRole.UNIT_CLERK);
        assertThat(remembered).containsExactly(clerk);
    }

    @Test
    void aPasswordKeptAtTheOfficersAskSignsInNextTimeLeftEmptyAndOneThatNoLongerWorksIsForgotten(FxRobot robot)
            throws Exception {
        javafx.scene.control.CheckBox keep = robot.lookup("#signInKeepPassword").queryAs(javafx.scene.control.CheckBox.class);
        assertThat(keep.isSelected()).as("nothing kept yet").isFalse();
        robot.clickOn("#signInPassword").write("mat-khau-dung");
        robot.clickOn(keep);
        robot.clickOn("#signInButton");
        waitUntil(() -> !dialog.dialog().isShowing());
        assertThat(kept).containsEntry(clerk, "mat-khau-dung");
        dialog.dialog().getResult().close();

        // the next start: the box is ticked, the password left empty
        SignInDialog[] next = new SignInDialog[1];
        Platform.runLater(() -> next[0] = open(clerk));
        waitUntil(() -> next[0] != null && next[0].dialog().isShowing());
        dialog = next[0];
        PasswordField password = robot.lookup("#signInPassword").queryAs(PasswordField.class);
        assertThat(robot.lookup("#signInKeepPassword").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();
        assertThat(password.getText()).as("never shown").isEmpty();
        assertThat(password.getPromptText()).contains("đã ghi nhớ");
        robot.clickOn("#signInButton");
        waitUntil(() -> !dialog.dialog().isShowing());
        assertThat(dialog.dialog().getResult().officer().login()).isEqualTo(clerk);
        dialog.dialog().getResult().close();

        // the password changed on the server: the kept one is refused, said, and forgotten
        kept.put(clerk, "mat-khau-cu");
        Platform.runLater(() -> next[0] = open(clerk));
        waitUntil(() -> next[0] != dialog && next[0].dialog().isShowing());
        dialog = next[0];
        robot.clickOn("#signInButton");
        waitUntil(() -> message(robot).contains("không đúng"));
        assertThat(kept).doesNotContainKey(clerk);
        assertThat(robot.lookup("#signInKeepPassword").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isFalse();
        robot.clickOn("#signInButton");
        waitUntil(() -> message(robot).equals("Hãy nhập mật khẩu."));
    }

    @Test
    void anEmptyPasswordIsAskedForWithoutReachingTheServer(FxRobot robot) throws Exception {
        robot.clickOn("#signInButton");
        waitUntil(() -> !message(robot).isEmpty());
        assertThat(message(robot)).isEqualTo("Hãy nhập mật khẩu.");
        assertThat(attempts).hasValue(0);
        robot.doubleClickOn("#signInLogin").eraseText(clerk.length());
        robot.clickOn("#signInButton");
        waitUntil(() -> message(robot).equals("Hãy nhập tên đăng nhập."));
        assertThat(attempts).hasValue(0);
    }

    @Test
    void aLoginTheRegistryHasNotGrantedIsRefusedInOneSentence(FxRobot robot) throws Exception {
        String stranger = OnPostgres.newLogin(url, "mk", false);
        TextField login = robot.lookup("#signInLogin").queryAs(TextField.class);
        Platform.runLater(() -> login.setText(stranger));
        robot.clickOn("#signInPassword").write("mk");
        robot.clickOn("#signInButton");
        waitUntil(() -> message(robot).contains("chưa được cấp quyền"));
        assertThat(message(robot)).startsWith("Tài khoản " + stranger).doesNotContain("Exception");
        assertThat(dialog.dialog().isShowing()).isTrue();
    }

    @Test
    void thoatClosesWithoutSigningIn(FxRobot robot) throws Exception {
        robot.clickOn("#signInCancel");
        waitUntil(() -> !dialog.dialog().isShowing());
        assertThat(dialog.dialog().getResult()).isNull();
        assertThat(attempts).hasValue(0);
    }
}
