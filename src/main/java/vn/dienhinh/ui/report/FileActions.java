package vn.dienhinh.ui.report;

import java.io.IOException;
import java.nio.file.Path;

/** Opening a saved document in the system's Word or Excel, and sending it to the printer. */
public interface FileActions {

    boolean canOpen();

    boolean canPrint();

    /** Called off the FX thread. */
    void open(Path file) throws IOException;

    /** Called off the FX thread. */
    void print(Path file) throws IOException;
}
