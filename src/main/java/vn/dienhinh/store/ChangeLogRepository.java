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

/**
 * Reads the change history the triggers of migration V5 write: every create, change and delete with
 * its time, user and the values before and after (kept as JSON, unpacked here by SQLite itself).
 */
public final class ChangeLogRepository {

    private static final String SELECT = "SELECT c.id, c.at, c.user_name, c.entity, c.entity_id, c.exemplar_id, "
            + "c.action, c.label, j.value ->> 0 AS f, j.value ->> 1 AS o, j.value ->> 2 AS n "
            + "FROM change_log c LEFT JOIN json_each(c.changes) j ";

    private final Database db;

    public ChangeLogRepository(Database db) {
        this.db = db;
    }

    /** The exemplar's own changes and those of its fields, deeds, evaluations and introductions, newest first. */
    public List<ChangeEntry> ofExemplar(long exemplarId) {
        return query("WHERE c.exemplar_id = ? ORDER BY c.id DESC, j.key", exemplarId);
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
        Sql.update(c, "UPDATE app_session SET creating_from = ? WHERE id = 1", firstId);
    }

    /** The latest {@code limit} changes of any record, newest first. */
    public List<ChangeEntry> recent(int limit) {
        return query("WHERE c.id IN (SELECT id FROM change_log ORDER BY id DESC LIMIT ?) ORDER BY c.id DESC, j.key",
                limit);
    }

    public long count() {
        return db.read(c -> Sql.count(c, "SELECT count(*) FROM change_log"));
    }

    private List<ChangeEntry> query(String where, Object... args) {
        return db.read(c -> {
            Map<Long, Row> rows = new LinkedHashMap<>();
            Sql.list(c, SELECT + where, rs -> {
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
                    r.changes)));
            return out;
        });
    }

    private static ChangeEntry header(ResultSet rs) throws SQLException {
        return new ChangeEntry(rs.getLong("id"), LocalDateTime.parse(rs.getString("at")), rs.getString("user_name"),
                rs.getString("entity"), rs.getLong("entity_id"), Sql.id(rs, "exemplar_id"),
                ChangeEntry.Action.valueOf(rs.getString("action")), rs.getString("label"), List.of());
    }

    private record Row(ChangeEntry head, List<FieldChange> changes) {
    }
}
