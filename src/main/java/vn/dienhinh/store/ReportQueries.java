package vn.dienhinh.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.ExemplarStatus;
import vn.dienhinh.model.IntroductionRow;
import vn.dienhinh.model.Quarter;

/**
 * Read-only counts and streams for reports: exemplars found in a period (by field and kind, unit,
 * quarter, status), introductions and activities per quarter. An exemplar counts as found on its
 * found date, or the day it was entered when that is missing. Key 0 stands for "none" (no field, no unit).
 */
public final class ReportQueries {

    private static final String FOUND = "coalesce(e.found_on, substr(e.created_at, 1, 10))";
    private static final String QUARTER_OF = "(CAST(substr(%1$s, 6, 2) AS INTEGER) + 2) / 3";
    private static final String YEAR_OF = "CAST(substr(%1$s, 1, 4) AS INTEGER)";
    private static final String INTRO = "SELECT i.id, i.year, i.quarter, i.unit_id, u.name AS unit_name, i.exemplar_id, "
            + "e.name AS exemplar_name, e.kind, i.field_id, f.name AS field_name, i.received_on, i.withdrawn_on, e.summary "
            + "FROM introduction i JOIN unit u ON u.id = i.unit_id JOIN exemplar e ON e.id = i.exemplar_id "
            + "LEFT JOIN field f ON f.id = i.field_id";

    private final Database db;
    /** "" for the whole registry, or a condition on {@code e.id} keeping a campaign phase's own exemplars. */
    private final String scope;
    /** The day an exemplar counts from: its found date, or for a phase the day it joined the phase. */
    private final String found;

    public ReportQueries(Database db) {
        this(db, "", FOUND);
    }

    private ReportQueries(Database db, String scope, String found) {
        this.db = db;
        this.scope = scope;
        this.found = found;
    }

    /**
     * The same counts over a campaign phase's own exemplars only (those linked to the campaign for that
     * phase): a phase's sơ kết reports its 5 exemplars, not the 132 found in the same months. They count
     * from the day they joined the phase, which is how they were placed in it.
     */
    public ReportQueries ofPhase(long phaseId) {
        return new ReportQueries(db, " AND e.id IN (SELECT exemplar_id FROM campaign_exemplar WHERE phase_id = "
                + phaseId + ")", "(SELECT ce.linked_on FROM campaign_exemplar ce WHERE ce.exemplar_id = e.id AND "
                + "ce.phase_id = " + phaseId + ")");
    }

    /** The same condition for a table whose exemplar column is {@code column}. */
    private String scopeOn(String column) {
        return scope.replace("e.id IN", column + " IN");
    }

    public long foundBetween(LocalDate from, LocalDate to) {
        return db.read(c -> Sql.count(c, "SELECT count(*) FROM exemplar e WHERE " + found + " BETWEEN ? AND ?" + scope,
                from, to));
    }

    /** Field id (0: none) to kind to count, each exemplar counted once in every field it has. */
    public Map<Long, Map<ExemplarKind, Long>> foundByFieldAndKind(LocalDate from, LocalDate to) {
        return db.read(c -> {
            Map<Long, Map<ExemplarKind, Long>> out = new LinkedHashMap<>();
            for (Object[] r : Sql.list(c, "SELECT coalesce(ef.field_id, 0), e.kind, count(*) FROM exemplar e "
                    + "LEFT JOIN exemplar_field ef ON ef.exemplar_id = e.id WHERE " + found + " BETWEEN ? AND ?" + scope
                    + " GROUP BY 1, 2", rs -> new Object[]{rs.getLong(1), rs.getString(2), rs.getLong(3)}, from, to)) {
                out.computeIfAbsent((Long) r[0], k -> new EnumMap<>(ExemplarKind.class))
                        .put(ExemplarKind.valueOf((String) r[1]), (Long) r[2]);
            }
            return out;
        });
    }

    public Map<ExemplarKind, Long> foundByKind(LocalDate from, LocalDate to) {
        return db.read(c -> {
            Map<ExemplarKind, Long> out = new EnumMap<>(ExemplarKind.class);
            for (Object[] r : Sql.list(c, "SELECT e.kind, count(*) FROM exemplar e WHERE " + found
                    + " BETWEEN ? AND ?" + scope + " GROUP BY 1", rs -> new Object[]{rs.getString(1), rs.getLong(2)}, from, to)) {
                out.put(ExemplarKind.valueOf((String) r[0]), (Long) r[1]);
            }
            return out;
        });
    }

    /**
     * Where the exemplars found in the period stood on {@code asOf} in their lifecycle: the last status
     * change up to that day, or the state before the first change after it, so a report dated in the
     * past shows the past.
     */
    public Map<ExemplarStatus, Long> foundByStatus(LocalDate from, LocalDate to, LocalDate asOf) {
        String then = "coalesce((SELECT s.to_status FROM status_change s WHERE s.exemplar_id = e.id AND s.changed_on <= ? "
                + "ORDER BY s.changed_on DESC, s.id DESC LIMIT 1), (SELECT coalesce(s.from_status, s.to_status) "
                + "FROM status_change s WHERE s.exemplar_id = e.id ORDER BY s.changed_on, s.id LIMIT 1), e.status)";
        return db.read(c -> {
            Map<ExemplarStatus, Long> out = new EnumMap<>(ExemplarStatus.class);
            for (Object[] r : Sql.list(c, "SELECT " + then + ", count(*) FROM exemplar e WHERE " + found
                    + " BETWEEN ? AND ?" + scope + " GROUP BY 1", rs -> new Object[]{rs.getString(1), rs.getLong(2)},
                    asOf, from, to)) {
                out.put(ExemplarStatus.valueOf((String) r[0]), (Long) r[1]);
            }
            return out;
        });
    }

