package vn.dienhinh.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dienhinh.model.ChangeEntry;
import vn.dienhinh.model.FieldChange;
import vn.dienhinh.model.HistoryCompaction;

/**
 * Reads the change history the triggers of migration V5 write: every create, change and delete with
 * its time, user and the values before and after (kept as JSON, unpacked here by SQLite itself).
 */
public final class ChangeLogRepository {

    private static String select(Dialect d) {
        return "SELECT c.id, c.at, c.user_name, c.entity, c.entity_id, c.exemplar_id, c.action, c.label, c.merged, "
                + "c.first_at, j.value ->> 0 AS f, j.value ->> 1 AS o, j.value ->> 2 AS n "
                + "FROM change_log c LEFT JOIN " + d.jsonElements("c.changes") + " ON true ";
    }

    private final Database db;

    public ChangeLogRepository(Database db) {
        this.db = db;
    }

    /** The exemplar's own changes and those of its fields, deeds, evaluations and introductions, newest first. */
    public List<ChangeEntry> ofExemplar(long exemplarId) {
        List<Object> args = new ArrayList<>(List.of(exemplarId));
        String where = Scope.and("WHERE c.exemplar_id = ?", scope().exemplars("c.exemplar_id", args));
        return query(where + " ORDER BY c.id DESC, j.key", args.toArray());
    }

    /** A unit's clerk reads the history of the exemplars they see, and nothing else ({@link Scope}). */
    private Scope scope() {
        return Scope.of(db.officer());
    }

    /**
     * The changes of one record of {@code entity} outside an exemplar (unit, field, campaign …),
     * newest first; an exemplar's own and its parts' are read with {@link #ofExemplar}.
     */
    public List<ChangeEntry> ofRecord(String entity, long id) {
        return query("WHERE c.entity = ? AND c.entity_id = ? AND c.exemplar_id IS NULL ORDER BY c.id DESC, j.key",
                entity, id);
    }

    /**
     * While a writer creates exemplars with ids from {@code firstId} on, the fields, deeds and
     * evaluations it writes for them are part of their creation: no line of their own in the history
     * (V9). {@code null} when it is done; set and cleared in the writer's transaction.
     */
    static void creatingFrom(Connection c, Long firstId) throws SQLException {
        Dialect.of(c).creatingFrom(c, firstId);
    }

