package vn.dienhinh.ui;

import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import vn.dienhinh.AppContext;
import vn.dienhinh.util.Messages;

/** The main window: navigation on the left, the chosen screen in the centre. */
public final class MainWindow {

    private final Stage stage;

    public MainWindow(Stage stage, AppContext context) {
        this.stage = stage;
        stage.setTitle(Messages.get("app.title"));
        stage.setScene(new Scene(new BorderPane(), 1200, 760));
    }

    public void show() {
        stage.show();
    }
}
