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

    /** The folder native libraries (SQLite's, JavaFX's) are kept in on this machine; see {@link #nativeDir(String, Path, Map)}. */
    public static Path nativeDir() {
        return nativeDir(System.getProperty("os.name", ""), dataDir(), System.getenv());
    }

    /**
     * Where native libraries are kept: {@code dataDir\native}, unless on Windows the data folder's path has a
     * letter outside ASCII (a user named Nguyễn Thị Hà). Java's System.load on Windows has long passed the
     * path through the ANSI code page (JDK-8195129), which has no "ễ", so a library there may fail to load;
     * such a machine keeps them in {@code %ProgramData%\DienHinh\native} (writable by every user, ASCII on
     * every Windows), else {@code %PUBLIC%\DienHinh\native}. Only the libraries move: the database and
     * backups stay in the user's own data folder.
     */
    public static Path nativeDir(String osName, Path dataDir, Map<String, String> env) {
        Path own = dataDir.resolve("native");
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (!os.startsWith("windows") || ascii(own.toAbsolutePath().toString())) {
            return own;
        }
        for (String var : new String[]{"ProgramData", "PUBLIC"}) {
            String base = env.get(var);
            if (base != null && !base.isBlank() && ascii(base)) {
                return Path.of(base.strip(), "DienHinh", "native");
            }
        }
        return own;
    }

    static boolean ascii(String s) {
        return s.chars().allMatch(c -> c < 0x80);
    }

    public static Path defaultDatabase() {
        return dataDir().resolve("dienhinh.db");
    }

    public static Path logFile() {
        return dataDir().resolve("dienhinh.log");
    }
}
