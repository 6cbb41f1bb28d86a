package vn.dienhinh.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import vn.dienhinh.model.CouncilMeeting;
import vn.dienhinh.model.CouncilMember;
import vn.dienhinh.model.CouncilSettings;
import vn.dienhinh.model.CouncilThreshold;
import vn.dienhinh.model.CouncilVote;
import vn.dienhinh.model.NomineeOutcome;
import vn.dienhinh.model.RewardRate;

/** Council meetings with their members, nominations and votes (V13), the council settings and reward rates. */
public final class CouncilRepository {

    private final Database db;

    public CouncilRepository(Database db) {
        this.db = db;
    }

    public CouncilSettings settings() {
        CouncilSettings s = db.read(c -> Sql.one(c, "SELECT * FROM council_setting WHERE id = 1",
                rs -> new CouncilSettings(threshold(rs), rs.getLong("base_salary"))));
        return s == null ? new CouncilSettings(CouncilThreshold.DEFAULT, 0) : s;
    }

    public void saveSettings(CouncilSettings s) {
        db.inTransaction(c -> {
            Sql.update(c, "INSERT INTO council_setting (id) VALUES (1) ON CONFLICT DO NOTHING");
            return Sql.update(c, "UPDATE council_setting SET share_num = ?, share_den = ?, of_present = ?, base_salary = ? "
                    + "WHERE id = 1", s.threshold().numerator(), s.threshold().denominator(), s.threshold().ofPresent(),
                    s.baseSalary());
        });
    }

    public RewardRate rate(long formId) {
        return db.read(c -> Sql.one(c, "SELECT * FROM reward_rate WHERE form_id = ?", rs -> new RewardRate(
                rs.getLong("form_id"), real(rs, "individual"), real(rs, "collective"), rs.getString("basis")), formId));
    }

    public void saveRate(RewardRate r) {
        db.inTransaction(c -> Sql.update(c, "INSERT INTO reward_rate (form_id, individual, collective, basis) "
                + "VALUES (?,?,?,?) ON CONFLICT (form_id) DO UPDATE SET individual = excluded.individual, "
                + "collective = excluded.collective, basis = excluded.basis", r.formId(), r.individual(), r.collective(), r.basis()));
    }

    /** The meeting that took this nomination, or null. */
    public CouncilMeeting ofNomination(long nominationId) {
        return db.read(c -> {
            Long id = Sql.one(c, "SELECT meeting_id FROM council_nomination WHERE nomination_id = ?", rs -> rs.getLong(1),
                    nominationId);
            return id == null ? null : load(c, id);
        });
    }

    /** The latest meeting held, or null: its members are where the next meeting starts from. */
    public CouncilMeeting latest() {
        return db.read(c -> {
            Long id = Sql.one(c, "SELECT id FROM council_meeting ORDER BY held_at DESC, id DESC LIMIT 1",
                    rs -> rs.getLong(1));
            return id == null ? null : load(c, id);
        });
    }

    public CouncilMeeting find(long id) {
        return db.read(c -> load(c, id));
    }

