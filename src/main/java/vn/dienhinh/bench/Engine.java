package vn.dienhinh.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import vn.dienhinh.store.Dialect;
import vn.dienhinh.store.SharedServer;
import vn.dienhinh.util.Messages;

/**
 * Where a line is measured: the workstation's SQLite file, or the office's shared registry on a
 * PostgreSQL server ({@code jdbc:postgresql://HOST/DB}, user and password as the program finds them,
 * {@link SharedServer}). Its floors run bare JDBC on the same engine, in its SQL ({@link Dialect}).
 */
record Engine(String target, Dialect dialect, boolean server) {

    static Engine file(Path registry) {
        return new Engine(registry.toString(), Dialect.forTarget(registry.toString()), false);
    }

    static Engine server(String url) {
        return new Engine(url, Dialect.forTarget(url), true);
    }

    /** A bare JDBC connection to the registry, for the floors: none of the program's pool or settings. */
    Connection bare() throws SQLException {
        if (!server) {
            return DriverManager.getConnection("jdbc:sqlite:" + target);
        }
        SharedServer s = SharedServer.of(target);
        Properties p = new Properties();
        if (s.user() != null) {
            p.setProperty("user", s.user());
            p.setProperty("password", s.password() == null ? "" : s.password());
        }
        return DriverManager.getConnection(target, p);
    }

    /** The line's name: as it is for the file, marked as the server's on the server. */
    String name(String operation) {
        return server ? Messages.get("bench.onServer", operation) : operation;
    }

    /** What messages call the registry: the file, or the server and database (never a password). */
    String display() {
        return server ? SharedServer.of(target).display() : target;
    }
}
