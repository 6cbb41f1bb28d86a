package vn.dienhinh.util;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the program keeps its files: Linux ~/.local/share/dienhinh, Windows %APPDATA%\DienHinh, macOS Application Support. */
public final class AppPaths {

    private AppPaths() {
    }

    public static Path dataDir() {
        String override = System.getProperty("dienhinh.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return dataDir(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    /**
     * The data folder for a system named {@code osName}, its environment and the user's home: Windows
     * {@code %APPDATA%\DienHinh} (else {@code home\AppData\Roaming\DienHinh}), macOS Application Support,
     * else {@code $XDG_DATA_HOME/dienhinh} or {@code ~/.local/share/dienhinh}. Built with {@link Path}, so
     * a user name with Vietnamese letters and spaces ({@code C:\Users\Nguyễn Thị Hà}) stays as it is.
     */
    public static Path dataDir(String osName, Map<String, String> env, String home) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank() ? Path.of(appData.strip(), "DienHinh")
                    : Path.of(home, "AppData", "Roaming", "DienHinh");
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return Path.of(home, "Library", "Application Support", "DienHinh");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "dienhinh") : Path.of(home, ".local", "share", "dienhinh");
    }

    public static Path defaultDatabase() {
        return dataDir().resolve("dienhinh.db");
    }

    public static Path logFile() {
        return dataDir().resolve("dienhinh.log");
    }
}
