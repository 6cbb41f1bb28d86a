package vn.dienhinh.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import vn.dienhinh.util.Messages;

/**
 * A piece of the window loaded from the FXML file named after its class, in the resource folder
 * that mirrors its package. The part itself is the controller (no fx:controller), so controllers
 * take constructor arguments.
 */
public abstract class UiPart<T extends Node> {

    private final T root;

    protected UiPart() {
        String name = getClass().getSimpleName() + ".fxml";
        URL url = getClass().getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing " + name);
        }
        FXMLLoader loader = new FXMLLoader(url, Messages.bundle());
        loader.setController(this);
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public T getRoot() {
        return root;
    }
}
