package vn.dienhinh.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dienhinh.model.EligibilityFacts;
import vn.dienhinh.model.EligibilityRule;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.ExemplarStatus;
import vn.dienhinh.model.RuleKind;
import vn.dienhinh.model.TaskRating;
import vn.dienhinh.model.YearlyResult;

/** The conditions of titles and forms (V15), the exemplars' yearly results, and the facts eligibility is judged on. */
public final class EligibilityRepository {

    private static final String RULES = "SELECT r.* FROM eligibility_rule r JOIN award_form f ON f.id = r.form_id ";

    private final Database db;

    public EligibilityRepository(Database db) {
        this.db = db;
    }

    // ---- conditions ----

    public List<EligibilityRule> rules() {
        return db.read(c -> Sql.list(c, RULES + "ORDER BY f.sort_order, f.id, r.sort_order, r.id",
                EligibilityRepository::rule));
    }

    public EligibilityRule rule(long id) {
        return db.read(c -> Sql.one(c, RULES + "WHERE r.id = ?", EligibilityRepository::rule, id));
    }

    public EligibilityRule saveRule(EligibilityRule r) {
        return db.inTransaction(c -> {
            Object[] values = {r.formId(), r.kind(), r.refFormId(), r.years(), r.amount(), r.rating(), r.slack(),
                kinds(r.appliesTo()), r.active(), r.basis(), r.note(), r.sortOrder()};
            long id;
            if (r.id() == null) {
                id = Sql.insert(c, "INSERT INTO eligibility_rule (form_id, kind, ref_form_id, years, amount, rating, slack, "
                        + "applies_to, active, basis, note, sort_order) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", values);
            } else {
                id = r.id();
                Object[] args = Arrays.copyOf(values, values.length + 1);
                args[values.length] = id;
                Sql.update(c, "UPDATE eligibility_rule SET form_id = ?, kind = ?, ref_form_id = ?, years = ?, amount = ?, "
                        + "rating = ?, slack = ?, applies_to = ?, active = ?, basis = ?, note = ?, sort_order = ? WHERE id = ?",
                        args);
            }
            return Sql.one(c, RULES + "WHERE r.id = ?", EligibilityRepository::rule, id);
        });
    }

    public void deleteRule(long id) {
        db.inTransaction(c -> Sql.update(c, "DELETE FROM eligibility_rule WHERE id = ?", id));
    }

