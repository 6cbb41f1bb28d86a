package vn.dienhinh.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import vn.dienhinh.util.UserException;

/**
 * Copies a whole registry into an empty one on the other engine: a workstation's file into the office's
 * shared registry on its server, or the shared registry back out into a new file. Every table of the
 * registry is copied (found in the schema, so a table a later version adds is copied too), in the order
 * their references need, in one transaction on the target: all of it, or nothing. Then each table's rows
 * are counted on both sides; any difference undoes the whole copy and names the table.
 *
 * <p>The change history comes over as it was: the lines the target's triggers write while rows are copied
 * are dropped before the source's history is copied. What the copy leaves out: the schema's own tables
 * (migrations, the file's session row), the search index (built again from the copied exemplars), and the
 * officers of a shared registry (who may sign in belongs to the server, not to the registry's content).
 */
public final class RegistryCopy {

    /** The long texts a file keeps packed ({@link PackedText}): table and column. */
    private static final Map<String, String> PACKED = Map.of("exemplar", "account", "status_change", "reason");
    private static final Set<String> SORT_KEYS = Set.of("sort_key");
    private static final Set<String> LEFT_OUT = Set.of("flyway_schema_history", "app_session", "app_user", "bench_registry");
    /** Tables of a registry that holds something: a target with rows in any of them is not empty. */
    private static final List<String> CONTENT = List.of("unit", "exemplar", "campaign", "nomination", "commendation",
            "introduction");
    private static final int BATCH = 1000;

    private RegistryCopy() {
    }

    /** A table copied, with its rows on the source and on the target after the copy. */
    public record Table(String name, long source, long target) {
    }