    /** Unit id (0: none) to the number of exemplars it proposed that were found in the period. */
    public Map<Long, Long> foundByUnit(LocalDate from, LocalDate to) {
        return db.read(c -> toMap(Sql.list(c, "SELECT coalesce(e.unit_id, 0), count(*) FROM exemplar e WHERE " + found
                + " BETWEEN ? AND ?" + scope + " GROUP BY 1", rs -> new long[]{rs.getLong(1), rs.getLong(2)}, from, to)));
    }

    /** Unit id to its counted (not withdrawn) introductions in the quarters from … to. */
    public Map<Long, Long> introductionsByUnit(Quarter from, Quarter to) {
        return db.read(c -> toMap(Sql.list(c, "SELECT unit_id, count(*) FROM introduction WHERE withdrawn_on IS NULL "
                + "AND year * 4 + quarter BETWEEN ? AND ?" + scopeOn("exemplar_id") + " GROUP BY 1", rs -> new long[]{rs.getLong(1), rs.getLong(2)},
                index(from), index(to))));
    }

    public Map<Quarter, Long> foundByQuarter(LocalDate from, LocalDate to) {
        String year = String.format(YEAR_OF, found);
        String quarter = String.format(QUARTER_OF, found);
        return db.read(c -> quarters(Sql.list(c, "SELECT " + year + ", " + quarter + ", count(*) FROM exemplar e WHERE "
                + found + " BETWEEN ? AND ?" + scope + " GROUP BY 1, 2", ReportQueries::triple, from, to)));
    }

    public Map<Quarter, Long> introductionsByQuarter(Quarter from, Quarter to) {
        return db.read(c -> quarters(Sql.list(c, "SELECT year, quarter, count(*) FROM introduction "
                + "WHERE withdrawn_on IS NULL AND year * 4 + quarter BETWEEN ? AND ?" + scopeOn("exemplar_id") + " GROUP BY 1, 2",
                ReportQueries::triple, index(from), index(to))));
    }

    /**
     * The quarter's counted introductions received up to {@code upTo}: {introductions, exemplars}; an
     * exemplar introduced for two fields is two introductions and one exemplar.
     */
    public long[] introductionsOf(Quarter q, LocalDate upTo) {
        return db.read(c -> Sql.list(c, "SELECT count(*), count(DISTINCT exemplar_id) FROM introduction "
                + "WHERE withdrawn_on IS NULL AND year = ? AND quarter = ? AND received_on <= ?",
                rs -> new long[]{rs.getLong(1), rs.getLong(2)}, q.year(), q.quarter(), upTo).get(0));
    }

    public Map<Quarter, Long> activitiesByQuarter(LocalDate from, LocalDate to) {
        return db.read(c -> quarters(Sql.list(c, "SELECT " + String.format(YEAR_OF, "held_on") + ", "
                + String.format(QUARTER_OF, "held_on") + ", count(*) FROM activity WHERE held_on BETWEEN ? AND ?"
                + (scope.isEmpty() ? "" : " AND id IN (SELECT activity_id FROM activity_exemplar WHERE 1 = 1"
                + scopeOn("exemplar_id") + ")") + " GROUP BY 1, 2", ReportQueries::triple, from, to)));
    }

    /** Introductions of the quarters from … to, withdrawn ones too, pushed one at a time (quarter, unit, field order). */
    public void forEachIntroduction(Quarter from, Quarter to, Consumer<IntroductionRow> sink) {
        String sql = INTRO + " WHERE i.year * 4 + i.quarter BETWEEN ? AND ? "
                + "ORDER BY i.year, i.quarter, u.sort_key, f.sort_order, e.sort_key, i.id";
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Sql.bind(ps, index(from), index(to));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(new IntroductionRow(rs.getLong("id"), new Quarter(rs.getInt("year"),
                                rs.getInt("quarter")), rs.getLong("unit_id"), rs.getString("unit_name"),
                                rs.getLong("exemplar_id"), rs.getString("exemplar_name"),
                                Sql.enumOf(ExemplarKind.class, rs, "kind"), Sql.id(rs, "field_id"),
                                rs.getString("field_name"), Sql.date(rs, "received_on"),
                                rs.getString("withdrawn_on") != null, rs.getString("summary")));
                    }
                }
            }
            return null;
        });
    }

    /** The names of the exemplars {@code ids}, each with its unit's id (null when of no unit). */
    public Map<Long, Map.Entry<String, Long>> exemplarNames(List<Long> ids) {
        Map<Long, Map.Entry<String, Long>> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        return db.read(c -> {
            for (Object[] r : Sql.list(c, "SELECT id, name, unit_id FROM exemplar WHERE id IN (" + marks + ")",
                    rs -> new Object[]{rs.getLong(1), rs.getString(2), Sql.id(rs, "unit_id")}, ids.toArray())) {
                out.put((Long) r[0], new java.util.AbstractMap.SimpleImmutableEntry<>((String) r[1], (Long) r[2]));
            }
            return out;
        });
    }

    private static int index(Quarter q) {
        return q.year() * 4 + q.quarter();
    }

    private static long[] triple(ResultSet rs) throws java.sql.SQLException {
        return new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3)};
    }

    private static Map<Quarter, Long> quarters(List<long[]> rows) {
        Map<Quarter, Long> out = new TreeMap<>();
        for (long[] r : rows) {
            out.put(new Quarter((int) r[0], (int) r[1]), r[2]);
        }
        return out;
    }

    private static Map<Long, Long> toMap(List<long[]> rows) {
        Map<Long, Long> out = new LinkedHashMap<>();
        for (long[] r : rows) {
            out.put(r[0], r[1]);
        }
        return out;
    }
}
