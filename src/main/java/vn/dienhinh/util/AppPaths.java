package vn.dienhinh.util;

import java.nio.file.Path;
import java.util.Locale;

/** Where the program keeps its files: Linux ~/.local/share/dienhinh, Windows %APPDATA%\DienHinh, macOS Application Support. */
public final class AppPaths {

    private AppPaths() {
    }

    public static Path dataDir() {
        String override = System.getProperty("dienhinh.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return appData != null ? Path.of(appData, "DienHinh") : Path.of(home, "AppData", "Roaming", "DienHinh");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "DienHinh");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "dienhinh") : Path.of(home, ".local", "share", "dienhinh");
    }

    public static Path defaultDatabase() {
        return dataDir().resolve("dienhinh.db");
    }

    public static Path logFile() {
        return dataDir().resolve("dienhinh.log");
    }
}
