package vn.dienhinh.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.dienhinh.model.Commendation;
import vn.dienhinh.model.CommendationRow;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.DeedUse;

/** Commendations received, the deeds they rest on, and where deeds are already used as grounds. */
public final class CommendationRepository {

    private final Database db;

    public CommendationRepository(Database db) {
        this.db = db;
    }

    public Commendation insert(Commendation x) {
        return db.inTransaction(c -> insert(c, x));
    }

    static Commendation insert(Connection c, Commendation x) throws SQLException {
        long id = Sql.insert(c, "INSERT INTO commendation (exemplar_id, form_id, level_code, decision_number, decision_date, "
                        + "decision_year, issuing_body, campaign_id, nomination_id, note) VALUES (?,?,?,?,?,?,?,?,?,?)",
                x.exemplarId(), x.formId(), x.levelCode(), x.decisionNumber(), x.decisionDate(),
                x.decisionDate().getYear(), x.issuingBody(), x.campaignId(), x.nominationId(), x.note());
        for (Long d : x.deedIds()) {
            Sql.update(c, "INSERT INTO commendation_deed (commendation_id, deed_id) VALUES (?,?)", id, d);
        }
        return new Commendation(id, x.exemplarId(), x.formId(), x.levelCode(), x.decisionNumber(), x.decisionDate(),
                x.issuingBody(), x.campaignId(), x.nominationId(), x.note(), x.deedIds());
    }

    public void delete(long id) {
        db.inTransaction(c -> Sql.update(c, "DELETE FROM commendation WHERE id = ?", id));
    }

    public Commendation find(long id) {
        return db.read(c -> {
            Commendation x = Sql.one(c, "SELECT * FROM commendation WHERE id = ?", CommendationRepository::commendation, id);
            return x == null ? null : withDeeds(c, List.of(x)).get(0);
        });
    }

    /** The exemplar's commendations, oldest first. */
    public List<Commendation> ofExemplar(long exemplarId) {
        return db.read(c -> withDeeds(c, Sql.list(c, "SELECT * FROM commendation WHERE exemplar_id = ? "
                + "ORDER BY decision_date, id", CommendationRepository::commendation, exemplarId)));
    }

    /** Commendations decided between two dates (inclusive), in date order. */
    public List<Commendation> between(java.time.LocalDate from, java.time.LocalDate to) {
        return db.read(c -> withDeeds(c, Sql.list(c, "SELECT * FROM commendation WHERE decision_date BETWEEN ? AND ? "
                + "ORDER BY decision_date, id", CommendationRepository::commendation, from, to)));
    }

