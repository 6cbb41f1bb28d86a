package vn.dienhinh.ui;

import javafx.scene.Node;

/** A screen of the main window. */
public interface Screen {

    Node view();

    /** Reads its data again (after demo data is loaded, or the screen is shown again). */
    void refresh();
}
