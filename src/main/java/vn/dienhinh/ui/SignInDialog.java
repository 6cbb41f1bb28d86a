package vn.dienhinh.ui;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/**
 * Signing in to a shared registry on the office's server: the officer's own server login (offered as it
 * was last time) and password. The server checks the password; a refusal is said under the fields and
 * the officer tries again, the dialog stays open. The connection is made off the FX thread. The password
 * is handed to the server and kept nowhere.
 *
 * <p>Use {@link #show(Window, String)}: it blocks like {@code showAndWait} and gives the signed-in context,
 * or nothing when the officer chose Thoát.
 */
public final class SignInDialog {

    /** What signs in: {@link AppContext#signIn(String, String, String)} in the program. */
    @FunctionalInterface
    public interface SignIn {
        AppContext signIn(String url, String login, String password);
    }

    private final Dialog<AppContext> dialog = new Dialog<>();
    private final TextField login = new TextField();
    private final PasswordField password = new PasswordField();
    private final Label message = new Label();
    private final TaskRunner tasks = new TaskRunner();
    private final ButtonType submitType = new ButtonType(Messages.get("signIn.submit"), ButtonBar.ButtonData.OK_DONE);
    private final String url;
    private final SignIn signIn;
    private final Consumer<String> remember;
    private AppContext signedIn;
    private boolean working;
    private boolean cancelled;

    /**
     * A sign-in to {@code url} ({@code jdbc:postgresql://HOST/DB}); {@code rememberedLogin} is offered (may
     * be null); {@code remember} keeps the login of a sign-in that succeeded.
     */
    public SignInDialog(Window owner, String url, String rememberedLogin, SignIn signIn, Consumer<String> remember) {
        this.url = url;
        this.signIn = signIn;
        this.remember = remember;
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(Messages.get("signIn.title"));
        int q = url.indexOf('?');
        dialog.setHeaderText(Messages.get("signIn.header", q < 0 ? url : url.substring(0, q)));
        login.setId("signInLogin");
        login.setText(rememberedLogin == null ? "" : rememberedLogin);
        password.setId("signInPassword");
        message.setId("signInMessage");
        message.setWrapText(true);
        message.setMaxWidth(380);
        message.getStyleClass().add("text-danger");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.get("signIn.login")), login);
        grid.addRow(1, new Label(Messages.get("signIn.password")), password);
        VBox content = new VBox(10, grid, message);
        content.setPadding(new Insets(10, 4, 0, 4));
        dialog.getDialogPane().setContent(content);
        ButtonType cancelType = new ButtonType(Messages.get("signIn.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(submitType, cancelType);
        Button submit = (Button) dialog.getDialogPane().lookupButton(submitType);
        submit.setId("signInButton");
        dialog.getDialogPane().lookupButton(cancelType).setId("signInCancel");
        // the dialog closes only once the server said yes: Đăng nhập starts the sign-in and keeps it open
        submit.addEventFilter(ActionEvent.ACTION, e -> {
            if (signedIn == null) {
                e.consume();
                start();
            }
        });
        submit.disableProperty().bind(tasks.busy());
        login.disableProperty().bind(tasks.busy());
        password.disableProperty().bind(tasks.busy());
        tasks.setErrorSink(sentence -> { }); // said under the fields instead, see start
        dialog.setResultConverter(b -> b == submitType ? signedIn : null);
        dialog.setOnHidden(e -> {
            cancelled = signedIn == null;
            tasks.shutdown();
        });
        if (login.getText().isEmpty()) {
            dialog.setOnShown(e -> login.requestFocus());
        } else {
            dialog.setOnShown(e -> password.requestFocus());
        }
    }

    /**
     * Asks the officer to sign in to the shared registry at {@code url}, offering the login remembered from
     * the last time and remembering the one that signs in. Blocks (FX thread) until they are signed in, or
     * chose Thoát (empty). The first officer of a registry with none is told they were made the office's.
     */
    public static Optional<AppContext> show(Window owner, String url) {
        SignInDialog d = new SignInDialog(owner, url, rememberedLogin(), AppContext::signIn, SignInDialog::keep);
        return d.showAndWait();
    }

    /** Shows the dialog and waits: the signed-in context, or empty when the officer gave up. */
    public Optional<AppContext> showAndWait() {
        Optional<AppContext> ctx = dialog.showAndWait();
        ctx.filter(AppContext::firstOfficer).ifPresent(c ->
                new Dialogs(dialog.getOwner()).info(Messages.get("user.firstOfficer", c.officer().login())));
        return ctx;
    }

    /** The dialog itself, for a caller that shows it otherwise (and for tests). */
    public Dialog<AppContext> dialog() {
        return dialog;
    }

    private void start() {
        if (working) {
            return;
        }
        String l = login.getText() == null ? "" : login.getText().strip();
        String p = password.getText() == null ? "" : password.getText();
        if (l.isEmpty()) {
            message.setText(Messages.get("signIn.loginEmpty"));
            login.requestFocus();
            return;
        }
        if (p.isEmpty()) {
            message.setText(Messages.get("signIn.passwordEmpty"));
            password.requestFocus();
            return;
        }
        working = true;
        message.setText(Messages.get("signIn.working"));
        tasks.run(null, () -> signIn.signIn(url, l, p), ctx -> {
            working = false;
            if (cancelled) {
                ctx.close(); // the officer left while the server answered
                return;
            }
            signedIn = ctx;
            remember.accept(l);
            message.setText("");
            dialog.setResult(ctx); // closes the dialog
        }, failure -> {
            working = false;
            message.setText(describe(failure, url));
            password.clear();
            password.requestFocus();
        });
    }

    /** The sentence for a failed sign-in; the server's refusal of a password in the words of a sign-in, not of the settings file. */
    static String describe(Throwable t, String url) {
        if (t instanceof UserException u && u.key().equals("db.serverLogin")) {
            int q = url.indexOf('?');
            return Messages.get("signIn.wrong", q < 0 ? url : url.substring(0, q));
        }
        return TaskRunner.describe(t);
    }

    private static String rememberedLogin() {
        try {
            return AppContext.rememberedLogin();
        } catch (UserException e) {
            return null; // an unreadable settings file: the officer types the login
        }
    }

    private static void keep(String login) {
        try {
            AppContext.rememberLogin(login);
        } catch (UserException e) {
            // not remembered: the officer types it again next time, the sign-in itself went through
            java.util.logging.Logger.getLogger(SignInDialog.class.getName()).log(java.util.logging.Level.WARNING,
                    "login not remembered", e);
        }
    }
}
