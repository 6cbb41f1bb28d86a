package vn.dienhinh.ui.imports;

import java.util.function.BiConsumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.dienhinh.imports.Layout;
import vn.dienhinh.imports.Target;
import vn.dienhinh.util.Messages;

/** The columns the program found, each with where its values go, correctable by the officer. */
final class MappingPane {

    private final FlowPane root = new FlowPane(10, 8);
    private final BiConsumer<Integer, Target> changed;
    private boolean filling;

    /** {@code changed} gets the column index and its new target when the user picks another one. */
    MappingPane(BiConsumer<Integer, Target> changed) {
        this.changed = changed;
        root.setId("import-mapping");
    }

    FlowPane getRoot() {
        return root;
    }

    void show(Layout layout) {
        filling = true;
        root.getChildren().clear();
        for (Layout.Column c : layout.columns()) {
            Label title = new Label(c.letter() + " · " + (c.title().isBlank() ? "—" : c.title()));
            title.setMaxWidth(205);
            title.getStyleClass().add("text-small");
            ComboBox<Target> box = new ComboBox<>();
            box.setId("map-" + c.letter());
            box.getItems().setAll(Target.values());
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(Target t) {
                    return t == null ? "" : Messages.get("import.target." + t.name());
                }

                @Override
                public Target fromString(String s) {
                    return null;
                }
            });
            box.setButtonCell(new ListCell<>() {
                @Override
                protected void updateItem(Target t, boolean empty) {
                    super.updateItem(t, empty);
                    setText(empty || t == null ? "" : Messages.get("import.target." + t.name()));
                }
            });
            box.setValue(c.target());
            box.setPrefWidth(205);
            box.valueProperty().addListener((o, was, now) -> {
                if (!filling && now != null && now != was) {
                    changed.accept(c.index(), now);
                }
            });
            root.getChildren().add(new VBox(2, title, box));
        }
        filling = false;
    }
}
