package vn.dienhinh.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import vn.dienhinh.util.UserException;

/**
 * Brings a registry's schema to this program's: the file's migrations (db/migration and the Java steps), or
 * the server's (db/postgresql); a file already at {@link Database#VERSIONS} skips Flyway, whose start costs
 * more than half a second.
 */
final class Schema {

    private static final Logger LOG = Logger.getLogger(Schema.class.getName());

    private Schema() {
    }

    static void migrate(javax.sql.DataSource dataSource, boolean shared, String name) {
        Flyway flyway;
        if (shared) {
            // the server's schema starts at the file's version 15 (db/postgresql/V15__shared_registry.sql); each later
            // step of the file has its port there under the same version
            flyway = Flyway.configure(Schema.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/postgresql")
                    .load();
        } else {
            if (upToDate(dataSource)) {
                return;
            }
            flyway = Flyway.configure(Schema.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .javaMigrations(new V7__Search_in_list_order(), new V9__Smaller_registry(),
                            new V14__Packed_texts())
                    // a registry made by a build that had 11 and 12 but not yet 9 gets 9 all the same
                    .outOfOrder(true)
                    .load();
        }
        // A database written by a newer version has applied steps this program does not know.
        MigrationInfo newer;
        try {
            newer = Arrays.stream(flyway.info().applied())
                    .filter(i -> i.getState().name().startsWith("FUTURE"))
                    .reduce((a, b) -> b).orElse(null);
        } catch (RuntimeException e) {
            UserException rights = refusedRights(e, name);
            throw rights != null ? rights : e;
        }
        if (newer != null) {
            throw new UserException("db.newer", name, newer.getVersion());
        }
        int executed;
        try {
            executed = flyway.migrate().migrationsExecuted;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "migration failed", e);
            UserException rights = refusedRights(e, name);
            throw rights != null ? rights : new UserException(e, "db.migrationFailed", name, Database.rootMessage(e));
        }
        if (executed > 0 && !shared) {
            compactIfSparse(dataSource);
        }
    }

    /**
     * A server that refuses the login its own tables (SQL state 42501: the administrator has not granted it the
     * rights of the README) gets {@code db.serverNoRights}; null for any other failure.
     */
    private static UserException refusedRights(RuntimeException e, String name) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "42501".equals(sql.getSQLState())) {
                return new UserException(e, "db.serverNoRights", name);
            }
        }
        return null;
    }

    /**
     * After a migration that freed much of the file (V9 makes a registry a third of its size), gives
     * the free pages back to the disk: {@code VACUUM} rewrites the file, so only when a quarter or
     * more of it is free; it also gives an older file the page size and incremental vacuum of a new
     * one. A disk too full for it leaves the file as it was, only larger than needed.
     */
    private static void compactIfSparse(javax.sql.DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            long pages;
            long free;
            try (ResultSet rs = st.executeQuery("SELECT (SELECT page_count FROM pragma_page_count), "
                    + "(SELECT freelist_count FROM pragma_freelist_count)")) {
                rs.next();
                pages = rs.getLong(1);
                free = rs.getLong(2);
            }
            if (free * 4 >= pages && free > 256) {
                LOG.info("VACUUM after migration: " + free + " of " + pages + " pages free");
                st.execute("PRAGMA journal_mode = DELETE"); // the page size cannot change in WAL mode
                try {
                    st.execute("PRAGMA page_size = " + Database.PAGE_SIZE);
                    st.execute("PRAGMA auto_vacuum = INCREMENTAL");
                    st.execute("VACUUM");
                } finally {
                    st.execute("PRAGMA journal_mode = WAL");
                }
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "VACUUM after migration failed; the file stays larger than needed", e);
        }
    }

    /** The highest schema version applied to the registry on {@code c} (0 when none). */
    static int version(Connection c) throws SQLException {
        int highest = 0;
        for (String v : Sql.list(c, "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL",
                rs -> rs.getString(1))) {
            highest = Math.max(highest, Integer.parseInt(v.strip()));
        }
        return highest;
    }

    /** True when the database has applied exactly this program's schema versions, all successfully. */
    private static boolean upToDate(javax.sql.DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                    + "AND name = 'flyway_schema_history'")) {
                if (!rs.next() || rs.getInt(1) == 0) {
                    return false;
                }
            }
            List<String> applied = new java.util.ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT version, success FROM flyway_schema_history "
                    + "WHERE version IS NOT NULL ORDER BY installed_rank")) {
                while (rs.next()) {
                    if (!rs.getBoolean(2)) {
                        return false;
                    }
                    applied.add(rs.getString(1));
                }
            }
            // in numeric order: a step added between released ones (9 after 11 and 12) is applied last
            applied.sort(java.util.Comparator.comparingInt(Integer::parseInt));
            return applied.equals(Database.VERSIONS);
        } catch (SQLException e) {
            return false; // Flyway will say what is wrong
        }
    }
}
