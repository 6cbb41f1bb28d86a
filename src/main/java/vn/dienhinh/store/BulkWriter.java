package vn.dienhinh.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dienhinh.model.Deed;
import vn.dienhinh.model.Evaluation;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarImport;
import vn.dienhinh.model.ExemplarStatus;
import vn.dienhinh.model.StatusChange;
import vn.dienhinh.model.Unit;
import vn.dienhinh.util.VietnameseText;

/**
 * Writes clusters, units and many exemplars inside the one transaction opened by
 * {@link ExemplarRepository#bulkLoad}. Exemplars go through prepared-statement batches sent every
 * {@value #BATCH} exemplars, so memory stays flat however many are written. Rows, sort keys and
 * search entries are the ones {@link ExemplarRepository#insert} writes (same SQL, same values).
 */
public final class BulkWriter implements AutoCloseable {

    static final int BATCH = 500;
    /** A load of at least this many exemplars, a third of the registry or more, ends by merging the search index. */
    static final int OPTIMIZE_AFTER = 1000;
    /**
     * Into a registry smaller than this (the demo, a first import), exemplars are not placed one by
     * one: at the end every exemplar is placed anew {@link ListOrder#GAP} apart and the search index
     * is built once in order ({@link ListOrder#renumber}, {@link SearchIndex#rebuild}). Placing
     * thousands one by one into a nearly empty list would halve the same few gaps over and again.
     */
    static final int RENUMBER_BELOW = 2000;

    private final Connection c;
    private final Map<Long, String> unitNames = new HashMap<>();
    private final PreparedStatement exemplar;
    private final PreparedStatement field;
    private final PreparedStatement status;
    private final PreparedStatement deed;
    private final PreparedStatement evaluation;
    private final PreparedStatement fts;
    private final ListOrder.Placer placer;
    /** Queued exemplars waiting for their place in the list and their search entry: id, sort key, entry. */
    private final List<Queued> queued = new ArrayList<>();
    private final boolean renumber;
    private long nextId;
    private long added;

    BulkWriter(Connection c) throws SQLException {
        this.c = c;
        exemplar = c.prepareStatement(ExemplarRepository.INSERT_EXEMPLAR_WITH_ID);
        field = c.prepareStatement(ExemplarRepository.INSERT_FIELD);
        status = c.prepareStatement(ExemplarRepository.INSERT_STATUS);
        deed = c.prepareStatement(ExemplarRepository.INSERT_DEED);
        evaluation = c.prepareStatement(ExemplarRepository.INSERT_EVALUATION);
        fts = c.prepareStatement(Dialect.of(c).searchInsert());
        placer = new ListOrder.Placer(c);
        Dialect.of(c).lockForBulkLoad(c);
        nextId = Sql.count(c, "SELECT coalesce(max(id), 0) FROM exemplar") + 1;
        renumber = Sql.count(c, "SELECT count(*) FROM exemplar_order") < RENUMBER_BELOW;
        ChangeLogRepository.creatingFrom(c, nextId);
    }

    /** Work done with the writer; everything it writes is committed together, or nothing is. */
    @FunctionalInterface
    public interface Work<T> {
        T run(BulkWriter w);
    }

    /** Exemplars already in the database (not counting those this writer has queued). */
    public long exemplarCount() {
        return sql(() -> Sql.count(c, "SELECT count(*) FROM exemplar"));
    }

    /** The id of the cluster with this name, added if there is none. */
    public long cluster(String name) {
        return sql(() -> {
            Long id = Sql.one(c, "SELECT id FROM cluster WHERE name = ?", rs -> rs.getLong(1), name);
            return id != null ? id : CatalogRepository.insertCluster(c, name);
        });
    }

    /**
     * {@code u} with the id of the unit of the same name (case and diacritics ignored) under the same
     * parent, which is added if there is none.
     */
    public Unit unit(Unit u) {
        return sql(() -> {
            Map.Entry<Long, String> found = Sql.one(c, "SELECT id, name FROM unit WHERE name_fold = ? "
                    + "AND coalesce(parent_id, 0) = coalesce(CAST(? AS bigint), 0)", rs -> Map.entry(rs.getLong(1), rs.getString(2)),
                    VietnameseText.fold(u.name()), u.parentId());
            long id = found != null ? found.getKey() : CatalogRepository.insertUnit(c, u);
            unitNames.put(id, found != null ? found.getValue() : u.name());
            return u.withId(id);
        });
    }

