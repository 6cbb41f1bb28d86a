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
 * file {@code shared-registry.properties} in the data folder (keys {@code user}, {@code password});
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
        Properties p = new Properties();
        if (Files.isRegularFile(settings)) {
            try (Reader r = Files.newBufferedReader(settings, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UserException(e, "db.cannotRead", settings, e.getMessage());
            }
        }
        return new SharedServer(url, p.getProperty("user"), p.getProperty("password"));
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
