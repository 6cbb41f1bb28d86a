package vn.dienhinh.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import vn.dienhinh.model.Officer;

/**
 * Which exemplars the signed-in officer may see, as SQL the repositories' queries take: everything for the
 * office's officer (and a workstation's one officer), no condition at all; for a unit's clerk, the exemplars
 * of their unit and every unit below it, and what hangs on those exemplars (their introductions). Written
 * into the query, not filtered after it, so counts and pages are those of what the clerk sees.
 */
final class Scope {

    /** The unit given as the argument and every unit below it (a ward with its tổ dân phố). */
    static final String SUBTREE = "WITH RECURSIVE sub(id) AS (SELECT CAST(? AS bigint) UNION ALL "
            + "SELECT u2.id FROM unit u2 JOIN sub ON u2.parent_id = sub.id) SELECT id FROM sub";

    private static final Scope ALL = new Scope(null);

    /** The clerk's unit; null when everything is seen. */
    private final Long unitId;

    private Scope(Long unitId) {
        this.unitId = unitId;
    }

    static Scope of(Officer officer) {
        return officer.seesAll() ? ALL : new Scope(officer.unitId());
    }

    boolean all() {
        return unitId == null;
    }

    /**
     * The condition that the unit in {@code unitColumn} is one the officer sees, its argument added to
     * {@code args}; null when the officer sees everything.
     */
    String units(String unitColumn, List<Object> args) {
        if (all()) {
            return null;
        }
        args.add(unitId);
        return unitColumn + " IN (" + SUBTREE + ")";
    }

    /** The condition that the exemplar in {@code exemplarColumn} is one the officer sees; null when all are. */
    String exemplars(String exemplarColumn, List<Object> args) {
        if (all()) {
            return null;
        }
        return exemplarColumn + " IN (SELECT sx.id FROM exemplar sx WHERE " + units("sx.unit_id", args) + ")";
    }

    /** {@code sql} with " AND " and the condition appended when there is one. */
    static String and(String sql, String condition) {
        return condition == null ? sql : sql + " AND " + condition;
    }

    /** True when the officer sees exemplars of {@code unitId} (no unit: only the office's officer). */
    boolean covers(Connection c, Long unitId) throws SQLException {
        if (all()) {
            return true;
        }
        if (unitId == null) {
            return false;
        }
        return Sql.count(c, "SELECT count(*) FROM (" + SUBTREE + ") s WHERE s.id = ?", this.unitId, unitId) > 0;
    }
}
