package vn.dienhinh.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/**
 * The registry the benchmark measures on a PostgreSQL server: the same demo registry as the file's
 * (the same generator, through the same repositories and bulk writer), built once into an empty
 * database and reused while it holds the asked size. The database is marked as the benchmark's own
 * (a table {@code bench_registry}: its size, the data version, the last exemplar the generator wrote),
 * since the simulated officers add and change exemplars in it: a database with exemplars and no mark
 * is somebody's registry and is refused, never written to. Exemplars after the generator's last (left
 * by a run that was stopped before it cleaned up) are deleted before the measurements.
 */
final class ServerRegistry {

    private final Engine engine;
    private final int rows;
    private final PrintStream progress;

    ServerRegistry(Engine engine, int rows, PrintStream progress) {
        this.engine = engine;
        this.rows = rows;
        this.progress = progress;
    }

    /** The mark of a benchmark's registry; {@code lastId} null while (or when) its build did not finish. */
    private record Mark(int rows, int version, Long lastId) {
    }

    /** Builds the registry when the database is empty, or checks and tidies the one built before. */
    void prepare() throws SQLException {
        String where = engine.display();
        try (AppContext ctx = AppContext.open(engine.target()); Connection bare = engine.bare()) {
            Mark mark = mark(bare);
            long count = ctx.registry().count(ExemplarFilter.ALL);
            if (mark == null) {
                if (count > 0) {
                    throw new UserException("bench.server.notBench", where, count);
                }
                build(ctx, bare, where);
                return;
            }
            if (mark.rows() != rows || mark.version() != BenchRegistry.DATA_VERSION) {
                throw new UserException("bench.server.otherSize", where, mark.rows(), mark.version(), rows,
                        BenchRegistry.DATA_VERSION);
            }
            if (mark.lastId() == null) {
                throw new UserException("bench.server.unfinished", where);
            }
            List<Long> left = ids(bare, "SELECT id FROM exemplar WHERE id > ? ORDER BY id", mark.lastId());
            left.forEach(ctx.registry()::delete);
            if (!left.isEmpty()) {
                progress.println(Messages.get("bench.server.cleaned", left.size()));
            }
            long now = ctx.registry().count(ExemplarFilter.ALL);
            if (now != rows) {
                throw new UserException("bench.server.otherSize", where, now, mark.version(), rows,
                        BenchRegistry.DATA_VERSION);
            }
            progress.println(Messages.get("bench.server.reuse", rows, where));
        }
    }

    private void build(AppContext ctx, Connection bare, String where) throws SQLException {
        progress.println(Messages.get("bench.server.building", rows, where));
        long t0 = System.nanoTime();
        try (Statement st = bare.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS bench_registry (rows integer NOT NULL, data_version integer NOT NULL, "
                    + "last_id bigint, built_at timestamp NOT NULL DEFAULT localtimestamp)");
            st.execute("DELETE FROM bench_registry");
        }
        try (PreparedStatement ps = bare.prepareStatement("INSERT INTO bench_registry (rows, data_version) VALUES (?, ?)")) {
            ps.setInt(1, rows);
            ps.setInt(2, BenchRegistry.DATA_VERSION);
            ps.executeUpdate();
        }
        ctx.demo().load(rows);
        try (Statement st = bare.createStatement()) {
            st.executeUpdate("UPDATE bench_registry SET last_id = (SELECT coalesce(max(id), 0) FROM exemplar)");
            st.execute("ANALYZE"); // plans from statistics of the full registry, as a server that has run a while has
        }
        progress.println(Messages.get("bench.built", Math.round((System.nanoTime() - t0) / 1e9)));
    }

    /** The database's mark, or null when it has none (not the benchmark's, or empty). */
    private static Mark mark(Connection bare) throws SQLException {
        try (Statement st = bare.createStatement();
             ResultSet t = st.executeQuery("SELECT to_regclass('bench_registry') IS NOT NULL")) {
            t.next();
            if (!t.getBoolean(1)) {
                return null;
            }
        }
        try (Statement st = bare.createStatement();
             ResultSet rs = st.executeQuery("SELECT rows, data_version, last_id FROM bench_registry")) {
            if (!rs.next()) {
                return null;
            }
            long last = rs.getLong(3);
            return new Mark(rs.getInt(1), rs.getInt(2), rs.wasNull() ? null : last);
        }
    }

    /** The exemplars the generator did not write: those after {@code lastId}. */
    static List<Long> ids(Connection bare, String sql, long after) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = bare.prepareStatement(sql)) {
            ps.setLong(1, after);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }
}
