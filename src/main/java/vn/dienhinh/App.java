package vn.dienhinh;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import vn.dienhinh.cli.Cli;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.context.Startup;
import vn.dienhinh.model.DatabaseReport;
import vn.dienhinh.service.BackupService;
import vn.dienhinh.ui.MainWindow;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/**
 * The window application: opens the database named by {@code --db} (or the default) through
 * {@link Startup} (quick check, daily backup), offers the newest sound backup when the database is
 * damaged, and shows the main window. A restore closes the database, replaces it and rebuilds the window.
 */
public final class App extends Application {

    private static final Logger LOG = Logger.getLogger(App.class.getName());
    private final Clock clock = Clock.systemDefaultZone();
    private AppContext context;
    private MainWindow window;
    private Stage stage;
    private Path db;

    static void launchWith(String[] args) {
        Application.launch(App.class, args);
    }

    @Override
    public void start(Stage primary) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage = primary;
        db = Cli.databaseOf(List.copyOf(getParameters().getRaw()));
        try {
            Startup.Outcome outcome = Startup.open(db, clock);
            if (outcome instanceof Startup.Damaged damaged) {
                context = recover(damaged);
            } else {
                context = ((Startup.Ready) outcome).context();
            }
        } catch (UserException e) {
            LOG.log(Level.WARNING, "cannot open " + db, e);
            alert(Alert.AlertType.ERROR, Messages.get("app.cannotOpen"), e.getMessage());
            context = null;
        }
        if (context == null) {
            Platform.exit();
            return;
        }
        showWindow();
    }

    /** A damaged database: offer the newest sound backup; null when there is none or the user declines. */
    private AppContext recover(Startup.Damaged d) {
        LOG.warning(() -> "damaged database " + d.database() + ": " + String.join("; ", d.damage()));
        if (d.newestBackup().isEmpty()) {
            alert(Alert.AlertType.ERROR, Messages.get("app.damaged.header"),
                    Messages.get("app.damaged.noBackup", d.database(), BackupService.folderOf(d.database())));
            return null;
        }
        DatabaseReport b = d.newestBackup().get();
        ButtonType restore = new ButtonType(Messages.get("app.damaged.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(Messages.get("app.damaged.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.WARNING, Messages.get("app.damaged.text", d.database(), b.file(),
                b.exemplars(), modified(b.file())), restore, quit);
        a.setTitle(Messages.get("app.title"));
        a.setHeaderText(Messages.get("app.damaged.header"));
        if (a.showAndWait().filter(x -> x == restore).isEmpty()) {
            return null;
        }
        Startup.Restored r = Startup.restore(null, db, b.file(), clock);
        if (r.failure() != null) {
            r.context().close();
            alert(Alert.AlertType.ERROR, Messages.get("app.damaged.header"), r.failure().getMessage());
            return null;
        }
        alert(Alert.AlertType.INFORMATION, null, Messages.get("ui.restore.done", b.file(), r.keptCopy()));
        return r.context();
    }

    private void showWindow() {
        window = new MainWindow(stage, context);
        window.onRestore(this::restore);
        window.show();
    }

    /** Closes the database, replaces it with the backup (off the FX thread), reopens it in a new window. */
    private void restore(Path backup) {
        window.dispose();
        AppContext old = context;
        context = null;
        Thread t = new Thread(() -> {
            Startup.Restored r;
            try {
                r = Startup.restore(old, db, backup, clock);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "reopening after restore failed", e);
                Platform.runLater(() -> {
                    alert(Alert.AlertType.ERROR, Messages.get("app.cannotOpen"), e.getMessage());
                    Platform.exit();
                });
                return;
            }
            Platform.runLater(() -> {
                context = r.context();
                showWindow();
                if (r.failure() != null) {
                    alert(Alert.AlertType.ERROR, Messages.get("ui.errorHeader"), r.failure().getMessage());
                } else {
                    alert(Alert.AlertType.INFORMATION, null, Messages.get("ui.restore.done", backup, r.keptCopy()));
                }
            });
        }, "dienhinh-restore");
        t.start();
    }

    private static String modified(Path file) {
        try {
            return DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").format(LocalDateTime.ofInstant(
                    java.nio.file.Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault()));
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private void alert(Alert.AlertType type, String header, String text) {
        Alert a = new Alert(type, text, new ButtonType(Messages.get("ui.ok"), ButtonBar.ButtonData.OK_DONE));
        if (stage != null && stage.isShowing()) {
            a.initOwner(stage);
        }
        a.setTitle(Messages.get("app.title"));
        a.setHeaderText(header);
        a.showAndWait();
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
