package vn.dienhinh.util;

import java.io.IOException;
import java.nio.file.Files;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Stack traces go to the log file in the data folder; the console stays quiet for the user. */
public final class Logs {

    private Logs() {
    }

    /** The console stays quiet (JavaFX and the libraries log there by default). Cheap: do it first. */
    public static void quietConsole() {
        // Flyway finds the Log4j API that POI brings and, with no Log4j backend, prints an error on
        // every start; its simple backend only speaks on errors (the same choice the tests make).
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        Logger root = Logger.getLogger("");
        for (var h : root.getHandlers()) {
            if (h instanceof ConsoleHandler) {
                h.setLevel(Level.OFF);
            }
        }
        Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
    }

    /**
     * Adds the log file (some 50 ms: folders, a lock, the file). The window's start does it on the
     * thread that opens the registry, off the way of the window.
     */
    public static synchronized void addFile() {
        Logger root = Logger.getLogger("");
        for (var h : root.getHandlers()) {
            if (h instanceof FileHandler) {
                return;
            }
        }
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        try {
            Files.createDirectories(AppPaths.dataDir());
            FileHandler file = new FileHandler(AppPaths.logFile().toString(), 2_000_000, 2, true);
            file.setFormatter(new SimpleFormatter());
            file.setLevel(Level.INFO);
            root.addHandler(file);
        } catch (IOException | RuntimeException e) {
            // no log file: the program still runs
        }
    }
}
