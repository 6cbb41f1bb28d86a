package vn.dienhinh.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.Introduction;
import vn.dienhinh.model.IntroductionRow;
import vn.dienhinh.model.Quarter;

/**
 * Quarterly introductions: which unit introduced which exemplar, for which field and quarter. A unit's clerk
 * reads only the introductions of the exemplars they see ({@link Scope}).
 */
public final class IntroductionRepository {

    private static final String ROW = "SELECT i.id, i.year, i.quarter, i.unit_id, u.name AS unit_name, i.exemplar_id, "
            + "e.name AS exemplar_name, e.kind, i.field_id, f.name AS field_name, i.received_on, i.withdrawn_on, e.summary "
            + "FROM introduction i JOIN unit u ON u.id = i.unit_id JOIN exemplar e ON e.id = i.exemplar_id "
            + "LEFT JOIN field f ON f.id = i.field_id";

    private final Database db;

    public IntroductionRepository(Database db) {
        this.db = db;
    }

    public Introduction insert(Introduction i) {
        return db.inTransaction(c -> insert(c, i));
    }

    /** All, or none. */
    public List<Introduction> insertAll(List<Introduction> list) {
        return db.inTransaction(c -> {
            List<Introduction> out = new ArrayList<>();
            for (Introduction i : list) {
                out.add(insert(c, i));
            }
            return out;
        });
    }

    static Introduction insert(Connection c, Introduction i) throws SQLException {
        long id = Sql.insert(c, "INSERT INTO introduction (unit_id, exemplar_id, field_id, campaign_id, year, quarter, "
                        + "received_on, withdrawn_on, withdrawn_reason, note) VALUES (?,?,?,?,?,?,?,?,?,?)",
                i.unitId(), i.exemplarId(), i.fieldId(), i.campaignId(), i.quarter().year(), i.quarter().quarter(),
                i.receivedOn(), i.withdrawnOn(), i.withdrawnReason(), i.note());
        return new Introduction(id, i.unitId(), i.exemplarId(), i.fieldId(), i.campaignId(), i.quarter(), i.receivedOn(),
                i.withdrawnOn(), i.withdrawnReason(), i.note());
    }

    public void update(Introduction i) {
        db.inTransaction(c -> Sql.update(c, "UPDATE introduction SET unit_id=?, exemplar_id=?, field_id=?, campaign_id=?, "
                        + "year=?, quarter=?, received_on=?, withdrawn_on=?, withdrawn_reason=?, note=? WHERE id=?",
                i.unitId(), i.exemplarId(), i.fieldId(), i.campaignId(), i.quarter().year(), i.quarter().quarter(),
                i.receivedOn(), i.withdrawnOn(), i.withdrawnReason(), i.note(), i.id()));
    }

    public void delete(long id) {
        db.inTransaction(c -> Sql.update(c, "DELETE FROM introduction WHERE id = ?", id));
    }

    /** The introduction, when the officer sees its exemplar; null otherwise. */
    public Introduction find(long id) {
        List<Object> args = new ArrayList<>(List.of(id));
        String sql = Scope.and("SELECT * FROM introduction WHERE id = ?", scope().exemplars("exemplar_id", args));
        return db.read(c -> Sql.one(c, sql, IntroductionRepository::introduction, args.toArray()));
    }

    /** Introductions of a quarter that count for a campaign's quota (tagged with it or with none), withdrawn ones too. */
    public List<IntroductionRow> ofQuarter(Quarter q, Long campaignId) {
        return rows(" WHERE i.year = ? AND i.quarter = ? AND (CAST(? AS bigint) IS NULL OR i.campaign_id IS NULL "
                + "OR i.campaign_id = ?)", " ORDER BY u.sort_key, f.sort_order, e.sort_key", q.year(), q.quarter(),
                campaignId, campaignId);
    }

    /** Every introduction of a year, for the year view. */
    public List<IntroductionRow> ofYear(int year, Long campaignId) {
        return rows(" WHERE i.year = ? AND (CAST(? AS bigint) IS NULL OR i.campaign_id IS NULL OR i.campaign_id = ?)",
                " ORDER BY i.quarter, u.sort_key", year, campaignId, campaignId);
    }

    public List<IntroductionRow> ofExemplar(long exemplarId) {
        return rows(" WHERE i.exemplar_id = ?", " ORDER BY i.year DESC, i.quarter DESC", exemplarId);
    }

    /** The rows {@code where} selects among those the officer sees (introductions of the exemplars they see). */
    private List<IntroductionRow> rows(String where, String order, Object... whereArgs) {
        List<Object> args = new ArrayList<>(java.util.Arrays.asList(whereArgs)); // a campaign may be null
        String sql = ROW + Scope.and(where, scope().units("e.unit_id", args)) + order;
        return db.read(c -> Sql.list(c, sql, IntroductionRepository::row, args.toArray()));
    }

    private Scope scope() {
        return Scope.of(db.officer());
    }

    /** Counted introductions per quarter from {@code from} on (oldest first): year*10+quarter to count. */
    public java.util.Map<Quarter, Long> countsPerQuarter(Quarter from) {
        return db.read(c -> {
            java.util.Map<Quarter, Long> out = new java.util.TreeMap<>();
            List<Object> args = new ArrayList<>(List.of(from.year(), from.year(), from.quarter()));
            String where = Scope.and("WHERE withdrawn_on IS NULL AND (year > ? OR (year = ? AND quarter >= ?))",
                    scope().exemplars("exemplar_id", args));
            for (long[] r : Sql.list(c, "SELECT year, quarter, count(*) FROM introduction " + where + " GROUP BY year, quarter",
                    rs -> new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3)}, args.toArray())) {
                out.put(new Quarter((int) r[0], (int) r[1]), r[2]);
            }
            return out;
        });
    }

    public void withdraw(long id, LocalDate on, String reason) {
        db.inTransaction(c -> Sql.update(c, "UPDATE introduction SET withdrawn_on = ?, withdrawn_reason = ? WHERE id = ?",
                on, reason, id));
    }

    private static Introduction introduction(ResultSet rs) throws SQLException {
        return new Introduction(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("exemplar_id"), Sql.id(rs, "field_id"),
                Sql.id(rs, "campaign_id"), new Quarter(rs.getInt("year"), rs.getInt("quarter")),
                Sql.date(rs, "received_on"), Sql.date(rs, "withdrawn_on"), rs.getString("withdrawn_reason"),
                rs.getString("note"));
    }

    private static IntroductionRow row(ResultSet rs) throws SQLException {
        return new IntroductionRow(rs.getLong("id"), new Quarter(rs.getInt("year"), rs.getInt("quarter")),
                rs.getLong("unit_id"), rs.getString("unit_name"), rs.getLong("exemplar_id"),
                rs.getString("exemplar_name"), Sql.enumOf(ExemplarKind.class, rs, "kind"), Sql.id(rs, "field_id"),
                rs.getString("field_name"), Sql.date(rs, "received_on"), rs.getString("withdrawn_on") != null,
                rs.getString("summary"));
    }
}
