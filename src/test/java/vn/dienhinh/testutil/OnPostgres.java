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
