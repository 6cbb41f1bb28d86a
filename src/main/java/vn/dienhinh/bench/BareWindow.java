package vn.dienhinh.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import vn.dienhinh.util.StartupProbe;

/**
 * The start-up line's floor: the barest JavaFX window (a stage with a label), started in its own JVM
 * exactly as the program is, saying when it is shown. A launcher class, not an Application, so it
 * starts from a plain class path as Main does.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("Điển Hình"), 640, 400));
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
                System.out.println(StartupProbe.SHOWN);
                Platform.runLater(Platform::exit);
            });
            stage.show();
        }
    }
}
