package vn.dienhinh.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dienhinh.model.Activity;
import vn.dienhinh.model.ActivityForm;

/** Propaganda activities and the exemplars they featured. */
public final class ActivityRepository {

    private final Database db;

    public ActivityRepository(Database db) {
        this.db = db;
    }

    public Activity save(Activity a) {
        return db.inTransaction(c -> save(c, a));
    }

    static Activity save(Connection c, Activity a) throws SQLException {
        long id;
        if (a.id() == null) {
            id = Sql.insert(c, "INSERT INTO activity (form, held_on, title, link, unit_id, campaign_id, note) "
                    + "VALUES (?,?,?,?,?,?,?)", a.form(), a.date(), a.title(), a.link(), a.unitId(), a.campaignId(), a.note());
        } else {
            id = a.id();
            Sql.update(c, "UPDATE activity SET form=?, held_on=?, title=?, link=?, unit_id=?, campaign_id=?, note=? "
                    + "WHERE id=?", a.form(), a.date(), a.title(), a.link(), a.unitId(), a.campaignId(), a.note(), id);
            Sql.update(c, "DELETE FROM activity_exemplar WHERE activity_id = ?", id);
        }
        for (Long e : a.exemplarIds()) {
            Sql.update(c, "INSERT INTO activity_exemplar (activity_id, exemplar_id) VALUES (?,?) ON CONFLICT DO NOTHING", id, e);
        }
        return new Activity(id, a.form(), a.date(), a.title(), a.link(), a.unitId(), a.campaignId(), a.note(),
                a.exemplarIds());
    }

    public void delete(long id) {
        db.inTransaction(c -> Sql.update(c, "DELETE FROM activity WHERE id = ?", id));
    }

    /** Activities held between the two dates (inclusive), newest first. */
    public List<Activity> between(LocalDate from, LocalDate to) {
        return db.read(c -> withExemplars(c, Sql.list(c, "SELECT * FROM activity WHERE held_on BETWEEN ? AND ? "
                + "ORDER BY held_on DESC, id DESC", ActivityRepository::activity, from, to)));
    }

    public List<Activity> ofExemplar(long exemplarId) {
        return db.read(c -> withExemplars(c, Sql.list(c, "SELECT a.* FROM activity a JOIN activity_exemplar ae "
                + "ON ae.activity_id = a.id WHERE ae.exemplar_id = ? ORDER BY a.held_on DESC", ActivityRepository::activity,
                exemplarId)));
    }

    private static List<Activity> withExemplars(Connection c, List<Activity> list) throws SQLException {
        List<Activity> out = new ArrayList<>(list.size());
        for (Activity a : list) {
            List<Long> ex = Sql.list(c, "SELECT exemplar_id FROM activity_exemplar WHERE activity_id = ? ORDER BY exemplar_id",
                    rs -> rs.getLong(1), a.id());
            out.add(new Activity(a.id(), a.form(), a.date(), a.title(), a.link(), a.unitId(), a.campaignId(), a.note(), ex));
        }
        return out;
    }

    private static Activity activity(ResultSet rs) throws SQLException {
        return new Activity(rs.getLong("id"), Sql.enumOf(ActivityForm.class, rs, "form"), Sql.date(rs, "held_on"),
                rs.getString("title"), rs.getString("link"), Sql.id(rs, "unit_id"), Sql.id(rs, "campaign_id"),
                rs.getString("note"), List.of());
    }
}