    /**
     * Queues the exemplar with its fields, lifecycle, deeds, evaluations and search entry; returns
     * its id. An empty history gets the single first step (none to its status, on the day it was found).
     */
    public long add(ExemplarImport x) {
        Exemplar e = x.exemplar();
        List<StatusChange> history = x.history().isEmpty()
                ? List.of(new StatusChange(null, 0, null, e.status(), e.foundOn(), null)) : x.history();
        checkHistory(e.status(), history);
        long id = nextId++;
        sql(() -> {
            Object[] v = ExemplarRepository.values(Dialect.of(c), e);
            Object[] args = new Object[v.length + 1];
            args[0] = id;
            System.arraycopy(v, 0, args, 1, v.length);
            batch(exemplar, args);
            for (Long f : e.fieldIds()) {
                batch(field, id, f);
            }
            for (StatusChange s : history) {
                batch(status, id, s.from(), s.to(), s.date(), Dialect.of(c).pack(s.reason()));
            }
            for (Deed d : x.deeds()) {
                batch(deed, id, d.date(), d.title(), d.description());
            }
            for (Evaluation ev : x.evaluations()) {
                batch(evaluation, id, ev.date(), ev.period(), ev.rating(), ev.content(), ev.evaluator());
            }
            if (!renumber) {
                queued.add(new Queued(id, ExemplarRepository.sortKey(Dialect.of(c), e),
                        SearchIndex.values(0, e, e.unitId() == null ? null : unitName(e.unitId()))));
            }
            return null;
        });
        added++;
        if (added % BATCH == 0) {
            flush();
        }
        return id;
    }

    /**
     * Sends what is queued, parents before children (foreign keys are checked row by row), then places
     * the new exemplars in the list one by one (each sees those placed before it) and indexes them at
     * their final places (placing one may have moved another of the batch); when the whole list is
     * placed at the end ({@link #RENUMBER_BELOW}), nothing is queued for that.
     */
    void flush() {
        sql(() -> {
            for (PreparedStatement ps : List.of(exemplar, field, status, deed, evaluation)) {
                ps.executeBatch();
            }
            for (Queued q : queued) {
                placer.place(q.id(), q.sortKey());
            }
            if (queued.isEmpty()) {
                return null;
            }
            // a batch's ids run without a gap (nextId): their places are read at once
            java.util.Map<Long, Long> places = placer.placesOf(queued.get(0).id(), queued.get(queued.size() - 1).id());
            for (Queued q : queued) {
                q.entry()[0] = places.get(q.id());
            }
            // FTS5 starts a new segment whenever a rowid comes lower than the one before: entries in
            // rowid order make one segment of the batch instead of one per exemplar
            queued.sort(java.util.Comparator.comparingLong(q -> (Long) q.entry()[0]));
            for (Queued q : queued) {
                batch(fts, q.entry());
            }
            fts.executeBatch();
            return null;
        });
        queued.clear();
    }

    /**
     * After a load that makes up much of the registry (the demo, a first import), merges the search
     * index into one segment so that queries stay fast. A load into a large registry leaves the merging
     * to FTS5's own: rewriting the whole index would cost more than the load.
     */
    void finish() {
        flush();
        sql(() -> {
            ChangeLogRepository.creatingFrom(c, null);
            Dialect.of(c).idsWritten(c, "exemplar");
            return null;
        });
        if (renumber) {
            sql(() -> {
                ListOrder.renumber(c);
                SearchIndex.rebuild(c);
                return null;
            });
        } else if (added >= OPTIMIZE_AFTER) {
            sql(() -> {
                if (added * 3 >= Sql.count(c, "SELECT count(*) FROM exemplar_order")) {
                    SearchIndex.optimize(c);
                }
                return null;
            });
        }
    }

    @Override
    public void close() {
        for (AutoCloseable ps : List.of(exemplar, field, status, deed, evaluation, fts, placer)) {
            try {
                ps.close();
            } catch (Exception e) {
                // closing after a failure: the transaction is rolled back anyway
            }
        }
    }

    private String unitName(long unitId) throws SQLException {
        String name = unitNames.get(unitId);
        if (name == null) {
            // an unknown unit is refused by the foreign key when the batch is sent
            name = Sql.one(c, "SELECT name FROM unit WHERE id = ?", rs -> rs.getString(1), unitId);
            unitNames.put(unitId, name);
        }
        return name;
    }

    /** The lifecycle must start from nothing, chain each step to the previous one and end at the status. */
    private static void checkHistory(ExemplarStatus current, List<StatusChange> history) {
        ExemplarStatus prev = null;
        for (StatusChange s : history) {
            if (s.from() != prev || s.to() == null || s.date() == null) {
                throw new IllegalArgumentException("broken lifecycle " + history);
            }
            prev = s.to();
        }
        if (prev != current) {
            throw new IllegalArgumentException("lifecycle ends at " + prev + ", status is " + current);
        }
    }

    private record Queued(long id, String sortKey, Object[] entry) {
    }

    private static void batch(PreparedStatement ps, Object... args) throws SQLException {
        Sql.bind(ps, args);
        ps.addBatch();
    }

    private static <T> T sql(SqlCall<T> call) {
        try {
            return call.run();
        } catch (SQLException e) {
            throw new Failure(e);
        }
    }

    @FunctionalInterface
    private interface SqlCall<T> {
        T run() throws SQLException;
    }

    /** An SQL failure carried out of the work; {@link ExemplarRepository#bulkLoad} turns it into a user message. */
    static final class Failure extends RuntimeException {
        Failure(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