    /**
     * Copies {@code from} into the empty {@code to}; {@code progress} hears of each table as it is copied.
     * One of the two must be a workstation's file (its schema gives the tables' references).
     */
    public static List<Table> copy(Database from, Database to, Consumer<Table> progress) {
        if (from.isShared() == to.isShared()) {
            throw new UserException("copy.sameEngine", from.name(), to.name());
        }
        try (Connection src = from.connection()) {
            src.setAutoCommit(false);
            if (from.isShared()) {
                // one snapshot of a registry other officers may be writing to meanwhile
                src.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            try {
                return to.inTransaction(dst -> {
                    Connection file = from.isShared() ? dst : src;
                    List<String> tables = tables(file);
                    checkSameTables(tables, tableNames(from.isShared() ? src : dst), from, to);
                    checkEmpty(dst, to);
                    Map<String, String> self = new LinkedHashMap<>();
                    Map<String, Set<String>> refs = references(file, tables, self);
                    return copyAll(src, dst, inReferenceOrder(tables, refs), self, progress);
                });
            } finally {
                src.rollback();
            }
        } catch (SQLException e) {
            throw from.translate(e);
        }
    }

    private static List<Table> copyAll(Connection src, Connection dst, List<String> order, Map<String, String> self,
                                       Consumer<Table> progress) throws SQLException {
        for (int i = order.size() - 1; i >= 0; i--) {
            // what the target's migrations put in (the catalogue) gives way to the source's
            Sql.update(dst, "DELETE FROM " + order.get(i));
        }
        List<Table> done = new ArrayList<>();
        order = new ArrayList<>(order);
        order.remove("change_log");
        for (String t : order) {
            done.add(copyTable(src, dst, t, self.get(t), progress));
        }
        // the lines the triggers wrote while copying are no change anybody made: the source's history instead
        Sql.update(dst, "DELETE FROM change_log");
        done.add(copyTable(src, dst, "change_log", null, progress));
        SearchIndex.rebuild(dst);
        List<Table> counted = new ArrayList<>();
        for (Table t : done) {
            long n = Sql.count(dst, "SELECT count(*) FROM " + t.name());
            if (n != t.source()) {
                throw new UserException("copy.countDiffers", t.name(), t.source(), n);
            }
            counted.add(new Table(t.name(), t.source(), n));
        }
        return counted;
    }

    private static Table copyTable(Connection src, Connection dst, String table, String selfColumn,
                                   Consumer<Table> progress) throws SQLException {
        List<String> columns = columns(dst, table);
        Dialect target = Dialect.of(dst);
        String packed = PACKED.get(table);
        String list = String.join(", ", columns);
        String marks = String.join(", ", columns.stream().map(c -> "?").toList());
        long n = 0;
        try (Statement read = src.createStatement()) {
            read.setFetchSize(BATCH);
            try (ResultSet rs = read.executeQuery("SELECT " + list + " FROM " + table + orderOf(columns));
                 PreparedStatement ins = dst.prepareStatement("INSERT INTO " + table + " (" + list + ") VALUES ("
                         + marks + ")")) {
                while (rs.next()) {
                    for (int i = 0; i < columns.size(); i++) {
                        String col = columns.get(i);
                        Object v = rs.getObject(i + 1);
                        if (col.equals(selfColumn)) {
                            v = null; // set once every row is there (a parent may come after its child)
                        } else if (col.equals(packed)) {
                            v = target.pack(PackedText.unpack(v));
                        } else if (SORT_KEYS.contains(col) && v instanceof String s) {
                            v = target.sortKey(s);
                        }
                        ins.setObject(i + 1, v);
                    }
                    ins.addBatch();
                    if (++n % BATCH == 0) {
                        ins.executeBatch();
                    }
                }
                ins.executeBatch();
            }
        }
        if (selfColumn != null) {
            setSelfReferences(src, dst, table, selfColumn);
        }
        if (columns.contains("id")) {
            target.idsWritten(dst, table);
        }
        Table t = new Table(table, Sql.count(src, "SELECT count(*) FROM " + table), n);
        progress.accept(t);
        return t;
    }

    private static void setSelfReferences(Connection src, Connection dst, String table, String column)
            throws SQLException {
        try (Statement read = src.createStatement();
             ResultSet rs = read.executeQuery("SELECT id, " + column + " FROM " + table + " WHERE " + column
                     + " IS NOT NULL");
             PreparedStatement up = dst.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE id = ?")) {
            int n = 0;
            while (rs.next()) {
                up.setLong(1, rs.getLong(2));
                up.setLong(2, rs.getLong(1));
                up.addBatch();
                if (++n % BATCH == 0) {
                    up.executeBatch();
                }
            }
            up.executeBatch();
        }
    }

    private static String orderOf(List<String> columns) {
        return columns.contains("id") ? " ORDER BY id" : "";
    }

    /** The registry's tables in the file's schema, without the schema's own and the search index's. */
    private static List<String> tables(Connection file) throws SQLException {
        List<String> out = new ArrayList<>();
        for (String t : Sql.list(file, "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
                + "'CREATE VIRTUAL TABLE%' ORDER BY name", rs -> rs.getString(1))) {
            if (!t.startsWith("sqlite_") && !t.startsWith("exemplar_fts") && !LEFT_OUT.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private static Set<String> tableNames(Connection server) throws SQLException {
        return new TreeSet<>(Sql.list(server, "SELECT table_name FROM information_schema.tables WHERE table_schema = "
                + "current_schema() AND table_type = 'BASE TABLE'", rs -> rs.getString(1)));
    }

    private static void checkSameTables(List<String> fileTables, Set<String> serverTables, Database from, Database to) {
        Set<String> missing = new TreeSet<>(fileTables);
        missing.removeAll(serverTables);
        if (!missing.isEmpty()) {
            throw new UserException("copy.schemaDiffers", from.name(), to.name(), String.join(", ", missing));
        }
    }

    private static void checkEmpty(Connection dst, Database to) throws SQLException {
        for (String t : CONTENT) {
            long n = Sql.count(dst, "SELECT count(*) FROM " + t);
            if (n > 0) {
                throw new UserException("copy.notEmpty", to.name(), t, n);
            }
        }
    }

    /** Which tables each table refers to (the file's foreign keys); a reference to the table itself is kept apart. */
    private static Map<String, Set<String>> references(Connection file, List<String> tables, Map<String, String> self)
            throws SQLException {
        Map<String, Set<String>> refs = new LinkedHashMap<>();
        for (String t : tables) {
            Set<String> to = new LinkedHashSet<>();
            for (String[] fk : Sql.list(file, "SELECT \"table\", \"from\" FROM pragma_foreign_key_list(?)",
                    rs -> new String[]{rs.getString(1), rs.getString(2)}, t)) {
                if (fk[0].equals(t)) {
                    self.put(t, fk[1]); // a unit's parent: set once every row is there
                } else {
                    to.add(fk[0]);
                }
            }
            refs.put(t, to);
        }
        return refs;
    }

    /** The tables so that each comes after those it refers to. */
    private static List<String> inReferenceOrder(List<String> tables, Map<String, Set<String>> refs) {
        List<String> out = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (out.size() < tables.size()) {
            boolean moved = false;
            for (String t : tables) {
                if (!placed.contains(t) && refs.get(t).stream().allMatch(r -> placed.contains(r) || !refs.containsKey(r))) {
                    placed.add(t);
                    out.add(t);
                    moved = true;
                }
            }
            if (!moved) {
                throw new IllegalStateException("references in a circle among " + tables);
            }
        }
        return out;
    }

    /** The columns of {@code table} on the target, in their order. */
    private static List<String> columns(Connection dst, String table) throws SQLException {
        try (Statement st = dst.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            List<String> out = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                out.add(rs.getMetaData().getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            }
            return out;
        }
    }
}
