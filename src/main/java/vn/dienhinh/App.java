package vn.dienhinh;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import vn.dienhinh.cli.Cli;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.context.Startup;
import vn.dienhinh.model.DatabaseReport;
import vn.dienhinh.service.BackupService;
import vn.dienhinh.ui.MainWindow;
import vn.dienhinh.util.AppPaths;
import vn.dienhinh.util.Logs;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.StartupProbe;
import vn.dienhinh.util.UserException;

/**
 * The window application: opens the database named by {@code --db} (or the default) through
 * {@link Startup} (quick check, daily backup), offers the newest sound backup when the database is
 * damaged, and shows the main window. A restore closes the database, replaces it and rebuilds the window.
 */
public final class App extends Application {

    private static final Logger LOG = Logger.getLogger(App.class.getName());
    private static final Clock CLOCK = Clock.systemDefaultZone();
    /** The registry being opened while the window toolkit starts (checked later, see start); null when launched otherwise. */
    private static volatile CompletableFuture<Startup.Outcome> opening;
    private AppContext context;
    private MainWindow window;
    private Stage stage;
    /** What the window opens: a file, or a shared registry on a server ({@code jdbc:postgresql://…}). */
    private String target;

    static void launchWith(String[] args) {
        Path natives = AppPaths.nativeDir();
        if (!natives.equals(AppPaths.dataDir().resolve("native"))) {
            // a data folder Windows cannot load libraries from (see AppPaths.nativeDir): JavaFX's and, should
            // the kept copy fail, the one sqlite-jdbc extracts go to the ASCII folder too
            System.setProperty("javafx.cachedir", natives.resolve("javafx").toString());
            System.setProperty("org.sqlite.tmpdir", natives.toString());
        }
        // opening the registry takes as long as starting JavaFX: do both at once
        String target = Cli.targetOf(List.of(args));
        // a shared registry is opened when the officer has signed in, on the window thread's dialog
        boolean file = !AppContext.isServer(target);
        CompletableFuture<Startup.Outcome> f = new CompletableFuture<>();
        opening = file ? f : null;
        Thread t = new Thread(() -> {
            try {
                Messages.bundle(); // the window's texts, read here rather than on the window thread
                Logs.addFile();
                AppContext.keepNativeLibraryIn(AppPaths.nativeDir());
                if (file) {
                    f.complete(Startup.openUnchecked(AppContext.fileOf(target), CLOCK));
                }
            } catch (RuntimeException | Error e) {
                f.completeExceptionally(e);
                return;
            }
            // then, while the window thread builds the window, the classes it is about to need
            preloadWindowClasses();
        }, "open-database");
        t.setDaemon(true);
        t.start();
        Application.launch(App.class, args);
    }

    /**
     * Loads (without initialising) the classes the main window needs, listed in startup-classes.txt:
     * done on the opening thread once the registry is open, while the window thread builds the window,
     * which then finds them loaded instead of reading some 1,400 classes from the jar one by one. A class the list names
     * that is not there any more is passed over.
     */
    private static void preloadWindowClasses() {
        ClassLoader loader = App.class.getClassLoader();
        try (var in = App.class.getResourceAsStream("startup-classes.txt")) {
            if (in == null) {
                return;
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                try {
                    Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // an older list: the class is loaded when needed, as without the list
                }
            }
        } catch (java.io.IOException e) {
            // no list: nothing is preloaded
        }
    }

    /** The outcome of the opening begun in the background, or of one done now; a UserException says why it failed. */
    private static Startup.Outcome opened(Path db) {
        CompletableFuture<Startup.Outcome> f = opening;
        opening = null;
        if (f == null) {
            return Startup.openUnchecked(db, CLOCK);
        }
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    @Override
    public void start(Stage primary) {
        // the theme pre-compiled (binary CSS): parsing its text costs some 100 ms at every start
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
        stage = primary;
        target = Cli.targetOf(List.copyOf(getParameters().getRaw()));
        if (AppContext.isServer(target)) {
            context = vn.dienhinh.ui.SignInDialog.show(null, target).orElse(null);
            if (context == null) {
                Platform.exit();
            } else {
                showWindow();
            }
            return;
        }
        Path db = db();
        try {
            Startup.Outcome outcome = opened(db);
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
        // the check reads the whole file and the daily backup copies it: after the window, off its thread;
        // a restore from the menu meanwhile replaces the context, and then this check no longer applies
        AppContext checked = context;
        window.runInBackground(Messages.get("app.checking"), () -> Startup.check(checked), outcome -> {
            if (outcome instanceof Startup.Damaged damaged && context == checked) {
                damagedAfterStart(damaged);
            } else if (outcome instanceof Startup.Ready ready && ready.backupProblem() != null) {
                alert(Alert.AlertType.WARNING, Messages.get("app.backupFailed"), ready.backupProblem());
            }
        });
    }

    /** The file the window works on (only a file is checked, backed up and restored here). */
    private Path db() {
        return AppContext.fileOf(target);
    }

    /** A database that cannot be opened: offer the newest sound backup; null when there is none or the user declines. */
    private AppContext recover(Startup.Damaged d) {
        Path backup = askToRestore(d);
        if (backup == null) {
            return null;
        }
        Startup.Restored r = Startup.restore(null, db(), backup, CLOCK);
        if (r.failure() != null) {
            r.context().close();
            alert(Alert.AlertType.ERROR, Messages.get("app.damaged.header"), r.failure().getMessage());
            return null;
        }
        alert(Alert.AlertType.INFORMATION, null, Messages.get("ui.restore.done", backup, r.keptCopy()));
        return r.context();
    }

    /**
     * The check after the window opened found damage: restore the newest sound backup as the menu's
     * restore does (the window is rebuilt on it), or quit; nobody keeps working on a damaged file.
     */
    private void damagedAfterStart(Startup.Damaged d) {
        Path backup = askToRestore(d);
        if (backup == null) {
            Platform.exit();
        } else {
            restore(backup);
        }
    }

    /** Says what is damaged and offers the newest sound backup: the one to restore, or null (none, or declined). */
    private Path askToRestore(Startup.Damaged d) {
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
        if (stage != null && stage.isShowing()) {
            a.initOwner(stage);
        }
        a.setTitle(Messages.get("app.title"));
        a.setHeaderText(Messages.get("app.damaged.header"));
        return a.showAndWait().filter(x -> x == restore).map(x -> b.file()).orElse(null);
    }

    private void showWindow() {
        if (StartupProbe.requested()) {
            // the benchmark's start-up line: say when the window is up, then quit
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
                System.out.println(StartupProbe.SHOWN);
                Platform.runLater(Platform::exit);
            });
        }
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
                r = Startup.restore(old, db(), backup, CLOCK);
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
