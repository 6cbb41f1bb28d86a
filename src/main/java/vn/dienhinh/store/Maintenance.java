package vn.dienhinh.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;
import vn.dienhinh.model.DatabaseReport;
import vn.dienhinh.util.UserException;

/**
 * Keeping the file healthy: SQLite's own checks of the open database, a consistent copy of it taken
 * while it is in use ({@code VACUUM INTO}, which reads one snapshot), and a read-only inspection of a
 * closed file (a backup) before it may replace the database.
 */
public final class Maintenance {

    private static final Logger LOG = Logger.getLogger(Maintenance.class.getName());
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** Tables every Điển Hình database has, whatever its version. */
    private static final List<String> OUR_TABLES = List.of("flyway_schema_history", "exemplar", "unit", "field");

    private final Database db;

    public Maintenance(Database db) {
        this.db = db;
    }

    /** {@code PRAGMA quick_check}: the damage found, empty when the file is sound. Fast enough for every start. */
    public List<String> quickCheck() {
        return db.read(c -> damage(c, "PRAGMA quick_check"));
    }

    /** {@code PRAGMA integrity_check} and the foreign keys: every problem found, empty when all is well. */
    public List<String> integrityCheck() {
        return db.read(c -> {
            List<String> out = damage(c, "PRAGMA integrity_check");
            out.addAll(Sql.list(c, "PRAGMA foreign_key_check", rs -> "foreign key: " + rs.getString(1) + " row "
                    + rs.getLong(2) + " → " + rs.getString(3)));
            return out;
        });
    }

    /**
     * Writes a consistent copy of the database to {@code target}: {@code VACUUM INTO} a temporary file
     * beside it, forced to disk, then moved into place, so {@code target} is never a half-written file.
     */
    public void backupTo(Path target) {
        Path file = target.toAbsolutePath().normalize();
        Path tmp = file.resolveSibling("." + file.getFileName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            db.read(c -> Sql.update(c, "VACUUM INTO ?", tmp.toString()));
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UserException(e, "backup.writeFailed", file, String.valueOf(e.getMessage()));
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                LOG.log(Level.FINE, "temporary backup left behind", e);
            }
        }
    }

    /**
     * Looks at a closed database file without changing it: is it SQLite, is it a Điển Hình database,
     * does {@code PRAGMA integrity_check} pass, how many exemplars and units does it hold.
     */
    public static DatabaseReport inspect(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(abs) || !startsWithMagic(abs)) {
            return DatabaseReport.notSqlite(abs);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + abs, config.toProperties())) {
            List<String> tables = Sql.list(c, "SELECT name FROM sqlite_master WHERE type = 'table'", rs -> rs.getString(1));
            if (!tables.containsAll(OUR_TABLES)) {
                return DatabaseReport.notOurs(abs);
            }
            List<String> damage = damage(c, "PRAGMA integrity_check");
            if (!damage.isEmpty()) {
                return DatabaseReport.damaged(abs, damage);
            }
            String version = Sql.one(c, "SELECT version FROM flyway_schema_history WHERE success = 1 "
                    + "ORDER BY installed_rank DESC LIMIT 1", rs -> rs.getString(1));
            return DatabaseReport.sound(abs, Sql.count(c, "SELECT count(*) FROM exemplar"),
                    Sql.count(c, "SELECT count(*) FROM unit"), version);
        } catch (SQLException e) {
            LOG.log(Level.INFO, "cannot inspect " + abs, e);
            String m = String.valueOf(e.getMessage());
            if (m.contains("NOTADB") || m.contains("not a database")) {
                return DatabaseReport.notSqlite(abs);
            }
            return DatabaseReport.damaged(abs, List.of(m));
        }
    }

    private static boolean startsWithMagic(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_MAGIC.length), SQLITE_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> damage(Connection c, String pragma) throws SQLException {
        List<String> out = new ArrayList<>(Sql.list(c, pragma, rs -> rs.getString(1)));
        out.removeIf("ok"::equalsIgnoreCase);
        return out;
    }
}
