package vn.dienhinh.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dienhinh.model.CopiedTable;
import vn.dienhinh.model.CopyProgress;
import vn.dienhinh.store.RegistryTables.Table;
import vn.dienhinh.util.UserException;

/**
 * Copies a whole registry onto another, on either engine: a workstation's file onto an office's new shared
 * registry (moving in), or the shared registry into a new file (a copy to take away). All or nothing: the
 * target is written in one transaction, which is rolled back on any failure, and also when a table's rows on
 * the target do not come to the source's count.
 * <ul>
 * <li>Every table of the schema ({@link RegistryTables}) is copied, each after those it refers to, its rows
 * streamed from one consistent reading of the source and written in batches; the rows the target's schema
 * seeded (catalogue, settings) are replaced by the source's.</li>
 * <li>Values are read into the form both engines share and written in the target's
 * ({@link Dialect#portable}, {@link Dialect#stored}): a file's packed texts unpacked for the server and packed
 * again for a file; an exemplar's sort key made from its kind and name as the target's writers make it.</li>
 * <li>The change history is copied as it is, and the copy itself writes none: the target's triggers are set
 * aside meanwhile ({@link Dialect#setTriggersAside}).</li>
 * <li>New rows on the target get ids after the copied ones; its search index is built from the copied rows.</li>
 * </ul>
 * The target must hold no records (no exemplar, unit, history line or anything that hangs on them), and both
 * registries must be at the same schema version (each is migrated when opened).
 */
public final class RegistryCopy {

    static final int BATCH = 1000;
    /** How often {@link CopyProgress} is told (rows). */
    static final int PROGRESS = 10_000;

    private RegistryCopy() {
    }

    /** Copies {@code from} onto {@code to}; the tables as written, in the order they were written. */
    public static List<CopiedTable> copy(Database from, Database to, CopyProgress progress) {
        return copy(from, to, to.name(), progress);
    }

    /**
     * As {@link #copy(Database, Database, CopyProgress)}, the messages naming the target {@code targetName} (a file
     * written under a temporary name is named by the name it will have).
     */
    public static List<CopiedTable> copy(Database from, Database to, String targetName, CopyProgress progress) {
        if (from.name().equals(to.name())) {
            throw new UserException("copy.same", from.name());
        }
        int fromVersion = from.read(Schema::version);
        int toVersion = to.read(Schema::version);
        if (fromVersion != toVersion) {
            throw new UserException("copy.versionDiffers", from.name(), fromVersion, targetName, toVersion);
        }
        try (Connection src = from.connection()) {
            boolean shared = from.isShared();
            try {
                // one consistent reading of the source, while others may go on writing to a shared one
                if (shared) {
                    src.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                    src.setReadOnly(true);
                }
                src.setAutoCommit(false);
                return to.inTransaction(c -> copy(src, c, targetName, progress));
            } finally {
                src.rollback();
                src.setAutoCommit(true);
                if (shared) {
                    src.setReadOnly(false);
                    src.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                }
            }
        } catch (SQLException e) {
            throw from.translate(e);
        }
    }

