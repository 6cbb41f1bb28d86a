package vn.dienhinh.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import vn.dienhinh.util.UserException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dienhinh.model.Discovery;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarAsRead;
import vn.dienhinh.model.ExemplarCategory;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.ExemplarRow;
import vn.dienhinh.model.ExemplarStatus;
import vn.dienhinh.model.Gender;
import vn.dienhinh.model.Officer;
import vn.dienhinh.util.VietnameseText;

/**
 * The exemplar aggregate: the exemplar with its fields, deeds, lifecycle history and evaluations,
 * and its entry in the folded full-text index. Every write that touches several rows is one
 * transaction.
 */
public final class ExemplarRepository {

    static final String COLS = "e.id, e.kind, e.category, e.name, e.gender, e.birth_year, e.birth_date, "
            + "e.position, e.workplace, e.residence, e.phone, e.id_number, e.head_name, e.member_count, e.address, "
            + "e.unit_id, e.new_model, e.summary, e.account, e.discovery, e.found_on, e.status, e.note";

    /** Columns written for a new exemplar, in the order of {@link #values}. */
    static final String INSERT_COLUMNS = "kind, category, name, gender, birth_year, birth_date, position, workplace, "
            + "residence, phone, id_number, head_name, member_count, address, unit_id, new_model, summary, account, "
            + "discovery, found_on, found_year, status, note, sort_key, name_fold";
    private static final String MARKS = "?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?";
    static final String INSERT_EXEMPLAR = "INSERT INTO exemplar (" + INSERT_COLUMNS + ") VALUES (" + MARKS + ")";
    /** The same with the id chosen by the writer, so batched children can refer to it. */
    static final String INSERT_EXEMPLAR_WITH_ID = "INSERT INTO exemplar (id, " + INSERT_COLUMNS + ") VALUES (?," + MARKS
            + ")";
    static final String INSERT_FIELD = "INSERT INTO exemplar_field (exemplar_id, field_id) VALUES (?, ?) ON CONFLICT DO NOTHING";
    static final String INSERT_STATUS = "INSERT INTO status_change (exemplar_id, from_status, to_status, changed_on, "
            + "reason) VALUES (?,?,?,?,?)";
    static final String INSERT_DEED = "INSERT INTO deed (exemplar_id, deed_date, title, description) VALUES (?,?,?,?)";
    static final String INSERT_EVALUATION = "INSERT INTO evaluation (exemplar_id, eval_date, period, rating, content, "
            + "evaluator) VALUES (?,?,?,?,?,?)";

    private final Database db;
    private final ExemplarHistoryRepository timeline;
    private final ExemplarFigures figures;

    public ExemplarRepository(Database db) {
        this.db = db;
        this.timeline = new ExemplarHistoryRepository(db);
        this.figures = new ExemplarFigures(db);
    }

    /** Counts over the registry for the dashboard and the stats command. */
    public ExemplarFigures figures() {
        return figures;
    }

    /** The exemplar's deeds, lifecycle steps and evaluations (the same aggregate, kept in its own class). */
    public ExemplarHistoryRepository timeline() {
        return timeline;
    }

    // ---- who sees what ----

    /** The officer signed in to the registry (on a workstation's file, its one officer, who sees all). */
    public Officer officer() {
        return db.officer();
    }

    /** What the officer sees, for the list's SQL ({@link Scope}). */
    private Scope scope() {
        return Scope.of(db.officer());
    }

    /**
     * True when the officer may see and enter exemplars of unit {@code unitId} (null: of no unit, which only
     * the office's officer may). Asks the database only for a unit's clerk.
     */
    public boolean inScope(Long unitId) {
        Scope s = scope();
        return s.all() || db.read(c -> s.covers(c, unitId));
    }

    // ---- the exemplar ----

    /** Inserts the exemplar with its fields, its first lifecycle entry and its search entry. */
    public Exemplar insert(Exemplar e, LocalDate statusDate, String statusReason) {
        return db.inTransaction(c -> insert(c, e, statusDate, statusReason));
    }