    private static EligibilityRule rule(ResultSet rs) throws SQLException {
        String kinds = rs.getString("applies_to");
        Set<ExemplarKind> applies = kinds == null || kinds.isBlank() ? Set.of()
                : Arrays.stream(kinds.split(",")).map(String::trim).map(ExemplarKind::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ExemplarKind.class)));
        return new EligibilityRule(rs.getLong("id"), rs.getLong("form_id"), RuleKind.valueOf(rs.getString("kind")),
                Sql.id(rs, "ref_form_id"), rs.getInt("years"), rs.getInt("amount"),
                Sql.enumOf(TaskRating.class, rs, "rating"), rs.getInt("slack"), applies, rs.getInt("active") != 0,
                rs.getString("basis"), rs.getString("note"), rs.getInt("sort_order"));
    }

    private static String kinds(Set<ExemplarKind> kinds) {
        return kinds.isEmpty() ? null : kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    // ---- yearly results ----

    public List<YearlyResult> results(long exemplarId) {
        return db.read(c -> Sql.list(c, "SELECT * FROM yearly_result WHERE exemplar_id = ? ORDER BY year DESC",
                EligibilityRepository::result, exemplarId));
    }

    /** Saves the result of a year; a second result for the same exemplar and year replaces the first. */
    public YearlyResult saveResult(YearlyResult r) {
        return db.inTransaction(c -> save(c, r));
    }

    /** Saves many results in one transaction (an import): all or none. */
    public int saveResults(Collection<YearlyResult> rows) {
        return db.inTransaction(c -> {
            for (YearlyResult r : rows) {
                save(c, r);
            }
            return rows.size();
        });
    }

    private static YearlyResult save(Connection c, YearlyResult r) throws SQLException {
        Long id = r.id();
        Long same = Sql.one(c, "SELECT id FROM yearly_result WHERE exemplar_id = ? AND year = ?", rs -> rs.getLong(1),
                r.exemplarId(), r.year());
        if (id == null) {
            id = same;
        } else if (same != null && !same.equals(id)) {
            Sql.update(c, "DELETE FROM yearly_result WHERE id = ?", same);
        }
        if (id == null) {
            id = Sql.insert(c, "INSERT INTO yearly_result (exemplar_id, year, task_rating, initiatives, note) "
                    + "VALUES (?,?,?,?,?)", r.exemplarId(), r.year(), r.rating(), r.initiatives(), r.note());
        } else {
            Sql.update(c, "UPDATE yearly_result SET year = ?, task_rating = ?, initiatives = ?, note = ? WHERE id = ?",
                    r.year(), r.rating(), r.initiatives(), r.note(), id);
        }
        return new YearlyResult(id, r.exemplarId(), r.year(), r.rating(), r.initiatives(), r.note());
    }

    /** The exemplar whose yearly result {@code id} is; null when there is none. */
    public Long resultOwner(long id) {
        return db.read(c -> Sql.one(c, "SELECT exemplar_id FROM yearly_result WHERE id = ?", rs -> rs.getLong(1), id));
    }

    public void deleteResult(long id) {
        db.inTransaction(c -> Sql.update(c, "DELETE FROM yearly_result WHERE id = ?", id));
    }

    private static YearlyResult result(ResultSet rs) throws SQLException {
        return new YearlyResult(rs.getLong("id"), rs.getLong("exemplar_id"), rs.getInt("year"),
                Sql.enumOf(TaskRating.class, rs, "task_rating"), rs.getInt("initiatives"), rs.getString("note"));
    }

    // ---- facts ----

    /**
     * The facts of the years {@code from} to {@code to}; {@code only} the exemplars whose titles and
     * results are read (null: every exemplar not dropped). The unit counts are always of everyone.
     */
    public EligibilityFacts facts(int from, int to, Collection<Long> only) {
        String ids = only == null ? null : only.stream().map(String::valueOf).collect(Collectors.joining(","));
        String inCandidates = ids == null ? "e.status <> '" + ExemplarStatus.DROPPED.name() + "'" : "e.id IN (" + ids + ")";
        String inExemplars = ids == null ? "1 = 1" : "exemplar_id IN (" + ids + ")";
        return db.read(c -> new EligibilityFacts(
                Sql.list(c, "SELECT e.id, e.kind, e.name, e.unit_id, u.name AS unit_name FROM exemplar e "
                        + "LEFT JOIN unit u ON u.id = e.unit_id WHERE " + inCandidates + " ORDER BY e.sort_key, e.id",
                        rs -> new EligibilityFacts.Candidate(rs.getLong("id"), ExemplarKind.valueOf(rs.getString("kind")),
                                rs.getString("name"), Sql.id(rs, "unit_id"), rs.getString("unit_name"))),
                Sql.list(c, "SELECT exemplar_id, form_id, decision_year, decision_number FROM commendation "
                        + "WHERE decision_year BETWEEN ? AND ? AND " + inExemplars + " ORDER BY decision_date",
                        rs -> new EligibilityFacts.Held(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4)),
                        from, to),
                Sql.list(c, "SELECT * FROM yearly_result WHERE year BETWEEN ? AND ? AND " + inExemplars,
                        EligibilityRepository::result, from, to),
                Sql.list(c, "SELECT e.unit_id, cm.form_id, cm.decision_year, count(DISTINCT cm.exemplar_id) "
                        + "FROM commendation cm JOIN exemplar e ON e.id = cm.exemplar_id "
                        + "WHERE cm.decision_year BETWEEN ? AND ? GROUP BY e.unit_id, cm.form_id, cm.decision_year",
                        rs -> new EligibilityFacts.UnitCount(Sql.id(rs, "unit_id"), rs.getLong(2), rs.getInt(3),
                                rs.getInt(4)), from, to)));
    }
}
