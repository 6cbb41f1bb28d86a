package vn.dienhinh;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import vn.dienhinh.cli.Cli;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.ui.MainWindow;
import vn.dienhinh.util.AppPaths;
import vn.dienhinh.util.Logs;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.StartupProbe;
import vn.dienhinh.util.UserException;

/** The window application: opens the database named by {@code --db} (or the default) and shows the main window. */
public final class App extends Application {

    private static final Logger LOG = Logger.getLogger(App.class.getName());
    /** The database being opened while the window toolkit starts; null when launched otherwise. */
    private static volatile CompletableFuture<AppContext> opening;
    private AppContext context;

    static void launchWith(String[] args) {
        // opening (and checking) the registry takes as long as starting JavaFX: do both at once
        Path db = Cli.databaseOf(List.of(args));
        opening = CompletableFuture.supplyAsync(() -> {
            Logs.addFile();
            AppContext.keepNativeLibraryIn(AppPaths.dataDir().resolve("native"));
            return AppContext.open(db);
        }, task -> {
            Thread t = new Thread(task, "open-database");
            t.setDaemon(true);
            t.start();
        });
        Application.launch(App.class, args);
    }

    /** The context opened in the background, or opened now; a UserException says why it cannot be. */
    private static AppContext open(Path db) {
        CompletableFuture<AppContext> f = opening;
        opening = null;
        if (f == null) {
            return AppContext.open(db);
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
    public void start(Stage stage) {
        // the theme pre-compiled (binary CSS): parsing its text costs some 100 ms at every start
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
        Path db = Cli.databaseOf(List.copyOf(getParameters().getRaw()));
        try {
            context = open(db);
        } catch (UserException e) {
            LOG.log(Level.WARNING, "cannot open " + db, e);
            Alert a = new Alert(Alert.AlertType.ERROR, e.getMessage());
            a.setHeaderText(Messages.get("app.cannotOpen"));
            a.setTitle(Messages.get("app.title"));
            a.showAndWait();
            Platform.exit();
            return;
        }
        if (StartupProbe.requested()) {
            // the benchmark's start-up line: say when the window is up, then quit
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
                System.out.println(StartupProbe.SHOWN);
                Platform.runLater(Platform::exit);
            });
        }
        new MainWindow(stage, context).show();
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