    /**
     * Where these deeds already ground something: nominations submitted, approved or decided (other
     * than {@code exceptNomination}) and commendations (other than those of that nomination).
     */
    public List<DeedUse> usesOf(List<Long> deedIds, Long exceptNomination) {
        if (deedIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", Collections.nCopies(deedIds.size(), "?"));
        List<Object> args = new ArrayList<>(deedIds);
        args.add(exceptNomination);
        args.addAll(deedIds);
        args.add(exceptNomination);
        return db.read(c -> Sql.list(c, "SELECT nd.deed_id, 0 AS is_c, n.id AS rid, n.level_code, n.proposing_unit_id, "
                + "f.name AS form_name, NULL AS decision FROM nominee_deed nd JOIN nominee ne ON ne.id = nd.nominee_id "
                + "JOIN nomination n ON n.id = ne.nomination_id JOIN award_form f ON f.id = n.form_id "
                + "WHERE nd.deed_id IN (" + marks + ") AND NOT (n.id " + Dialect.of(c).isSame() + " ?) AND n.status IN ('SUBMITTED','APPROVED','DECIDED') "
                + "UNION ALL SELECT cd.deed_id, 1, cm.id, cm.level_code, NULL, f.name, cm.decision_number "
                + "FROM commendation_deed cd JOIN commendation cm ON cm.id = cd.commendation_id "
                + "JOIN award_form f ON f.id = cm.form_id WHERE cd.deed_id IN (" + marks + ") "
                + "AND NOT (cm.nomination_id " + Dialect.of(c).isSame() + " ?)",
                rs -> new DeedUse(rs.getLong(1), rs.getInt(2) != 0, rs.getLong(3), rs.getString(4), Sql.id(rs, "proposing_unit_id"),
                        rs.getString(6), rs.getString(7)), args.toArray()));
    }

    private static final String ROW = "SELECT cm.id, cm.exemplar_id, e.name, e.kind, u.name AS unit_name, cm.form_id, "
                + "f.name AS form_name, cm.level_code, cm.decision_number, cm.decision_date, cm.issuing_body, "
                + "cm.nomination_id FROM commendation cm JOIN exemplar e ON e.id = cm.exemplar_id "
                + "JOIN award_form f ON f.id = cm.form_id LEFT JOIN unit u ON u.id = e.unit_id ";

    /** Commendations with names, newest first, optionally of one year and one form. */
    public List<CommendationRow> rows(Integer year, Long formId) {
        return db.read(c -> Sql.list(c, ROW + "WHERE (CAST(? AS integer) IS NULL OR cm.decision_year = ?) AND (CAST(? AS bigint) IS NULL OR cm.form_id = ?) "
                + "ORDER BY cm.decision_date DESC, e.sort_key", CommendationRepository::row, year, year, formId, formId));
    }

    /** Commendations with names decided between two dates (inclusive), oldest first. */
    public long countBetween(java.time.LocalDate from, java.time.LocalDate to) {
        return db.read(c -> Sql.count(c, "SELECT count(*) FROM commendation WHERE decision_date BETWEEN ? AND ?", from, to));
    }

    public List<CommendationRow> rowsBetween(java.time.LocalDate from, java.time.LocalDate to) {
        return db.read(c -> Sql.list(c, ROW + "WHERE cm.decision_date BETWEEN ? AND ? ORDER BY cm.decision_date, e.sort_key",
                CommendationRepository::row, from, to));
    }

    private static CommendationRow row(ResultSet rs) throws SQLException {
        return new CommendationRow(rs.getLong(1), rs.getLong(2), rs.getString(3), Sql.enumOf(ExemplarKind.class, rs, "kind"),
                rs.getString("unit_name"), rs.getLong(6), rs.getString("form_name"), rs.getString("level_code"),
                rs.getString("decision_number"), Sql.date(rs, "decision_date"), rs.getString("issuing_body"),
                Sql.id(rs, "nomination_id"));
    }

    /** Years in which commendations were decided, newest first. */
    public List<Integer> years() {
        return db.read(c -> Sql.list(c, "SELECT DISTINCT decision_year FROM commendation ORDER BY decision_year DESC",
                rs -> rs.getInt(1)));
    }

    /** Exemplar ids commended with the form in the year (for the registry filter). */
    public List<Long> exemplarsCommended(long formId, int year) {
        return db.read(c -> Sql.list(c, "SELECT DISTINCT exemplar_id FROM commendation WHERE form_id = ? AND decision_year = ?",
                rs -> rs.getLong(1), formId, year));
    }

    private static List<Commendation> withDeeds(Connection c, List<Commendation> list) throws SQLException {
        List<Commendation> out = new ArrayList<>(list.size());
        for (Commendation x : list) {
            List<Long> deeds = Sql.list(c, "SELECT deed_id FROM commendation_deed WHERE commendation_id = ? ORDER BY deed_id",
                    rs -> rs.getLong(1), x.id());
            out.add(new Commendation(x.id(), x.exemplarId(), x.formId(), x.levelCode(), x.decisionNumber(),
                    x.decisionDate(), x.issuingBody(), x.campaignId(), x.nominationId(), x.note(), deeds));
        }
        return out;
    }

    private static Commendation commendation(ResultSet rs) throws SQLException {
        return new Commendation(rs.getLong("id"), rs.getLong("exemplar_id"), rs.getLong("form_id"),
                rs.getString("level_code"), rs.getString("decision_number"), Sql.date(rs, "decision_date"),
                rs.getString("issuing_body"), Sql.id(rs, "campaign_id"), Sql.id(rs, "nomination_id"),
                rs.getString("note"), List.of());
    }
}
