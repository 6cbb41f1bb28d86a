package vn.dienhinh.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.dienhinh.util.Messages;

/**
 * The frame of the main window: menu, navigation column, content area, status bar. Built in code,
 * not FXML, because it is on the start-up path: the first use of FXMLLoader costs some 200 ms on an
 * office machine, more than everything else this frame does. The screens keep their FXML.
 */
final class MainShell {

    final BorderPane root = new BorderPane();
    final VBox nav = new VBox(2);
    final StackPane content = new StackPane();
    final Label databaseLabel = new Label();
    final Label taskLabel = new Label();
    final ProgressBar progress = new ProgressBar();
    final MenuItem importItem = new MenuItem(Messages.get("menu.import"));
    final SeparatorMenuItem importSeparator = new SeparatorMenuItem();
    final MenuItem importResultsItem = new MenuItem(Messages.get("menu.importResults"));
    final MenuItem backupItem = new MenuItem(Messages.get("menu.backup"));
    final MenuItem restoreItem = new MenuItem(Messages.get("menu.restore"));
    final MenuItem checkItem = new MenuItem(Messages.get("menu.check"));
    final MenuItem demoItem = new MenuItem(Messages.get("menu.demo"));
    final MenuItem exitItem = new MenuItem(Messages.get("menu.exit"));
    final MenuItem aboutItem = new MenuItem(Messages.get("menu.about"));

    MainShell() {
        root.getStyleClass().add("main-window");
        Menu file = new Menu(Messages.get("menu.file"), null, importItem, importResultsItem, importSeparator,
                backupItem, restoreItem, checkItem, new SeparatorMenuItem(), demoItem, new SeparatorMenuItem(), exitItem);
        Menu help = new Menu(Messages.get("menu.help"), null, aboutItem);
        root.setTop(new MenuBar(file, help));
        nav.setPrefWidth(226);
        nav.getStyleClass().add("nav");
        nav.setPadding(new Insets(10, 6, 10, 6));
        root.setLeft(nav);
        root.setCenter(content);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        progress.setPrefWidth(140);
        HBox status = new HBox(10, databaseLabel, gap, taskLabel, progress);
        status.setAlignment(Pos.CENTER_LEFT);
        status.getStyleClass().add("status-bar");
        status.setPadding(new Insets(4, 10, 4, 10));
        root.setBottom(status);
    }
}
