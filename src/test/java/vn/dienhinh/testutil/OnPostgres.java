package vn.dienhinh.testutil;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class on a shared registry on a real PostgreSQL server instead of a SQLite file:
 * {@code @ExtendWith(OnPostgres.class)} on a subclass of a store test, whose {@link TestDb}s then
 * open a fresh database of their own on the server. One embedded server serves the whole run:
 * started when the first class needs it, stopped when the JVM ends.
 */
public final class OnPostgres implements BeforeAllCallback, AfterAllCallback {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final AtomicInteger LOGINS = new AtomicInteger();
    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);
    private static EmbeddedPostgres server;

    @Override
    public void beforeAll(ExtensionContext context) {
        ACTIVE.set(true);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        ACTIVE.set(false);
    }

    /** True while a test class of this thread runs on PostgreSQL. */
    static boolean active() {
        return ACTIVE.get();
    }

    /** A new, empty database on the server (started if need be): its URL, with the user. */
    public static String newDatabase() {
        String name = "registry_" + DATABASES.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name + " ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    /**
     * A new login on the server, as an office's administrator makes one for an officer (see the README):
     * its own password, which the server then checks (the test server trusts everyone else), and the rights
     * on the registry at {@code url} (its schema made first): read and write its tables, but, unless
     * {@code office}, not its officers' table nor its schema history.
     */
    public static String newLogin(String url, String password, boolean office) {
        String role = newLoginWithoutRights(password);
        String db = url.substring(url.lastIndexOf('/') + 1, url.indexOf('?'));
        try (Connection c = server().getDatabase("postgres", db).getConnection(); Statement st = c.createStatement()) {
            st.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + role);
            st.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + role);
            if (!office) {
                st.execute("REVOKE INSERT, UPDATE, DELETE ON app_user, flyway_schema_history FROM " + role);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return role;
    }

    /** A new login on the server with its own password and no rights on any registry's tables yet. */
    public static String newLoginWithoutRights(String password) {
        String role = "officer_" + LOGINS.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'");
            checkPasswordOf(st, role);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
        return role;
    }

    /** The URL with {@code user} and {@code password} instead of the test server's own user. */
    public static String as(String url, String user, String password) {
        return url.substring(0, url.indexOf('?')) + "?user=" + user + "&password=" + password;
    }

    /** Puts a line before the server's "trust" ones: {@code role} signs in with its password only. */
    private static void checkPasswordOf(Statement st, String role) throws SQLException, IOException {
        String hba;
        try (var rs = st.executeQuery("SHOW hba_file")) {
            rs.next();
            hba = rs.getString(1);
        }
        java.nio.file.Path file = java.nio.file.Path.of(hba);
        synchronized (OnPostgres.class) {
            String lines = java.nio.file.Files.readString(file);
            java.nio.file.Files.writeString(file, "host all " + role + " all md5\n" + lines);
            st.execute("SELECT pg_reload_conf()");
        }
        // the server reads the file again in the background: wait until it asks this role for its password
        for (int i = 0; i < 50; i++) {
            try (Connection ignored = java.sql.DriverManager.getConnection(
                    server().getJdbcUrl(role, "postgres").replaceFirst("\\?.*", ""), role, "not its password")) {
                Thread.sleep(50);
            } catch (SQLException refused) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("the test server does not check the password of " + role);
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is ending; the server's temp folder goes with the next clean-up
                }
            }));
        }
        return server;
    }
}
