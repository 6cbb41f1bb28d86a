package vn.dienhinh.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.dienhinh.model.Commendation;
import vn.dienhinh.model.DossierPaper;
import vn.dienhinh.model.Nomination;
import vn.dienhinh.model.NominationStatus;
import vn.dienhinh.model.NominationStep;
import vn.dienhinh.model.Nominee;
import vn.dienhinh.model.NomineeOutcome;

/** The nomination aggregate: nominees with their deeds, the steps of its state, and the dossier papers. */
public final class NominationRepository {

    private final Database db;

    public NominationRepository(Database db) {
        this.db = db;
    }

    public List<Nomination> all() {
        return db.read(c -> {
            List<Nomination> out = new ArrayList<>();
            for (Nomination n : Sql.list(c, "SELECT * FROM nomination ORDER BY created_on DESC, id DESC",
                    NominationRepository::nomination)) {
                out.add(withParts(c, n));
            }
            return out;
        });
    }

    public Nomination find(long id) {
        return db.read(c -> {
            Nomination n = Sql.one(c, "SELECT * FROM nomination WHERE id = ?", NominationRepository::nomination, id);
            return n == null ? null : withParts(c, n);
        });
    }

    /** Saves the nomination with its nominees, their deeds and the papers; a new one gets its first step. */
    public Nomination save(Nomination n) {
        return db.inTransaction(c -> {
            Object[] v = {n.formId(), n.levelCode(), n.proposingUnitId(), n.authority(), n.campaignId(), n.docNumber(),
                n.title(), n.status(), n.createdOn(), n.decisionNumber(), n.decisionDate(), n.decisionBody(), n.note()};
            long id;
            if (n.id() == null) {
                id = Sql.insert(c, "INSERT INTO nomination (form_id, level_code, proposing_unit_id, authority, campaign_id, "
                        + "doc_number, title, status, created_on, decision_number, decision_date, decision_body, note) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", v);
                Sql.insert(c, "INSERT INTO nomination_step (nomination_id, from_status, to_status, on_date, reason) "
                        + "VALUES (?,?,?,?,?)", id, null, n.status(), n.createdOn(), null);
            } else {
                id = n.id();
                Object[] args = java.util.Arrays.copyOf(v, v.length + 1);
                args[v.length] = id;
                Sql.update(c, "UPDATE nomination SET form_id=?, level_code=?, proposing_unit_id=?, authority=?, "
                        + "campaign_id=?, doc_number=?, title=?, status=?, created_on=?, decision_number=?, decision_date=?, "
                        + "decision_body=?, note=? WHERE id=?", args);
                Sql.update(c, "DELETE FROM nominee WHERE nomination_id = ?", id);
                Sql.update(c, "DELETE FROM nomination_paper WHERE nomination_id = ?", id);
            }
            for (Nominee ne : n.nominees()) {
                long nid = Sql.insert(c, "INSERT INTO nominee (nomination_id, exemplar_id, outcome) VALUES (?,?,?)", id,
                        ne.exemplarId(), ne.outcome());
                for (Long d : ne.deedIds()) {
                    Sql.update(c, "INSERT INTO nominee_deed (nominee_id, deed_id) VALUES (?,?)", nid, d);
                }
            }
            for (Map.Entry<DossierPaper, LocalDate> p : n.papers().entrySet()) {
                Sql.update(c, "INSERT INTO nomination_paper (nomination_id, paper, received_on) VALUES (?,?,?)", id,
                        p.getKey(), p.getValue());
            }
            return withParts(c, Sql.one(c, "SELECT * FROM nomination WHERE id = ?", NominationRepository::nomination, id));
        });
    }

    /** Moves the nomination to {@code to}, keeping the step with its date and reason. */
    public void step(long id, NominationStatus from, NominationStatus to, LocalDate on, String reason) {
        db.inTransaction(c -> step(c, id, from, to, on, reason));
    }

    private static int step(Connection c, long id, NominationStatus from, NominationStatus to, LocalDate on, String reason)
            throws SQLException {
        Sql.update(c, "UPDATE nomination SET status = ? WHERE id = ?", to, id);
        Sql.insert(c, "INSERT INTO nomination_step (nomination_id, from_status, to_status, on_date, reason) "
                + "VALUES (?,?,?,?,?)", id, from, to, on, reason);
        return 1;
    }

    /**
     * Records the decision and turns every approved nominee into a commendation: all in one
     * transaction, so a failure leaves the nomination approved and no commendation behind.
     */
    public void decide(long id, String number, LocalDate date, String body, List<Commendation> commendations) {
        db.inTransaction(c -> {
            Sql.update(c, "UPDATE nomination SET decision_number = ?, decision_date = ?, decision_body = ? WHERE id = ?",
                    number, date, body, id);
            for (Commendation x : commendations) {
                CommendationRepository.insert(c, x);
            }
            return step(c, id, NominationStatus.APPROVED, NominationStatus.DECIDED, date, null);
        });
    }

    public void setOutcome(long nomineeId, NomineeOutcome outcome) {
        db.inTransaction(c -> Sql.update(c, "UPDATE nominee SET outcome = ? WHERE id = ?", outcome, nomineeId));
    }

