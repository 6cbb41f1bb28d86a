package vn.dienhinh.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import vn.dienhinh.util.AppPaths;
import vn.dienhinh.util.UserException;

/**
 * A shared registry on a PostgreSQL server: {@code jdbc:postgresql://HOST[:PORT]/DB}. The user and
 * password come from the URL ({@code ?user=…&password=…}) or, better, from the user's own settings
 * file {@code shared-registry.properties} in the data folder (keys {@code user}, {@code password}, the
 * password only when the officer asked the sign-in to remember it; the file is the user's alone);
 * they are never written to the database or the log ({@link #display} leaves them out).
 */
public record SharedServer(String url, String user, String password) {

    static final String PREFIX = "jdbc:postgresql:";
    static final String SETTINGS = "shared-registry.properties";

    public static boolean isServer(String target) {
        return target != null && target.startsWith(PREFIX);
    }

    /** The server the URL names, with the user and password of the user's settings file when it has them. */
    public static SharedServer of(String url) {
        return of(url, AppPaths.dataDir().resolve(SETTINGS));
    }

    static SharedServer of(String url, Path settings) {
        if (url.matches(".*[?&]user=.*")) {
            return new SharedServer(url, null, null); // the URL's own login, not the settings' one
        }
        Properties p = load(settings);
        return new SharedServer(url, p.getProperty("user"), p.getProperty("password"));
    }

    /** The login kept in the user's settings file, to offer at the next sign-in; null when there is none. */
    public static String rememberedLogin() {
        return rememberedLogin(AppPaths.dataDir().resolve(SETTINGS));
    }

    static String rememberedLogin(Path settings) {
        return load(settings).getProperty("user");
    }

    /**
     * Keeps {@code login} in the user's settings file for the next sign-in, never the password typed at
     * sign-in; a password the file kept for another login is dropped (it is not this login's).
     */
    public static void rememberLogin(String login) {
        rememberLogin(AppPaths.dataDir().resolve(SETTINGS), login);
    }

    static void rememberLogin(Path settings, String login) {
        Properties p = load(settings);
        if (login.equals(p.getProperty("user"))) {
            return;
        }
        p.setProperty("user", login);
        p.remove("password");
        store(settings, p);
    }

    /**
     * The password kept for {@code login} in the user's settings file, when the officer asked the sign-in to
     * remember it ({@link #rememberPassword}); null when none is kept for this login.
     */
    public static String rememberedPassword(String login) {
        return rememberedPassword(AppPaths.dataDir().resolve(SETTINGS), login);
    }

    static String rememberedPassword(Path settings, String login) {
        Properties p = load(settings);
        return login != null && login.equals(p.getProperty("user")) ? p.getProperty("password") : null;
    }

    /**
     * Keeps {@code login} and, when the officer asked for it, their {@code password} in the user's own settings
     * file (readable by them alone where the system allows it); null forgets a password kept before. Never in
     * the database nor in a log.
     */
    public static void rememberPassword(String login, String password) {
        rememberPassword(AppPaths.dataDir().resolve(SETTINGS), login, password);
    }

    static void rememberPassword(Path settings, String login, String password) {
        Properties p = load(settings);
        if (login.equals(p.getProperty("user")) && java.util.Objects.equals(password, p.getProperty("password"))) {
            return;
        }
        p.setProperty("user", login);
        if (password == null) {
            p.remove("password");
        } else {
            p.setProperty("password", password);
        }
        store(settings, p);
    }

    /**
     * The shared registry the officer chose in Cài đặt to open when no {@code --db} is given (key {@code url}
     * of the settings file); empty when they work on the file of this workstation.
     */
    public static java.util.Optional<String> chosen() {
        return chosen(AppPaths.dataDir().resolve(SETTINGS));
    }

    static java.util.Optional<String> chosen(Path settings) {
        return java.util.Optional.ofNullable(load(settings).getProperty("url")).filter(SharedServer::isServer);
    }

    /** Chooses the shared registry at {@code url} for the next start, or (null) the workstation's own file. */
    public static void choose(String url) {
        choose(AppPaths.dataDir().resolve(SETTINGS), url);
    }

    static void choose(Path settings, String url) {
        if (url != null && !isWellFormed(url)) {
            throw new UserException("db.serverUrl", url);
        }
        Properties p = load(settings);
        if (url == null) {
            p.remove("url");
        } else {
            p.setProperty("url", url.strip());
        }
        store(settings, p);
    }

    /** {@code jdbc:postgresql://HOST[:PORT]/DATABASE}, nothing after the database but {@code ?…}. */
    public static boolean isWellFormed(String url) {
        return url != null && url.strip().matches("jdbc:postgresql://[^/\\s?]+/[^/\\s?]+(\\?\\S*)?");
    }

    /** Written to a temporary file beside it and moved into place: a failed write leaves the old settings. */
    private static void store(Path settings, Properties p) {
        try {
            Files.createDirectories(settings.toAbsolutePath().getParent());
            Path tmp = settings.resolveSibling(settings.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            ownerOnly(Files.createFile(tmp));
            try (java.io.Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, null);
            }
            Files.move(tmp, settings, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserException(e, "db.io", settings, e.getMessage());
        }
    }

    /** Readable and writable by the user alone where the file system has POSIX permissions (on Windows the profile's folder is the user's). */
    private static void ownerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static Properties load(Path settings) {
        Properties p = new Properties();
        if (Files.isRegularFile(settings)) {
            try (Reader r = Files.newBufferedReader(settings, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UserException(e, "db.cannotRead", settings, e.getMessage());
            }
        }
        return p;
    }

    /** The server and database without anything after {@code ?} (where a password may be). */
    public String display() {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    @Override
    public String toString() {
        return display();
    }
}