    private static List<CopiedTable> copy(Connection src, Connection c, String target, CopyProgress progress)
            throws SQLException {
        List<Table> tables = RegistryTables.of(c);
        Map<String, Table> source = new LinkedHashMap<>();
        for (Table t : RegistryTables.of(src)) {
            source.put(t.name(), t);
        }
        sameTables(source, tables, target);
        refuseRecords(c, tables, target);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Table t : tables) {
            counts.put(t.name(), Sql.count(src, "SELECT count(*) FROM " + t.name()));
        }
        List<String> names = tables.stream().map(Table::name).toList();
        Dialect.Restore triggers;
        try {
            triggers = Dialect.of(c).setTriggersAside(c, names);
        } catch (SQLException e) {
            if ("42501".equals(e.getSQLState())) { // not the tables' owner
                throw new UserException(e, "copy.notOwner", target);
            }
            throw e;
        }
        for (int i = tables.size() - 1; i >= 0; i--) {
            Sql.update(c, "DELETE FROM " + tables.get(i).name());
        }
        List<CopiedTable> copied = new ArrayList<>();
        for (Table t : tables) {
            long total = counts.get(t.name());
            long rows = rows(src, c, source.get(t.name()), t, total, progress, target);
            long written = Sql.count(c, "SELECT count(*) FROM " + t.name());
            if (rows != total || written != total) {
                throw new UserException("copy.countDiffers", CopiedTable.labelOf(t.name()), t.name(), total,
                        Math.min(rows, written), target);
            }
            copied.add(new CopiedTable(t.name(), written));
        }
        for (Table t : tables) {
            if (t.columns().containsKey("id") && t.key().equals(List.of("id"))) {
                Dialect.of(c).idsWritten(c, t.name());
            }
        }
        SearchIndex.rebuild(c);
        triggers.run();
        return copied;
    }

    /** Both schemas have the same tables with the same columns (they should: same version). */
    private static void sameTables(Map<String, Table> source, List<Table> target, String name) {
        Set<String> seen = new HashSet<>();
        for (Table t : target) {
            Table s = source.get(t.name());
            if (s == null || !s.columns().keySet().equals(t.columns().keySet())) {
                throw new UserException("copy.schemaDiffers", t.name(), name);
            }
            seen.add(t.name());
        }
        for (String s : source.keySet()) {
            if (!seen.contains(s)) {
                throw new UserException("copy.schemaDiffers", s, name);
            }
        }
    }

    /** Refuses {@code db} when it holds records of its own (see {@link #refuseRecords(Connection, List, String)}). */
    public static void refuseRecords(Database db, String name) {
        db.read(c -> {
            refuseRecords(c, RegistryTables.of(c), name);
            return null;
        });
    }

    /**
     * Refuses a target with records of its own: a line of history, or a row of an exemplar, a unit or of any table
     * that hangs on them. What a new registry is made with (catalogue, office settings) is not a record.
     */
    private static void refuseRecords(Connection c, List<Table> tables, String target) throws SQLException {
        Set<String> records = new HashSet<>(List.of("exemplar", "unit"));
        for (Table t : tables) { // in reference order: a table after every table it refers to
            if (t.refersTo().stream().anyMatch(records::contains)) {
                records.add(t.name());
            }
        }
        records.add("change_log");
        for (Table t : tables) {
            if (records.contains(t.name())) {
                long n = Sql.count(c, "SELECT count(*) FROM " + t.name());
                if (n > 0) {
                    throw new UserException("copy.targetNotEmpty", target, CopiedTable.labelOf(t.name()), n);
                }
            }
        }
    }

    /** Streams the rows of one table from the source into the target in batches; how many were written. */
    private static long rows(Connection src, Connection c, Table from, Table to, long total, CopyProgress progress,
                             String target) throws SQLException {
        List<String> columns = new ArrayList<>(to.columns().keySet());
        String insert = "INSERT INTO " + to.name() + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(x -> "?").toList()) + ")";
        Dialect read = Dialect.of(src);
        Dialect write = Dialect.of(c);
        // an exemplar's sort key is made from its kind and name, as the target's writers make it (a person's has a
        // NUL on a file, which the server's text cannot hold)
        int sortKey = to.name().equals("exemplar") ? columns.indexOf("sort_key") : -1;
        long n = 0;
        try (PreparedStatement select = src.prepareStatement(RegistryTables.select(from));
             PreparedStatement ins = c.prepareStatement(insert)) {
            select.setFetchSize(BATCH);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    for (int i = 0; i < columns.size(); i++) {
                        String col = columns.get(i);
                        Object v = i == sortKey ? ExemplarRepository.sortKey(write, rs.getString("kind"), rs.getString("name"))
                                : write.stored(to.name(), col, read.portable(from.name(), col, rs.getObject(col)));
                        bind(ins, i + 1, v, to.columns().get(col));
                    }
                    ins.addBatch();
                    if (++n % BATCH == 0) {
                        ins.executeBatch();
                    }
                    if (n % PROGRESS == 0) {
                        progress.copied(to.name(), n, total);
                    }
                }
            }
            ins.executeBatch();
        } catch (SQLException | RuntimeException e) {
            if (e instanceof UserException u) {
                throw u;
            }
            throw new UserException(e, "copy.failed", CopiedTable.labelOf(to.name()), to.name(), target,
                    Database.rootMessage(e));
        }
        return n;
    }

    /** Binds a value as the target's column takes it: whole and real numbers as numbers, the rest as it is. */
    private static void bind(PreparedStatement ps, int p, Object v, int type) throws SQLException {
        if (v == null) {
            ps.setNull(p, type);
        } else if (RegistryTables.isWhole(type) && (v instanceof Number || v instanceof String)) {
            ps.setLong(p, v instanceof Number n ? n.longValue() : Long.parseLong(((String) v).strip()));
        } else if (RegistryTables.isReal(type) && (v instanceof Number || v instanceof String)) {
            ps.setDouble(p, v instanceof Number n ? n.doubleValue() : Double.parseDouble(((String) v).strip()));
        } else if (v instanceof byte[] b) {
            ps.setBytes(p, b);
        } else {
            ps.setObject(p, v);
        }
    }
}