    public List<NominationStep> steps(long id) {
        return db.read(c -> Sql.list(c, "SELECT * FROM nomination_step WHERE nomination_id = ? ORDER BY id",
                rs -> new NominationStep(rs.getLong("id"), rs.getLong("nomination_id"),
                        Sql.enumOf(NominationStatus.class, rs, "from_status"), Sql.enumOf(NominationStatus.class, rs, "to_status"),
                        Sql.date(rs, "on_date"), rs.getString("reason")), id));
    }

    /** The day the council met on the nomination (V13), or null when it has not been to one. */
    public LocalDate councilDay(long nominationId) {
        return db.read(c -> Sql.one(c, "SELECT m.held_at FROM council_nomination n "
                        + "JOIN council_meeting m ON m.id = n.meeting_id WHERE n.nomination_id = ?",
                rs -> java.time.LocalDateTime.parse(rs.getString(1)).toLocalDate(), nominationId));
    }

    public void delete(long id) {
        db.inTransaction(c -> Sql.update(c, "DELETE FROM nomination WHERE id = ?", id));
    }

    /** The residence confirmation letters of the nomination that came back: exemplar id to the date (V11). */
    public Map<Long, LocalDate> residenceLetters(long nominationId) {
        return db.read(c -> {
            Map<Long, LocalDate> out = new java.util.HashMap<>();
            for (Object[] r : Sql.list(c, "SELECT exemplar_id, received_on FROM residence_letter WHERE nomination_id = ?",
                    rs -> new Object[]{rs.getLong(1), Sql.date(rs, "received_on")}, nominationId)) {
                out.put((Long) r[0], (LocalDate) r[1]);
            }
            return out;
        });
    }

    /**
     * Marks the residence letter of one nominee received on {@code on} (null: not received), and the
     * dossier's paper with {@code paperOn} (null: not complete), in one transaction.
     */
    public void markResidenceLetter(long nominationId, long exemplarId, LocalDate on, LocalDate paperOn) {
        db.inTransaction(c -> {
            Sql.update(c, "DELETE FROM residence_letter WHERE nomination_id = ? AND exemplar_id = ?", nominationId,
                    exemplarId);
            if (on != null) {
                Sql.update(c, "INSERT INTO residence_letter (nomination_id, exemplar_id, received_on) VALUES (?,?,?)",
                        nominationId, exemplarId, on);
            }
            Sql.update(c, "DELETE FROM nomination_paper WHERE nomination_id = ? AND paper = ?", nominationId,
                    DossierPaper.RESIDENCE_CONFIRMATION);
            if (paperOn != null) {
                Sql.update(c, "INSERT INTO nomination_paper (nomination_id, paper, received_on) VALUES (?,?,?)",
                        nominationId, DossierPaper.RESIDENCE_CONFIRMATION, paperOn);
            }
            return 1;
        });
    }

    private static Nomination withParts(Connection c, Nomination n) throws SQLException {
        List<Nominee> nominees = new ArrayList<>();
        for (Nominee ne : Sql.list(c, "SELECT ne.* FROM nominee ne JOIN exemplar e ON e.id = ne.exemplar_id "
                + "WHERE ne.nomination_id = ? ORDER BY e.sort_key, ne.id", rs -> new Nominee(rs.getLong("id"),
                rs.getLong("exemplar_id"), Sql.enumOf(NomineeOutcome.class, rs, "outcome"), List.of()), n.id())) {
            nominees.add(new Nominee(ne.id(), ne.exemplarId(), ne.outcome(), Sql.list(c,
                    "SELECT nd.deed_id FROM nominee_deed nd JOIN deed d ON d.id = nd.deed_id WHERE nd.nominee_id = ? "
                            + "ORDER BY d.deed_date, d.id", rs -> rs.getLong(1), ne.id())));
        }
        Map<DossierPaper, LocalDate> papers = new EnumMap<>(DossierPaper.class);
        for (Object[] p : Sql.list(c, "SELECT paper, received_on FROM nomination_paper WHERE nomination_id = ?",
                rs -> new Object[]{DossierPaper.valueOf(rs.getString(1)), Sql.date(rs, "received_on")}, n.id())) {
            papers.put((DossierPaper) p[0], (LocalDate) p[1]);
        }
        return new Nomination(n.id(), n.formId(), n.levelCode(), n.proposingUnitId(), n.authority(), n.campaignId(),
                n.docNumber(), n.title(), n.status(), n.createdOn(), n.decisionNumber(), n.decisionDate(), n.decisionBody(),
                n.note(), nominees, papers);
    }

    private static Nomination nomination(ResultSet rs) throws SQLException {
        return new Nomination(rs.getLong("id"), rs.getLong("form_id"), rs.getString("level_code"),
                Sql.id(rs, "proposing_unit_id"), rs.getString("authority"), Sql.id(rs, "campaign_id"),
                Sql.integer(rs, "doc_number"), rs.getString("title"), Sql.enumOf(NominationStatus.class, rs, "status"),
                Sql.date(rs, "created_on"), rs.getString("decision_number"), Sql.date(rs, "decision_date"),
                rs.getString("decision_body"), rs.getString("note"), List.of(), Map.of());
    }
}