    /** Inserts all, or none. */
    public List<Exemplar> insertAll(List<Exemplar> list, LocalDate statusDate, String statusReason) {
        return db.inTransaction(c -> {
            List<Exemplar> out = new ArrayList<>(list.size());
            for (Exemplar e : list) {
                out.add(insert(c, e, statusDate, statusReason));
            }
            return out;
        });
    }

    /**
     * Runs {@code work} with a {@link BulkWriter} in one transaction: everything it writes (clusters,
     * units, exemplars with their history, deeds and evaluations) is committed together, or nothing is.
     */
    public <T> T bulkLoad(BulkWriter.Work<T> work) {
        T result;
        try {
            result = db.inTransaction(c -> {
                try (BulkWriter w = new BulkWriter(c)) {
                    T r = work.run(w);
                    w.finish();
                    return r;
                }
            });
        } catch (BulkWriter.Failure f) {
            throw db.translate(f.getCause());
        }
        db.releaseFreePages(); // a rebuilt search index leaves its old pages free
        return result;
    }

    /** Gives the file's free pages back to the disk (after a load, see {@link Database#releaseFreePages}). */
    public void releaseFreePages() {
        db.releaseFreePages();
    }

    /** The database file, for messages. */
    public java.nio.file.Path databaseFile() {
        return db.file();
    }

    static Exemplar insert(Connection c, Exemplar e, LocalDate statusDate, String statusReason) throws SQLException {
        long id = Sql.insert(c, INSERT_EXEMPLAR, values(Dialect.of(c), e));
        ChangeLogRepository.creatingFrom(c, id); // its fields are part of its creation in the history
        writeFields(c, id, e.fieldIds());
        ChangeLogRepository.creatingFrom(c, null);
        Sql.insert(c, INSERT_STATUS, id, null, e.status(), statusDate, Dialect.of(c).pack(statusReason));
        index(c, id, e);
        return e.withId(id);
    }

    /** Saves the exemplar whatever was saved since it was read (one officer's own registry). */
    public void update(Exemplar e) {
        update(e, null);
    }

    /**
     * Saves the exemplar as read at {@code readVersion} ({@link #version}); refused with
     * {@code exemplar.conflict}, naming who changed it last and when, if it was saved since (by another
     * officer of a shared registry). Null: whatever was saved since.
     */
    public void update(Exemplar e, Integer readVersion) {
        db.inTransaction(c -> {
            Dialect d = Dialect.of(c);
            Object[] v = values(d, e);
            StoredExemplar before = StoredExemplar.read(c, e.id());
            // the list's order and the search entry are moved only when what they are made of changes
            boolean placed = before != null && before.sortsAs(v);
            if (!placed) {
                SearchIndex.remove(c, e.id()); // the name may change, and with it the place in the list
            }
            List<Object> args = new ArrayList<>();
            List<String> set = StoredExemplar.changes(before, d, v, args);
            set.add("version=version + 1");
            set.add("updated_at=" + d.now());
            args.add(e.id());
            args.add(readVersion);
            args.add(readVersion);
            int n = Sql.update(c, "UPDATE exemplar SET " + String.join(", ", set)
                    + " WHERE id=? AND (CAST(? AS integer) IS NULL OR version = ?)", args.toArray());
            if (n == 0 && readVersion != null) {
                throw conflict(c, e);
            }
            // only the fields taken off and put on, so the change history shows what really changed
            Sql.update(c, "DELETE FROM exemplar_field WHERE exemplar_id = ? AND field_id NOT IN "
                    + "(SELECT CAST(j.value AS bigint) FROM " + d.jsonElements("?") + ")", e.id(), e.fieldIds().toString());
            writeFields(c, e.id(), e.fieldIds());
            if (!placed) {
                index(c, e.id(), e);
            } else if (!SearchIndex.sameEntry(before.exemplar(), e)) {
                SearchIndex.replace(c, e.id(), e, unitName(c, e));
            }
            return null;
        });
    }

    /** The version of the exemplar as saved now, to be given back to {@link #update(Exemplar, Integer)}; null when it is gone. */
    public Integer version(long id) {
        return db.read(c -> Sql.one(c, "SELECT version FROM exemplar WHERE id = ?", rs -> rs.getInt(1), id));
    }

