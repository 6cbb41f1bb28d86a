package vn.dienhinh.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * {@link Maintenance.Check#TABLES}: {@code PRAGMA quick_check} of {@code sqlite_schema} and of every
 * ordinary table with its indexes, one table at a time, so that two connections reading the same state
 * can share them.
 */
final class TableCheck {

    /** Takes some of the tables left to check, on another connection reading the same state; gives back the damage it found. */
    interface Beside {
        Future<List<String>> check(Queue<String> left);
    }

    private TableCheck() {
    }

    /** The damage found in the tables of the database on {@code c}, {@code beside} (or null) taking some of them. */
    static List<String> damage(Connection c, Beside beside) throws SQLException {
        Queue<String> left = new ConcurrentLinkedQueue<>(List.of("sqlite_schema"));
        left.addAll(Sql.list(c, "SELECT name FROM sqlite_schema WHERE type = 'table' "
                + "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'", rs -> rs.getString(1)));
        Future<List<String>> other = beside == null ? null : beside.check(left);
        List<String> damage = check(c, left);
        if (other != null) {
            try {
                damage.addAll(other.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("check interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof SQLException q ? q : new SQLException(e.getCause());
            }
        }
        return damage;
    }

    /**
     * {@code PRAGMA quick_check} of each table taken from {@code left} until none is left, its CHECK
     * constraints not evaluated again; the damage found.
     */
    static List<String> check(Connection c, Queue<String> left) throws SQLException {
        List<String> damage = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA ignore_check_constraints = ON");
            try {
                for (String t; (t = left.poll()) != null; ) {
                    try {
                        List<String> found = Sql.list(c, "PRAGMA quick_check(\"" + t.replace("\"", "\"\"") + "\")",
                                rs -> rs.getString(1));
                        found.removeIf("ok"::equalsIgnoreCase);
                        damage.addAll(found);
                    } catch (SQLiteException e) {
                        // a table whose first pages are damaged stops the check itself: that is damage too
                        int code = e.getResultCode().code & 0xff;
                        if (code != SQLiteErrorCode.SQLITE_CORRUPT.code && code != SQLiteErrorCode.SQLITE_NOTADB.code) {
                            throw e;
                        }
                        damage.add(t + ": " + e.getMessage());
                    }
                }
            } finally {
                st.execute("PRAGMA ignore_check_constraints = OFF");
            }
        }
        return damage;
    }
}
