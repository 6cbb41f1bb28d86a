package vn.dienhinh.store;

import java.time.LocalDate;
import java.util.List;
import vn.dienhinh.model.Deed;
import vn.dienhinh.model.Evaluation;
import vn.dienhinh.model.EvaluationRating;
import vn.dienhinh.model.ExemplarStatus;
import vn.dienhinh.model.StatusChange;

/** An exemplar's record over time: its dated deeds, the steps of its lifecycle, its periodic evaluations. */
public final class ExemplarHistoryRepository {

    private final Database db;

    public ExemplarHistoryRepository(Database db) {
        this.db = db;
    }

    // ---- deeds ----

    public List<Deed> deeds(long exemplarId) {
        return db.read(c -> Sql.list(c, "SELECT * FROM deed WHERE exemplar_id = ? ORDER BY deed_date DESC, id DESC",
                rs -> new Deed(rs.getLong("id"), rs.getLong("exemplar_id"), Sql.date(rs, "deed_date"),
                        rs.getString("title"), rs.getString("description")), exemplarId));
    }

    public Deed saveDeed(Deed d) {
        return db.inTransaction(c -> {
            if (d.id() == null) {
                long id = Sql.insert(c, ExemplarRepository.INSERT_DEED, d.exemplarId(), d.date(), d.title(), d.description());
                return new Deed(id, d.exemplarId(), d.date(), d.title(), d.description());
            }
            Sql.update(c, "UPDATE deed SET deed_date=?, title=?, description=? WHERE id=?", d.date(), d.title(),
                    d.description(), d.id());
            return d;
        });
    }

    /** Deletes the deed when it is of an exemplar the officer sees ({@link Scope}); false when nothing was deleted. */
    public boolean deleteDeed(long deedId) {
        return deleteOne("deed", deedId);
    }

    // ---- lifecycle ----

    public List<StatusChange> history(long exemplarId) {
        return db.read(c -> Sql.list(c, "SELECT * FROM status_change WHERE exemplar_id = ? ORDER BY id",
                rs -> new StatusChange(rs.getLong("id"), rs.getLong("exemplar_id"),
                        Sql.enumOf(ExemplarStatus.class, rs, "from_status"),
                        Sql.enumOf(ExemplarStatus.class, rs, "to_status"), Sql.date(rs, "changed_on"),
                        PackedText.unpack(rs.getObject("reason"))), exemplarId));
    }

    /** Moves the exemplar to {@code to} and records the step, in one transaction. */
    public StatusChange changeStatus(long exemplarId, ExemplarStatus from, ExemplarStatus to, LocalDate date,
                                     String reason) {
        return db.inTransaction(c -> {
            Sql.update(c, "UPDATE exemplar SET status = ?, "
                    + "updated_at=" + Dialect.of(c).now() + " WHERE id = ?", to, exemplarId);
            long id = Sql.insert(c, ExemplarRepository.INSERT_STATUS, exemplarId, from, to, date, Dialect.of(c).pack(reason));
            return new StatusChange(id, exemplarId, from, to, date, reason);
        });
    }

    // ---- evaluations ----

    public List<Evaluation> evaluations(long exemplarId) {
        return db.read(c -> Sql.list(c, "SELECT * FROM evaluation WHERE exemplar_id = ? ORDER BY eval_date DESC, id DESC",
                rs -> new Evaluation(rs.getLong("id"), rs.getLong("exemplar_id"), Sql.date(rs, "eval_date"),
                        rs.getString("period"), Sql.enumOf(EvaluationRating.class, rs, "rating"),
                        rs.getString("content"), rs.getString("evaluator")), exemplarId));
    }

    public Evaluation saveEvaluation(Evaluation v) {
        return db.inTransaction(c -> {
            if (v.id() == null) {
                long id = Sql.insert(c, ExemplarRepository.INSERT_EVALUATION, v.exemplarId(), v.date(), v.period(), v.rating(),
                        v.content(), v.evaluator());
                return new Evaluation(id, v.exemplarId(), v.date(), v.period(), v.rating(), v.content(), v.evaluator());
            }
            Sql.update(c, "UPDATE evaluation SET eval_date=?, period=?, rating=?, content=?, evaluator=? WHERE id=?",
                    v.date(), v.period(), v.rating(), v.content(), v.evaluator(), v.id());
            return v;
        });
    }

    /** Deletes the evaluation when it is of an exemplar the officer sees; false when nothing was deleted. */
    public boolean deleteEvaluation(long id) {
        return deleteOne("evaluation", id);
    }

    private boolean deleteOne(String table, long id) {
        java.util.List<Object> args = new java.util.ArrayList<>(java.util.List.of(id));
        String sql = Scope.and("DELETE FROM " + table + " WHERE id = ?", Scope.of(db.officer()).exemplars("exemplar_id", args));
        return db.inTransaction(c -> Sql.update(c, sql, args.toArray())) > 0;
    }
}
