package vn.dienhinh.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * A tab pane whose tab titles wrap onto more rows instead of hiding behind the overflow arrow: in a narrow
 * detail pane every section stays one click away. The tabs stay in the {@link TabPane} (its selection is the
 * one that counts); its own header row is hidden and a row of toggle buttons takes its place.
 */
public final class WrappingTabs {

    private WrappingTabs() {
    }

    public static VBox of(TabPane tabs) {
        FlowPane titles = new FlowPane(4, 4);
        titles.getStyleClass().add("wrapping-tabs");
        ToggleGroup group = new ToggleGroup();
        Runnable rebuild = () -> {
            titles.getChildren().clear();
            group.getToggles().clear();
            for (Tab t : tabs.getTabs()) {
                ToggleButton b = new ToggleButton();
                b.textProperty().bind(t.textProperty());
                b.setToggleGroup(group);
                b.setUserData(t);
                b.setSelected(tabs.getSelectionModel().getSelectedItem() == t);
                b.setFocusTraversable(true);
                if (t.getId() != null) {
                    b.setId(t.getId() + "-title");
                }
                titles.getChildren().add(b);
            }
        };
        rebuild.run();
        tabs.getTabs().addListener((ListChangeListener<Tab>) c -> rebuild.run());
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one section is always shown
            } else {
                tabs.getSelectionModel().select((Tab) now.getUserData());
            }
        });
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> group.getToggles().stream()
                .filter(b -> b.getUserData() == now).findFirst().ifPresent(b -> b.setSelected(true)));
        hideHeader(tabs);
        tabs.skinProperty().addListener((o, was, now) -> hideHeader(tabs));
        return new VBox(6, titles, tabs);
    }

    private static void hideHeader(TabPane tabs) {
        Node header = tabs.lookup(".tab-header-area");
        if (header != null) {
            header.setVisible(false);
            header.setStyle("-fx-pref-height: 0; -fx-min-height: 0; -fx-max-height: 0; -fx-padding: 0;");
        }
    }
}
