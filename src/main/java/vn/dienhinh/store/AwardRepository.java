package vn.dienhinh.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.AwardLevel;
import vn.dienhinh.util.VietnameseText;

/** The catalogue of commendation levels and forms. */
public final class AwardRepository {

    private final Database db;

    public AwardRepository(Database db) {
        this.db = db;
    }

    public List<AwardLevel> levels() {
        return db.read(c -> Sql.list(c, "SELECT * FROM award_level ORDER BY rank",
                rs -> new AwardLevel(rs.getString("code"), rs.getString("name"), rs.getInt("rank"))));
    }

    public List<AwardForm> forms() {
        return db.read(c -> Sql.list(c, "SELECT * FROM award_form ORDER BY sort_order, id", AwardRepository::form));
    }

    public AwardForm form(long id) {
        return db.read(c -> Sql.one(c, "SELECT * FROM award_form WHERE id = ?", AwardRepository::form, id));
    }

    public AwardForm saveForm(AwardForm f) {
        Object[] v = {f.name(), f.title(), f.forIndividual(), f.forCollective(), f.forHousehold(),
            String.join(",", f.levels()), f.repeatable(), f.active(), f.sortOrder(), VietnameseText.fold(f.name())};
        return db.inTransaction(c -> {
            if (f.id() == null) {
                long id = Sql.insert(c, "INSERT INTO award_form (name, is_title, for_individual, for_collective, "
                        + "for_household, levels, repeatable, active, sort_order, name_fold) VALUES (?,?,?,?,?,?,?,?,?,?)", v);
                return Sql.one(c, "SELECT * FROM award_form WHERE id = ?", AwardRepository::form, id);
            }
            Object[] args = Arrays.copyOf(v, v.length + 1);
            args[v.length] = f.id();
            Sql.update(c, "UPDATE award_form SET name=?, is_title=?, for_individual=?, for_collective=?, for_household=?, "
                    + "levels=?, repeatable=?, active=?, sort_order=?, name_fold=? WHERE id=?", args);
            return f;
        });
    }

    /** Commendations and nominations that use the form: such a form is retired, never deleted. */
    public long usage(long formId) {
        return db.read(c -> Sql.count(c, "SELECT (SELECT count(*) FROM commendation WHERE form_id = ?) "
                + "+ (SELECT count(*) FROM nomination WHERE form_id = ?)", formId, formId));
    }

    public void deleteForm(long id) {
        db.inTransaction(c -> Sql.update(c, "DELETE FROM award_form WHERE id = ?", id));
    }

    private static AwardForm form(ResultSet rs) throws SQLException {
        String levels = rs.getString("levels");
        return new AwardForm(rs.getLong("id"), rs.getString("name"), rs.getInt("is_title") != 0,
                rs.getInt("for_individual") != 0, rs.getInt("for_collective") != 0, rs.getInt("for_household") != 0,
                levels == null || levels.isBlank() ? List.of() : List.of(levels.split(",")), rs.getInt("repeatable") != 0,
                rs.getInt("active") != 0, rs.getInt("sort_order"));
    }
}
