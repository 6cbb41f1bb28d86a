package vn.dienhinh.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import vn.dienhinh.util.UserException;

/** A workstation's database file before {@link Database} opens it: is it SQLite at all, and a new one's settings. */
final class SqliteFile {

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private SqliteFile() {
    }

    /** Refuses ({@code db.notSqlite}) a file that is not a SQLite database; a missing or empty one becomes a new database. */
    static void checkIsSqlite(Path abs) {
        if (!Files.exists(abs)) {
            return;
        }
        if (Files.isDirectory(abs)) {
            throw new UserException("db.notSqlite", abs);
        }
        try (InputStream in = Files.newInputStream(abs)) {
            byte[] head = in.readNBytes(SQLITE_MAGIC.length);
            if (head.length == 0) {
                return; // an empty file becomes a new database
            }
            if (!Arrays.equals(head, SQLITE_MAGIC)) {
                throw new UserException("db.notSqlite", abs);
            }
        } catch (IOException e) {
            throw new UserException(e, "db.cannotRead", abs, e.getMessage());
        }
    }

    /**
     * A new database gets its page size and incremental vacuum before anything is written (both are
     * fixed once the file has a page, and WAL fixes them too): free pages can then be given back to
     * the disk after a load or a compaction without rewriting the file ({@link Database#releaseFreePages}).
     */
    static void prepareNew(Path abs, int pageSize) {
        try {
            if (Files.exists(abs) && Files.size(abs) > 0) {
                return;
            }
        } catch (IOException e) {
            throw new UserException(e, "db.cannotRead", abs, e.getMessage());
        }
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + abs); Statement st = c.createStatement()) {
            st.execute("PRAGMA page_size = " + pageSize);
            st.execute("PRAGMA auto_vacuum = INCREMENTAL");
            st.execute("PRAGMA journal_mode = WAL");
        } catch (SQLException e) {
            throw new UserException(e, "db.cannotCreate", abs);
        }
    }
}