    /**
     * Saves the meeting with its members, nominations and votes, replacing what it had, and sets each voted
     * nominee's outcome to the council's conclusion (recommended: approved; else rejected); a nomination taken
     * out of a corrected meeting gets its nominees back as approved. One transaction.
     */
    public CouncilMeeting save(CouncilMeeting m) {
        return db.inTransaction(c -> {
            Object[] v = {m.heldAt().withSecond(0).withNano(0).toString(), m.place(), m.chair(), m.secretary(), m.content(),
                m.threshold().numerator(), m.threshold().denominator(), m.threshold().ofPresent()};
            long id;
            if (m.id() == null) {
                id = Sql.insert(c, "INSERT INTO council_meeting (held_at, place, chair, secretary, content, share_num, "
                        + "share_den, of_present) VALUES (?,?,?,?,?,?,?,?)", v);
            } else {
                id = m.id();
                Object[] args = java.util.Arrays.copyOf(v, v.length + 1);
                args[v.length] = id;
                Sql.update(c, "UPDATE council_meeting SET held_at=?, place=?, chair=?, secretary=?, content=?, share_num=?, "
                        + "share_den=?, of_present=? WHERE id=?", args);
                Sql.update(c, "DELETE FROM council_member WHERE meeting_id = ?", id);
                Sql.update(c, "DELETE FROM council_nomination WHERE meeting_id = ?", id);
                // a nominee this meeting no longer votes on is back to approved, as it came to the council
                Sql.update(c, "UPDATE nominee SET outcome = ? WHERE id IN (SELECT nominee_id FROM council_vote "
                        + "WHERE meeting_id = ?)", NomineeOutcome.APPROVED, id);
                Sql.update(c, "DELETE FROM council_vote WHERE meeting_id = ?", id);
            }
            int seq = 1;
            for (CouncilMember cm : m.members()) {
                Sql.update(c, "INSERT INTO council_member (meeting_id, seq, name, position, present) VALUES (?,?,?,?,?)",
                        id, seq++, cm.name(), cm.position(), cm.present());
            }
            for (Long n : m.nominationIds()) {
                Sql.update(c, "INSERT INTO council_nomination (nomination_id, meeting_id) VALUES (?,?)", n, id);
            }
            for (CouncilVote cv : m.votes()) {
                Sql.update(c, "INSERT INTO council_vote (nominee_id, meeting_id, agree, disagree, recommended, conclusion) "
                        + "VALUES (?,?,?,?,?,?)", cv.nomineeId(), id, cv.agree(), cv.disagree(), cv.recommended(),
                        cv.conclusion());
                Sql.update(c, "UPDATE nominee SET outcome = ? WHERE id = ?", cv.recommended() ? NomineeOutcome.APPROVED
                        : NomineeOutcome.REJECTED, cv.nomineeId());
            }
            return load(c, id);
        });
    }

    private static CouncilMeeting load(Connection c, long id) throws SQLException {
        CouncilMeeting m = Sql.one(c, "SELECT * FROM council_meeting WHERE id = ?", rs -> new CouncilMeeting(
                rs.getLong("id"), LocalDateTime.parse(rs.getString("held_at")), rs.getString("place"), rs.getString("chair"),
                rs.getString("secretary"), rs.getString("content"), threshold(rs), null, null, null), id);
        if (m == null) {
            return null;
        }
        List<Long> nominations = Sql.list(c, "SELECT nomination_id FROM council_nomination WHERE meeting_id = ? "
                + "ORDER BY nomination_id", rs -> rs.getLong(1), id);
        List<CouncilMember> members = Sql.list(c, "SELECT * FROM council_member WHERE meeting_id = ? ORDER BY seq",
                rs -> new CouncilMember(rs.getString("name"), rs.getString("position"), rs.getInt("present") != 0), id);
        List<CouncilVote> votes = Sql.list(c, "SELECT * FROM council_vote WHERE meeting_id = ? ORDER BY nominee_id",
                rs -> new CouncilVote(rs.getLong("nominee_id"), rs.getInt("agree"), rs.getInt("disagree"),
                        rs.getInt("recommended") != 0, rs.getString("conclusion")), id);
        return new CouncilMeeting(m.id(), m.heldAt(), m.place(), m.chair(), m.secretary(), m.content(), m.threshold(),
                nominations, members, votes);
    }

    private static CouncilThreshold threshold(ResultSet rs) throws SQLException {
        return new CouncilThreshold(rs.getInt("share_num"), rs.getInt("share_den"), rs.getInt("of_present") != 0);
    }

    private static Double real(ResultSet rs, String col) throws SQLException {
        double d = rs.getDouble(col);
        return rs.wasNull() ? null : d;
    }
}
