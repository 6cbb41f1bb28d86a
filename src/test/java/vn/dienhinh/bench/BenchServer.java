package vn.dienhinh.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * A PostgreSQL server for the benchmark's server lines on a machine that has none: the embedded
 * server of the tests (its binaries come from Maven), with its data kept in a folder of its own so the
 * benchmark's registry on it is built once and reused by later runs, on a fixed port, with a database
 * {@code dienhinh_bench}. Prints the URL to give {@code bench --db}, and keeps running until stopped
 * (Ctrl+C):
 *
 * <pre>mvn -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.dienhinh.bench.BenchServer</pre>
 *
 * Optional arguments: the data folder (default {@code <temp>/dienhinh-bench/postgres}) and the port
 * (default 54329). Only this machine can reach it (localhost, no password): it is for measuring, not
 * for an office's registry.
 */
public final class BenchServer {

    static final String DATABASE = "dienhinh_bench";
    static final int PORT = 54329;

    private BenchServer() {
    }

    public static void main(String[] args) throws Exception {
        Path data = args.length > 0 ? Path.of(args[0]) : BenchOptions.defaultDataDir().resolve("postgres");
        int port = args.length > 1 ? Integer.parseInt(args[1]) : PORT;
        Files.createDirectories(data);
        EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setPort(port).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                // the JVM is ending
            }
        }));
        String url = createDatabase(server, DATABASE);
        System.out.println("PostgreSQL (embedded) on " + data);
        System.out.println(url);
        System.out.println("java -jar target/dienhinh.jar bench --db '" + url + "' --rows 100000 --runs 3");
        System.out.flush();
        Thread.currentThread().join(); // until Ctrl+C or kill
    }

    /** The database {@code name} on the server, created when missing: its URL with the user. */
    static String createDatabase(EmbeddedPostgres server, String name) throws Exception {
        try (Connection c = server.getPostgresDatabase().getConnection()) {
            boolean exists;
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    exists = rs.next();
                }
            }
            if (!exists) {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE DATABASE " + name + " ENCODING 'UTF8'");
                }
            }
        }
        return server.getJdbcUrl("postgres", name);
    }
}