    /**
     * Compacts the history before {@code day}: each record's run of changes made before that day, up to
     * its creation or deletion, becomes one line where each field goes from its value before the first
     * change to its value after the last (a field that came back to where it was drops out; a run that
     * changed nothing in the end goes), with how many changes it stands for, when the first was made and
     * by whom. Creations and deletions stay as they are (a deletion keeps the only copy of the deleted
     * values), and so does everything from {@code day} on. One transaction; then the freed pages go back
     * to the disk.
     */
    public HistoryCompaction compactBefore(java.time.LocalDate day) {
        String cutoff = day.atStartOfDay().format(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        HistoryCompaction done = db.inTransaction(c -> {
            long before = Sql.count(c, "SELECT count(*) FROM change_log");
            List<Object[]> keys = Sql.list(c, "SELECT entity, entity_id, exemplar_id FROM change_log "
                    + "WHERE action = 'UPDATE' AND at < ? GROUP BY entity, entity_id, exemplar_id HAVING count(*) > 1",
                    rs -> new Object[]{rs.getString(1), rs.getLong(2), Sql.id(rs, "exemplar_id")}, cutoff);
            long records = 0;
            for (Object[] k : keys) {
                records += compact(c, (String) k[0], (Long) k[1], (Long) k[2], cutoff) ? 1 : 0;
            }
            return new HistoryCompaction(before, Sql.count(c, "SELECT count(*) FROM change_log"), records);
        });
        if (done.removed() > 0) {
            db.releaseFreePages();
        }
        return done;
    }

    /** Merges each run of the record's changes before {@code cutoff}; true when a line went. */
    private static boolean compact(Connection c, String entity, long entityId, Long exemplarId, String cutoff)
            throws SQLException {
        String where = exemplarId == null ? "exemplar_id IS NULL AND entity = ? AND entity_id = ?"
                : "exemplar_id = ? AND entity = ? AND entity_id = ?";
        Object[] args = exemplarId == null ? new Object[]{entity, entityId, cutoff}
                : new Object[]{exemplarId, entity, entityId, cutoff};
        List<Line> lines = Sql.list(c, "SELECT id, at, first_at, user_name, action, merged, changes FROM change_log WHERE "
                + where + " AND at < ? ORDER BY id", rs -> new Line(rs.getLong(1), rs.getString(2),
                rs.getString(3) == null ? rs.getString(2) : rs.getString(3), rs.getString(4), rs.getString(5),
                Math.max(1, rs.getInt(6)), rs.getString(7)), args);
        boolean changed = false;
        List<Line> run = new ArrayList<>();
        for (Line l : lines) {
            if (l.action.equals("UPDATE")) {
                run.add(l);
                continue;
            }
            changed |= merge(c, run);
            run.clear();
        }
        changed |= merge(c, run);
        return changed;
    }

    private static boolean merge(Connection c, List<Line> run) throws SQLException {
        if (run.size() < 2) {
            return false;
        }
        Map<String, String[]> fields = new LinkedHashMap<>();
        java.util.Set<String> users = new java.util.LinkedHashSet<>();
        int merged = 0;
        for (Line l : run) {
            for (String[] f : Sql.list(c, "SELECT j.value ->> 0, j.value ->> 1, j.value ->> 2 FROM " + Dialect.of(c).jsonElements("?") + " "
                    + "ORDER BY j.key", rs -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)}, l.changes)) {
                String[] was = fields.get(f[0]);
                fields.put(f[0], new String[]{f[0], was == null ? f[1] : was[1], f[2]});
            }
            if (l.user != null) {
                for (String u : l.user.split(", ")) {
                    users.add(u);
                }
            }
            merged += l.merged;
        }
        fields.values().removeIf(f -> java.util.Objects.equals(f[1], f[2]));
        Line last = run.get(run.size() - 1);
        for (Line l : run.subList(0, fields.isEmpty() ? run.size() : run.size() - 1)) {
            Sql.update(c, "DELETE FROM change_log WHERE id = ?", l.id);
        }
        if (!fields.isEmpty()) {
            StringBuilder json = new StringBuilder("[");
            for (String[] f : fields.values()) {
                json.append(json.length() > 1 ? "," : "").append('[').append(json(f[0])).append(',')
                        .append(json(f[1])).append(',').append(json(f[2])).append(']');
            }
            Sql.update(c, "UPDATE change_log SET changes = ?, merged = ?, first_at = ?, user_name = ? WHERE id = ?",
                    json.append(']').toString(), merged, run.get(0).firstAt,
                    users.isEmpty() ? null : String.join(", ", users), last.id);
        }
        return true;
    }

    /** A JSON string (or null) for the history's arrays. */
    static String json(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private record Line(long id, String at, String firstAt, String user, String action, int merged, String changes) {
    }

    /** The latest {@code limit} changes of any record, newest first. */
    public List<ChangeEntry> recent(int limit) {
        List<Object> args = new ArrayList<>();
        String seen = scope().exemplars("exemplar_id", args);
        args.add(limit);
        return query("WHERE c.id IN (SELECT id FROM change_log" + (seen == null ? "" : " WHERE " + seen)
                + " ORDER BY id DESC LIMIT ?) ORDER BY c.id DESC, j.key", args.toArray());
    }

    /** The registry's size in bytes ({@link Database#size}). */
    public long fileSize() {
        return db.size();
    }

    public long count() {
        return db.read(c -> Sql.count(c, "SELECT count(*) FROM change_log"));
    }

    private List<ChangeEntry> query(String where, Object... args) {
        return db.read(c -> {
            Map<Long, Row> rows = new LinkedHashMap<>();
            Sql.list(c, select(Dialect.of(c)) + where, rs -> {
                Row r = rows.get(rs.getLong("id"));
                if (r == null) {
                    r = new Row(header(rs), new ArrayList<>());
                    rows.put(r.head.id(), r);
                }
                if (rs.getString("f") != null) {
                    r.changes.add(new FieldChange(rs.getString("f"), PackedText.fromHistory(rs.getString("o")),
                            PackedText.fromHistory(rs.getString("n"))));
                }
                return null;
            }, args);
            List<ChangeEntry> out = new ArrayList<>(rows.size());
            rows.values().forEach(r -> out.add(new ChangeEntry(r.head.id(), r.head.at(), r.head.user(),
                    r.head.entity(), r.head.entityId(), r.head.exemplarId(), r.head.action(), r.head.label(),
                    r.changes, r.head.merged(), r.head.firstAt())));
            return out;
        });
    }

    private static ChangeEntry header(ResultSet rs) throws SQLException {
        return new ChangeEntry(rs.getLong("id"), LocalDateTime.parse(rs.getString("at")), rs.getString("user_name"),
                rs.getString("entity"), rs.getLong("entity_id"), Sql.id(rs, "exemplar_id"),
                ChangeEntry.Action.valueOf(rs.getString("action")), rs.getString("label"), List.of(),
                rs.getInt("merged"), rs.getString("first_at") == null ? null : LocalDateTime.parse(rs.getString("first_at")));
    }

    private record Row(ChangeEntry head, List<FieldChange> changes) {
    }
}
