package vn.dienhinh.ui;

import java.util.Optional;
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
 * is handed to the server and kept only when the officer ticks "Ghi nhớ mật khẩu trên máy này" (in their
 * own settings file, never in the database or a log); then the next sign-in may leave it empty.
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

    /** Where logins and the passwords an officer asked to remember are kept: the user's settings file in the program. */
    public interface Memory {
        /** The password kept for {@code login}, null when none. */
        String password(String login);

        /** Keeps the login of a sign-in that succeeded, with its password, or (null) without one. */
        void keep(String login, String password);
    }

    private final Dialog<AppContext> dialog = new Dialog<>();
    private final TextField login = new TextField();
    private final PasswordField password = new PasswordField();
    private final javafx.scene.control.CheckBox keepPassword = new javafx.scene.control.CheckBox(
            Messages.get("signIn.keepPassword"));
    private final Label message = new Label();
    private final TaskRunner tasks = new TaskRunner();
    private final ButtonType submitType = new ButtonType(Messages.get("signIn.submit"), ButtonBar.ButtonData.OK_DONE);
    private final String url;
    private final SignIn signIn;
    private final Memory memory;
    private AppContext signedIn;
    private boolean working;
    private boolean cancelled;

    /**
     * A sign-in to {@code url}; {@code memory} holds the logins and the passwords the officer asked to keep:
     * with one kept for the login, the password may be left empty and the box is ticked.
     */
    public SignInDialog(Window owner, String url, String rememberedLogin, SignIn signIn, Memory memory) {
        this.url = url;
        this.signIn = signIn;
        this.memory = memory;
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
        keepPassword.setId("signInKeepPassword");
        keepPassword.setTooltip(new javafx.scene.control.Tooltip(Messages.get("signIn.keepPasswordWhere")));
        grid.add(keepPassword, 1, 2);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "Tên đăng nhập" whole, never "Tên đăng…"
        grid.getColumnConstraints().add(labels);
        showKept();
        login.textProperty().addListener((o, a, b) -> showKept());
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
        keepPassword.disableProperty().bind(tasks.busy());
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
        SignInDialog d = new SignInDialog(owner, url, rememberedLogin(), AppContext::signIn, new Memory() {
            @Override
            public String password(String login) {
                return AppContext.rememberedPassword(login);
            }

            @Override
            public void keep(String login, String password) {
                AppContext.rememberPassword(login, password);
            }
        });
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
        String typed = password.getText() == null ? "" : password.getText();
        if (l.isEmpty()) {
            message.setText(Messages.get("signIn.loginEmpty"));
            login.requestFocus();
            return;
        }
        String kept = typed.isEmpty() ? kept(l) : null;
        String p = kept != null ? kept : typed;
        if (p.isEmpty()) {
            message.setText(Messages.get("signIn.passwordEmpty"));
            password.requestFocus();
            return;
        }
        working = true;
        boolean keep = keepPassword.isSelected();
        message.setText(Messages.get("signIn.working"));
        tasks.run(null, () -> signIn.signIn(url, l, p), ctx -> {
            working = false;
            if (cancelled) {
                ctx.close(); // the officer left while the server answered
                return;
            }
            signedIn = ctx;
            keep(l, keep ? p : null);
            message.setText("");
            dialog.setResult(ctx); // closes the dialog
        }, failure -> {
            working = false;
            if (kept != null && failure instanceof UserException u && u.key().equals("db.serverLogin")) {
                keep(l, null); // the kept password no longer signs in (changed on the server): forgotten
                showKept();
            }
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

    /** The box says whether a password is kept for the login typed; the field says it may be left empty. */
    private void showKept() {
        boolean kept = kept(login.getText() == null ? "" : login.getText().strip()) != null;
        keepPassword.setSelected(kept);
        password.setPromptText(kept ? Messages.get("signIn.passwordKept") : "");
    }

    private String kept(String l) {
        try {
            return l.isEmpty() ? null : memory.password(l);
        } catch (UserException e) {
            return null; // an unreadable settings file: the officer types the password
        }
    }

    private void keep(String l, String p) {
        try {
            memory.keep(l, p);
        } catch (UserException e) {
            // not kept: the officer types it again next time, the sign-in itself went through
            java.util.logging.Logger.getLogger(SignInDialog.class.getName()).log(java.util.logging.Level.WARNING,
                    "login not remembered", e);
        }
    }

    private static String rememberedLogin() {
        try {
            return AppContext.rememberedLogin();
        } catch (UserException e) {
            return null; // an unreadable settings file: the officer types the login
        }
    }
}
