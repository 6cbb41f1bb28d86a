package vn.dienhinh;

import java.nio.file.Path;
import java.util.List;
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
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.StartupProbe;
import vn.dienhinh.util.UserException;

/** The window application: opens the database named by {@code --db} (or the default) and shows the main window. */
public final class App extends Application {

    private static final Logger LOG = Logger.getLogger(App.class.getName());
    private AppContext context;

    static void launchWith(String[] args) {
        Application.launch(App.class, args);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path db = Cli.databaseOf(List.copyOf(getParameters().getRaw()));
        try {
            context = AppContext.open(db);
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