    /** The refusal of a save over a newer one: who saved it last and when, as the history has it. */
    private static UserException conflict(Connection c, Exemplar e) throws SQLException {
        String[] last = Sql.one(c, "SELECT user_name, at FROM change_log WHERE exemplar_id = ? AND entity = 'exemplar' "
                + "ORDER BY id DESC LIMIT 1", rs -> new String[]{rs.getString(1), rs.getString(2)}, e.id());
        if (last == null || last[0] == null) {
            return new UserException("exemplar.conflictUnknown", e.name());
        }
        String at = java.time.LocalDateTime.parse(last[1]).format(java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy"));
        return new UserException("exemplar.conflict", e.name(), last[0], at);
    }

    public void delete(long id) {
        db.inTransaction(c -> {
            SearchIndex.remove(c, id);
            return Sql.update(c, "DELETE FROM exemplar WHERE id = ?", id);
        });
    }

    public Exemplar find(long id) {
        ExemplarAsRead read = findRead(id);
        return read == null ? null : read.exemplar();
    }

    /**
     * The exemplar with the version read in the same row, for {@link #update(Exemplar, Integer)}: a save made by
     * someone else after this read is refused, never written over. Null when there is none.
     */
    public ExemplarAsRead findRead(long id) {
        return db.read(c -> {
            ExemplarAsRead r = Sql.one(c, "SELECT " + COLS + ", e.version FROM exemplar e WHERE e.id = ?",
                    rs -> new ExemplarAsRead(exemplar(rs), rs.getInt("version")), id);
            if (r == null) {
                return null;
            }
            // read after the row: fields saved in between come with a newer version, so the save is refused, not lost
            List<Long> fields = Sql.list(c, "SELECT ef.field_id FROM exemplar_field ef JOIN field f ON f.id = ef.field_id "
                    + "WHERE ef.exemplar_id = ? ORDER BY f.sort_order, f.id", rs -> rs.getLong(1), id);
            return new ExemplarAsRead(r.exemplar().toBuilder().fieldIds(fields).build(), r.version());
        });
    }

    /** Exemplars with the same folded name and birth year (null year matches null), for duplicate warnings. */
    public List<Long> sameNameAndYear(String name, Integer birthYear) {
        return db.read(c -> Sql.list(c, "SELECT id FROM exemplar WHERE name_fold = ? AND birth_year " + Dialect.of(c).isSame() + " ? ORDER BY id",
                rs -> rs.getLong(1), VietnameseText.fold(VietnameseText.clean(name)), birthYear));
    }

    /** The values of {@link #INSERT_COLUMNS}: the record plus its derived sort key, folded name and year found. */
    static Object[] values(Dialect d, Exemplar e) {
        String sortKey = sortKey(d, e);
        return new Object[]{e.kind(), e.category(), e.name(), e.gender(), e.birthYear(), e.birthDate(), e.position(),
            e.workplace(), e.residence(), e.phone(), e.idNumber(), e.headName(), e.memberCount(), e.address(),
            e.unitId(), e.newModel(), e.summary(), d.pack(e.account()), e.discovery(), e.foundOn(),
            e.foundOn() == null ? null : e.foundOn().getYear(), e.status(), e.note(), sortKey,
            VietnameseText.fold(e.name())};
    }

    /** The key the list is sorted by: a person by given name, a collective or household by its whole name. */
    static String sortKey(Dialect d, Exemplar e) {
        return sortKey(d, e.kind().name(), e.name());
    }

    /** {@link #sortKey(Dialect, Exemplar)} of an exemplar's kind (as stored) and name. */
    static String sortKey(Dialect d, String kind, String name) {
        return d.sortKey(ExemplarKind.COLLECTIVE.name().equals(kind)
                ? VietnameseText.sortKey(name) : VietnameseText.personSortKey(name));
    }

    private static void writeFields(Connection c, long id, List<Long> fieldIds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_FIELD)) {
            for (Long f : fieldIds) {
                ps.setLong(1, id);
                ps.setLong(2, f);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void index(Connection c, long id, Exemplar e) throws SQLException {
        SearchIndex.add(c, id, e, unitName(c, e));
    }

    private static String unitName(Connection c, Exemplar e) throws SQLException {
        return e.unitId() == null ? null
                : Sql.one(c, "SELECT name FROM unit WHERE id = ?", rs -> rs.getString(1), e.unitId());
    }

    static Exemplar exemplar(ResultSet rs) throws SQLException {
        return Exemplar.builder()
                .id(rs.getLong("id"))
                .kind(Sql.enumOf(ExemplarKind.class, rs, "kind"))
                .category(Sql.enumOf(ExemplarCategory.class, rs, "category"))
                .name(rs.getString("name"))
                .gender(Sql.enumOf(Gender.class, rs, "gender"))
                .birthYear(Sql.integer(rs, "birth_year"))
                .birthDate(Sql.date(rs, "birth_date"))
                .position(rs.getString("position"))
                .workplace(rs.getString("workplace"))
                .residence(rs.getString("residence"))
                .phone(rs.getString("phone"))
                .idNumber(rs.getString("id_number"))
                .headName(rs.getString("head_name"))
                .memberCount(Sql.integer(rs, "member_count"))
                .address(rs.getString("address"))
                .unitId(Sql.id(rs, "unit_id"))
                .newModel(rs.getString("new_model"))
                .summary(rs.getString("summary"))
                .account(PackedText.unpack(rs.getObject("account")))
                .discovery(Sql.enumOf(Discovery.class, rs, "discovery"))
                .foundOn(Sql.date(rs, "found_on"))
                .status(Sql.enumOf(ExemplarStatus.class, rs, "status"))
                .note(rs.getString("note"))
                .build();
    }

    // ---- the list: filtered, sorted in Vietnamese order, one page at a time ----

    /** How many exemplars the filter selects. A search alone is counted on the index only. */
    public long count(ExemplarFilter f) {
        List<Object> args = new ArrayList<>();
        String sql = ExemplarListSql.count(db.dialect(), scope(), f, args);
        return db.read(c -> Sql.count(c, sql, args.toArray()));
    }

    /** One page of the list, in list order (see {@link ExemplarListSql#page}). */
    public List<ExemplarRow> page(ExemplarFilter f, long offset, int limit) {
        List<Object> args = new ArrayList<>();
        String sql = ExemplarListSql.page(db.dialect(), scope(), f, args, offset, limit);
        return db.read(c -> Sql.list(c, sql, ExemplarListSql::row, args.toArray()));
    }

    /** Every exemplar the filter selects, in list order, one at a time (for exports and bulk actions). */
    public void forEachRow(ExemplarFilter f, RowConsumer consumer) {
        List<Object> args = new ArrayList<>();
        String sql = ExemplarListSql.list(db.dialect(), scope(), f, args);
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Sql.bind(ps, args.toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        consumer.accept(ExemplarListSql.row(rs));
                    }
                }
            }
            return null;
        });
    }

    /** The exemplars linked to a campaign that the officer sees, in list order. */
    public List<ExemplarRow> rowsOfCampaign(long campaignId) {
        List<Object> args = new ArrayList<>(List.of(campaignId));
        String where = Scope.and("WHERE ce.campaign_id = ?", scope().units("e.unit_id", args));
        return db.read(c -> Sql.list(c, ExemplarListSql.rowSelect(Dialect.of(c)) + " JOIN campaign_exemplar ce ON ce.exemplar_id = e.id "
                + where + " ORDER BY e.sort_key, e.id", ExemplarListSql::row, args.toArray()));
    }

    /** Where the exemplar stands in the filtered, sorted list (0-based), or -1 when the filter leaves it out. */
    public long positionOf(ExemplarFilter f, long id) {
        return db.read(c -> ExemplarListSql.positionOf(c, scope(), f, id));
    }

    /** Receives rows one at a time. */
    @FunctionalInterface
    public interface RowConsumer {
        void accept(ExemplarRow row);
    }
}
