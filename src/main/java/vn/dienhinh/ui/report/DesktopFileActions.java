package vn.dienhinh.ui.report;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@link FileActions} through {@link java.awt.Desktop} where the system offers it; else a command of the
 * system: Windows {@code rundll32 url.dll,FileProtocolHandler} (what Explorer does on a double click, with
 * no {@code cmd} to misread a name holding {@code &} or {@code ^}), Linux {@code xdg-open}, macOS
 * {@code open}. Printing only through Desktop PRINT (Windows hands it to Word or Excel); elsewhere the
 * button says why not ({@code export.cannotPrint}). Which is used is {@link #openWith}/{@link #printWith},
 * pure functions of the system, tested per system.
 */
public final class DesktopFileActions implements FileActions {

    private static final Path XDG_OPEN = Path.of("/usr", "bin", "xdg-open");
    private static final Path MAC_OPEN = Path.of("/usr", "bin", "open");

    /** How a file is opened or printed. */
    public enum Way { DESKTOP, COMMAND, NONE }

    /** A way and, for {@link Way#COMMAND}, the command with the file last. */
    public record Mechanism(Way way, List<String> command) {
    }

    /** How to open {@code file} on a system named {@code osName}, given what Desktop and the system offer. */
    public static Mechanism openWith(String osName, boolean desktopOpens, boolean xdgOpen, Path file) {
        if (desktopOpens) {
            return new Mechanism(Way.DESKTOP, List.of());
        }
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        String f = file.toAbsolutePath().toString();
        if (os.startsWith("windows")) {
            return new Mechanism(Way.COMMAND, List.of("rundll32", "url.dll,FileProtocolHandler", f));
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return new Mechanism(Way.COMMAND, List.of(MAC_OPEN.toString(), f));
        }
        if (xdgOpen) {
            return new Mechanism(Way.COMMAND, List.of(XDG_OPEN.toString(), f));
        }
        return new Mechanism(Way.NONE, List.of());
    }

    /** How to print: through Desktop where it can, else not at all (the officer prints from Word or Excel). */
    public static Mechanism printWith(String osName, boolean desktopPrints) {
        return new Mechanism(desktopPrints ? Way.DESKTOP : Way.NONE, List.of());
    }

    @Override
    public boolean canOpen() {
        return openWith(os(), supports(Desktop.Action.OPEN), Files.isExecutable(XDG_OPEN), Path.of("x")).way() != Way.NONE;
    }

    @Override
    public boolean canPrint() {
        return printWith(os(), supports(Desktop.Action.PRINT)).way() != Way.NONE;
    }

    @Override
    public void open(Path file) throws IOException {
        Mechanism m = openWith(os(), supports(Desktop.Action.OPEN), Files.isExecutable(XDG_OPEN), file);
        switch (m.way()) {
            case DESKTOP -> Desktop.getDesktop().open(file.toFile());
            case COMMAND -> new ProcessBuilder(m.command()).inheritIO().start();
            case NONE -> throw new vn.dienhinh.util.UserException("export.cannotOpen");
        }
    }

    @Override
    public void print(Path file) throws IOException {
        if (printWith(os(), supports(Desktop.Action.PRINT)).way() != Way.DESKTOP) {
            throw new vn.dienhinh.util.UserException("export.cannotPrint");
        }
        Desktop.getDesktop().print(file.toFile());
    }

    private static String os() {
        return System.getProperty("os.name", "");
    }

    private static boolean supports(Desktop.Action action) {
        try {
            return !java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(action);
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
