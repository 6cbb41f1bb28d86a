package vn.dienhinh.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tables of a registry as its schema has them (read from the engine's catalogue, so a table a later
 * version adds is among them): columns with their types, primary key, the tables each refers to; in an order
 * in which each table comes after those it refers to. Left out: Flyway's history, the file's session row and
 * SQLite's own tables, the search index (its tables are rebuilt from the exemplars, {@link SearchIndex}), and
 * the officers of a shared registry ({@code app_user}): who may sign in belongs to the server, not to the
 * registry's content (the one who moves a registry in is its first officer, see {@link UserRepository}).
 */
final class RegistryTables {

    /** The search index: {@code exemplar_fts} on both engines, with FTS5's shadow tables on a file. */
    private static final String SEARCH = "exemplar_fts";
    private static final Set<String> LEFT_OUT = Set.of("flyway_schema_history", "app_session", "app_user", SEARCH);

    /**
     * One table: its columns in the schema's order with their {@link Types}, its primary key, the tables it refers
     * to, and the column by which it refers to itself (a unit's parent), null when none.
     */
    record Table(String name, Map<String, Integer> columns, List<String> key, Set<String> refersTo, String selfReference) {
    }

    private RegistryTables() {
    }

    /** True for a table of the registry (not the search index, Flyway's history, the session or the engine's own). */
    static boolean copied(String table) {
        String t = table.toLowerCase(Locale.ROOT);
        return !LEFT_OUT.contains(t) && !t.startsWith(SEARCH + "_") && !t.startsWith("sqlite_");
    }

    /** The registry's tables on {@code c}, each after the tables it refers to (then by name). */
    static List<Table> of(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String schema = c.getSchema();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = md.getTables(null, schema, "%", new String[]{"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (copied(name)) {
                    names.add(name);
                }
            }
        }
        Map<String, Table> tables = new TreeMap<>();
        for (String name : names) {
            tables.put(name, table(md, schema, name));
        }
        return inReferenceOrder(tables);
    }

    private static Table table(DatabaseMetaData md, String schema, String name) throws SQLException {
        Map<String, Integer> columns = new LinkedHashMap<>();
        try (ResultSet rs = md.getColumns(null, schema, name, "%")) {
            while (rs.next()) {
                columns.put(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"));
            }
        }
        TreeMap<Integer, String> key = new TreeMap<>();
        try (ResultSet rs = md.getPrimaryKeys(null, schema, name)) {
            while (rs.next()) {
                key.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        Set<String> refers = new TreeSet<>();
        String self = null;
        try (ResultSet rs = md.getImportedKeys(null, schema, name)) {
            while (rs.next()) {
                String to = rs.getString("PKTABLE_NAME");
                if (to.equalsIgnoreCase(name)) {
                    if (self != null && !self.equals(rs.getString("FKCOLUMN_NAME"))) {
                        throw new IllegalStateException(name + " refers to itself by more than one column");
                    }
                    self = rs.getString("FKCOLUMN_NAME");
                } else if (copied(to)) {
                    refers.add(to);
                }
            }
        }
        if (self != null && key.size() != 1) {
            throw new IllegalStateException(name + " refers to itself without a one-column key");
        }
        return new Table(name, columns, List.copyOf(key.values()), refers, self);
    }

    /** Each table after those it refers to; a cycle between tables is a schema this copy cannot order. */
    private static List<Table> inReferenceOrder(Map<String, Table> tables) {
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new TreeSet<>();
        while (ordered.size() < tables.size()) {
            boolean progress = false;
            for (Table t : tables.values()) {
                if (!placed.contains(t.name()) && placed.containsAll(t.refersTo().stream().filter(tables::containsKey).toList())) {
                    ordered.add(t);
                    placed.add(t.name());
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("tables refer to each other in a cycle: " + tables.keySet().stream()
                        .filter(n -> !placed.contains(n)).toList());
            }
        }
        return ordered;
    }

    /** The {@code SELECT} that streams a table's rows: by key, and a table that refers to itself parents first. */
    static String select(Table t) {
        String cols = String.join(", ", t.columns().keySet().stream().map(col -> "t." + col).toList());
        String order = t.key().isEmpty() ? "" : " ORDER BY " + String.join(", ", t.key().stream().map(k -> "t." + k).toList());
        if (t.selfReference() == null) {
            return "SELECT " + cols + " FROM " + t.name() + " t" + order;
        }
        // a row is written after the row it refers to: by depth from the rows that refer to none
        String k = t.key().get(0);
        String ref = t.selfReference();
        return "WITH RECURSIVE tree(k, depth) AS (SELECT " + k + ", 0 FROM " + t.name() + " WHERE " + ref + " IS NULL "
                + "UNION ALL SELECT c." + k + ", tree.depth + 1 FROM " + t.name() + " c JOIN tree ON c." + ref + " = tree.k) "
                + "SELECT " + cols + " FROM " + t.name() + " t JOIN tree ON tree.k = t." + k + " ORDER BY tree.depth, t." + k;
    }

    /** True for a type the copy writes as a whole number. */
    static boolean isWhole(int type) {
        return type == Types.INTEGER || type == Types.BIGINT || type == Types.SMALLINT || type == Types.TINYINT;
    }

    /** True for a type the copy writes as a real number. */
    static boolean isReal(int type) {
        return type == Types.REAL || type == Types.DOUBLE || type == Types.FLOAT || type == Types.NUMERIC
                || type == Types.DECIMAL;
    }
}
