package vn.dienhinh.ui.report;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@link FileActions} through {@link java.awt.Desktop}; where it cannot open files (some Linux desktops)
 * {@code xdg-open} does. Printing only where the system offers it (Windows; rarely Linux).
 */
public final class DesktopFileActions implements FileActions {

    private static final Path XDG_OPEN = Path.of("/usr/bin/xdg-open");

    @Override
    public boolean canOpen() {
        return supports(Desktop.Action.OPEN) || linuxOpener();
    }

    @Override
    public boolean canPrint() {
        return supports(Desktop.Action.PRINT);
    }

    @Override
    public void open(Path file) throws IOException {
        if (supports(Desktop.Action.OPEN)) {
            Desktop.getDesktop().open(file.toFile());
        } else {
            new ProcessBuilder(XDG_OPEN.toString(), file.toAbsolutePath().toString()).inheritIO().start();
        }
    }

    @Override
    public void print(Path file) throws IOException {
        Desktop.getDesktop().print(file.toFile());
    }

    private static boolean supports(Desktop.Action action) {
        try {
            return !java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(action);
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static boolean linuxOpener() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux") && Files.isExecutable(XDG_OPEN);
    }
}
