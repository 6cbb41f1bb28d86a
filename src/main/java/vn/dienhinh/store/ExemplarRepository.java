package vn.dienhinh.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.dienhinh.model.Discovery;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarCategory;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.ExemplarRow;
import vn.dienhinh.model.ExemplarStatus;
import vn.dienhinh.model.Gender;
import vn.dienhinh.util.VietnameseText;

/**
 * The exemplar aggregate: the exemplar with its fields, deeds, lifecycle history and evaluations,
 * and its entry in the folded full-text index. Every write that touches several rows is one
 * transaction.
 */
public final class ExemplarRepository {

    private static final String COLS = "e.id, e.kind, e.category, e.name, e.gender, e.birth_year, e.birth_date, "
            + "e.position, e.workplace, e.residence, e.phone, e.id_number, e.head_name, e.member_count, e.address, "
            + "e.unit_id, e.new_model, e.summary, e.account, e.discovery, e.found_on, e.status, e.note";

    /** One line of the list: the exemplar with its unit's name and its fields' short names. */
    private static final String ROW_SELECT = "SELECT e.id, e.kind, e.name, e.birth_year, e.status, e.found_on, e.summary, "
            + "u.name AS unit_name, (SELECT group_concat(coalesce(fl.short_name, fl.name), '; ') FROM exemplar_field ef "
            + "JOIN field fl ON fl.id = ef.field_id WHERE ef.exemplar_id = e.id) AS fields "
            + "FROM exemplar e LEFT JOIN unit u ON u.id = e.unit_id";
    /** Columns written for a new exemplar, in the order of {@link #values}. */
    static final String INSERT_COLUMNS = "kind, category, name, gender, birth_year, birth_date, position, workplace, "
            + "residence, phone, id_number, head_name, member_count, address, unit_id, new_model, summary, account, "
            + "discovery, found_on, found_year, status, note, sort_key, name_fold";
    private static final String MARKS = "?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?";
    static final String INSERT_EXEMPLAR = "INSERT INTO exemplar (" + INSERT_COLUMNS + ") VALUES (" + MARKS + ")";
    /** The same with the id chosen by the writer, so batched children can refer to it. */
    static final String INSERT_EXEMPLAR_WITH_ID = "INSERT INTO exemplar (id, " + INSERT_COLUMNS + ") VALUES (?," + MARKS
            + ")";
    static final String INSERT_FIELD = "INSERT OR IGNORE INTO exemplar_field (exemplar_id, field_id) VALUES (?, ?)";
    static final String INSERT_STATUS = "INSERT INTO status_change (exemplar_id, from_status, to_status, changed_on, "
            + "reason) VALUES (?,?,?,?,?)";
    static final String INSERT_FTS = "INSERT INTO exemplar_fts (rowid, name, unit, body) VALUES (?,?,?,?)";
    static final String INSERT_DEED = "INSERT INTO deed (exemplar_id, deed_date, title, description) VALUES (?,?,?,?)";
    static final String INSERT_EVALUATION = "INSERT INTO evaluation (exemplar_id, eval_date, period, rating, content, "
            + "evaluator) VALUES (?,?,?,?,?,?)";

    private final Database db;
    private final ExemplarHistoryRepository timeline;

    public ExemplarRepository(Database db) {
        this.db = db;
        this.timeline = new ExemplarHistoryRepository(db);
    }

    /** The exemplar's deeds, lifecycle steps and evaluations (the same aggregate, kept in its own class). */
    public ExemplarHistoryRepository timeline() {
        return timeline;
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
        try {
            return db.inTransaction(c -> {
                try (BulkWriter w = new BulkWriter(c)) {
                    T result = work.run(w);
                    w.flush();
                    return result;
                }
            });
        } catch (BulkWriter.Failure f) {
            throw db.translate(f.getCause());
        }
    }

    /** The database file, for messages. */
    public java.nio.file.Path databaseFile() {
        return db.file();
    }

    static Exemplar insert(Connection c, Exemplar e, LocalDate statusDate, String statusReason) throws SQLException {
        long id = Sql.insert(c, INSERT_EXEMPLAR, values(e));
        writeFields(c, id, e.fieldIds());
        Sql.insert(c, INSERT_STATUS, id, null, e.status(), statusDate, statusReason);
        index(c, id, e);
        return e.withId(id);
    }

    public void update(Exemplar e) {
        db.inTransaction(c -> {
            Object[] v = values(e);
            Object[] args = java.util.Arrays.copyOf(v, v.length + 1);
            args[v.length] = e.id();
            Sql.update(c, "UPDATE exemplar SET kind=?, category=?, name=?, gender=?, birth_year=?, birth_date=?, "
                    + "position=?, workplace=?, residence=?, phone=?, id_number=?, head_name=?, member_count=?, "
                    + "address=?, unit_id=?, new_model=?, summary=?, account=?, discovery=?, found_on=?, found_year=?, "
                    + "status=?, note=?, sort_key=?, name_fold=?, "
                    + "updated_at=strftime('%Y-%m-%dT%H:%M:%S','now','localtime') WHERE id=?", args);
            // only the fields taken off and put on, so the change history shows what really changed
            Sql.update(c, "DELETE FROM exemplar_field WHERE exemplar_id = ? AND field_id NOT IN "
                    + "(SELECT value FROM json_each(?))", e.id(), e.fieldIds().toString());
            writeFields(c, e.id(), e.fieldIds());
            Sql.update(c, "DELETE FROM exemplar_fts WHERE rowid = ?", e.id());
            index(c, e.id(), e);
            return null;
        });
    }

    public void delete(long id) {
        db.inTransaction(c -> {
            Sql.update(c, "DELETE FROM exemplar_fts WHERE rowid = ?", id);
            return Sql.update(c, "DELETE FROM exemplar WHERE id = ?", id);
        });
    }

    public Exemplar find(long id) {
        return db.read(c -> {
            Exemplar e = Sql.one(c, "SELECT " + COLS + " FROM exemplar e WHERE e.id = ?", ExemplarRepository::exemplar, id);
            if (e == null) {
                return null;
            }
            List<Long> fields = Sql.list(c, "SELECT ef.field_id FROM exemplar_field ef JOIN field f ON f.id = ef.field_id "
                    + "WHERE ef.exemplar_id = ? ORDER BY f.sort_order, f.id", rs -> rs.getLong(1), id);
            return e.toBuilder().fieldIds(fields).build();
        });
    }

    /** Exemplars with the same folded name and birth year (null year matches null), for duplicate warnings. */
    public List<Long> sameNameAndYear(String name, Integer birthYear) {
        return db.read(c -> Sql.list(c, "SELECT id FROM exemplar WHERE name_fold = ? AND birth_year IS ? ORDER BY id",
                rs -> rs.getLong(1), VietnameseText.fold(VietnameseText.clean(name)), birthYear));
    }

    /** The values of {@link #INSERT_COLUMNS}: the record plus its derived sort key, folded name and year found. */
    static Object[] values(Exemplar e) {
        String sortKey = e.kind() == ExemplarKind.COLLECTIVE
                ? VietnameseText.sortKey(e.name()) : VietnameseText.personSortKey(e.name());
        return new Object[]{e.kind(), e.category(), e.name(), e.gender(), e.birthYear(), e.birthDate(), e.position(),
            e.workplace(), e.residence(), e.phone(), e.idNumber(), e.headName(), e.memberCount(), e.address(),
            e.unitId(), e.newModel(), e.summary(), e.account(), e.discovery(), e.foundOn(),
            e.foundOn() == null ? null : e.foundOn().getYear(), e.status(), e.note(), sortKey,
            VietnameseText.fold(e.name())};
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
        String unit = e.unitId() == null ? null
                : Sql.one(c, "SELECT name FROM unit WHERE id = ?", rs -> rs.getString(1), e.unitId());
        Sql.update(c, INSERT_FTS, ftsValues(id, e, unit));
    }

    /** The values of {@link #INSERT_FTS}: folded name (with the head of a collective), unit name and text. */
    static Object[] ftsValues(long id, Exemplar e, String unitName) {
        String body = String.join(" ", nz(e.summary()), nz(e.newModel()), nz(e.position()), nz(e.workplace()),
                nz(e.residence()), nz(e.address()), nz(e.account()));
        return new Object[]{id, VietnameseText.fold(e.name() + " " + nz(e.headName())), VietnameseText.fold(unitName),
            VietnameseText.fold(body)};
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static Exemplar exemplar(ResultSet rs) throws SQLException {
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
                .account(rs.getString("account"))
                .discovery(Sql.enumOf(Discovery.class, rs, "discovery"))
                .foundOn(Sql.date(rs, "found_on"))
                .status(Sql.enumOf(ExemplarStatus.class, rs, "status"))
                .note(rs.getString("note"))
                .build();
    }

    // ---- the list: filtered, sorted in Vietnamese order, one page at a time ----

    public long count(ExemplarFilter f) {
        List<Object> args = new ArrayList<>();
        String where = where(f, args);
        return db.read(c -> Sql.count(c, "SELECT count(*) FROM exemplar e" + where, args.toArray()));
    }

    public List<ExemplarRow> page(ExemplarFilter f, long offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(f, args);
        args.add(limit);
        args.add(offset);
        String sql = ROW_SELECT + where + " ORDER BY e.sort_key, e.id LIMIT ? OFFSET ?";
        return db.read(c -> Sql.list(c, sql, ExemplarRepository::row, args.toArray()));
    }

    /** Ids of every exemplar the filter selects, in list order (for exports and bulk actions). */
    public void forEachRow(ExemplarFilter f, RowConsumer consumer) {
        List<Object> args = new ArrayList<>();
        String where = where(f, args);
        String sql = ROW_SELECT + where + " ORDER BY e.sort_key, e.id";
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Sql.bind(ps, args.toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        consumer.accept(row(rs));
                    }
                }
            }
            return null;
        });
    }

    /** The exemplars linked to a campaign, in list order. */
    public List<ExemplarRow> rowsOfCampaign(long campaignId) {
        return db.read(c -> Sql.list(c, ROW_SELECT + " JOIN campaign_exemplar ce ON ce.exemplar_id = e.id "
                + "WHERE ce.campaign_id = ? ORDER BY e.sort_key, e.id", ExemplarRepository::row, campaignId));
    }

    /** Years in which exemplars were found, newest first. */
    public List<Integer> foundYears() {
        return db.read(c -> Sql.list(c, "SELECT DISTINCT found_year FROM exemplar WHERE found_year IS NOT NULL "
                + "ORDER BY found_year DESC", rs -> rs.getInt(1)));
    }

    /** Where the exemplar stands in the filtered, sorted list (0-based), or -1 when the filter leaves it out. */
    public long positionOf(ExemplarFilter f, long id) {
        List<Object> args = new ArrayList<>();
        String where = where(f, args);
        List<Object> inArgs = new ArrayList<>(args);
        inArgs.add(id);
        long present = db.read(c -> Sql.count(c, "SELECT count(*) FROM exemplar e" + where
                + (where.isEmpty() ? " WHERE" : " AND") + " e.id = ?", inArgs.toArray()));
        if (present == 0) {
            return -1;
        }
        args.add(id);
        return db.read(c -> Sql.count(c, "SELECT count(*) FROM exemplar e" + where + (where.isEmpty() ? " WHERE" : " AND")
                + " (e.sort_key, e.id) < (SELECT sort_key, id FROM exemplar WHERE id = ?)", args.toArray()));
    }

    /** Receives rows one at a time. */
    @FunctionalInterface
    public interface RowConsumer {
        void accept(ExemplarRow row);
    }

    private static ExemplarRow row(ResultSet rs) throws SQLException {
        return new ExemplarRow(rs.getLong("id"), Sql.enumOf(ExemplarKind.class, rs, "kind"), rs.getString("name"),
                Sql.integer(rs, "birth_year"), rs.getString("unit_name"), rs.getString("fields"),
                Sql.enumOf(ExemplarStatus.class, rs, "status"), Sql.date(rs, "found_on"), rs.getString("summary"));
    }

    private static String where(ExemplarFilter f, List<Object> args) {
        List<String> parts = new ArrayList<>();
        String match = ftsQuery(f.search());
        if (match != null) {
            parts.add("e.id IN (SELECT rowid FROM exemplar_fts WHERE exemplar_fts MATCH ?)");
            args.add(match);
        }
        if (f.kind() != null) {
            parts.add("e.kind = ?");
            args.add(f.kind());
        }
        if (f.fieldId() != null) {
            parts.add("EXISTS (SELECT 1 FROM exemplar_field x WHERE x.exemplar_id = e.id AND x.field_id = ?)");
            args.add(f.fieldId());
        }
        if (f.unitId() != null) {
            // the unit and every unit below it (a ward with its tổ dân phố)
            parts.add("e.unit_id IN (WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL "
                    + "SELECT u2.id FROM unit u2 JOIN sub ON u2.parent_id = sub.id) SELECT id FROM sub)");
            args.add(f.unitId());
        }
        if (f.status() != null) {
            parts.add("e.status = ?");
            args.add(f.status());
        }
        if (f.year() != null) {
            parts.add("e.found_year = ?");
            args.add(f.year());
        }
        if (f.commendedForm() != null) {
            parts.add("EXISTS (SELECT 1 FROM commendation cm WHERE cm.exemplar_id = e.id AND cm.form_id = ? "
                    + "AND (? IS NULL OR cm.decision_year = ?))");
            args.add(f.commendedForm());
            args.add(f.commendedYear());
            args.add(f.commendedYear());
        }
        return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
    }

    /**
     * The FTS5 query for what the user typed: every word is a prefix. Either the words follow each
     * other in one column ("ng v a" finds "Nguyễn Văn Á", "hien mau" finds "hiến máu"), or they all
     * occur in the name and unit columns ("lan phuong 3" finds Lan of Phường 3).
     */
    static String ftsQuery(String search) {
        String[] terms = VietnameseText.searchTerms(search);
        if (terms.length == 0) {
            return null;
        }
        List<String> quoted = new ArrayList<>();
        for (String t : terms) {
            quoted.add("\"" + t + "\" *");
        }
        if (terms.length == 1) {
            return quoted.get(0);
        }
        return "(" + String.join(" + ", quoted) + ") OR ({name unit} : (" + String.join(" AND ", quoted) + "))";
    }

    // ---- figures ----

    /** Counts grouped by a column of exemplar (kind or status). */
    public java.util.Map<String, Long> countBy(String column) {
        if (!List.of("kind", "status", "found_year", "category").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        return db.read(c -> Sql.list(c, "SELECT " + column + ", count(*) FROM exemplar GROUP BY " + column,
                rs -> java.util.Map.entry(String.valueOf(rs.getString(1)), rs.getLong(2))).stream()
                .collect(Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue,
                        (a, b) -> a, java.util.LinkedHashMap::new)));
    }

    /** Field id to number of exemplars carrying it. */
    public java.util.Map<Long, Long> countByFieldId() {
        return db.read(c -> Sql.list(c, "SELECT field_id, count(*) FROM exemplar_field GROUP BY field_id",
                rs -> java.util.Map.entry(rs.getLong(1), rs.getLong(2))).stream()
                .collect(Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue)));
    }

    /** Field name to number of exemplars, in catalogue order. */
    public java.util.Map<String, Long> countByField() {
        return db.read(c -> Sql.list(c, "SELECT f.name, count(ef.exemplar_id) FROM field f "
                        + "LEFT JOIN exemplar_field ef ON ef.field_id = f.id GROUP BY f.id ORDER BY f.sort_order, f.id",
                rs -> java.util.Map.entry(rs.getString(1), rs.getLong(2))).stream()
                .collect(Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue,
                        (a, b) -> a, java.util.LinkedHashMap::new)));
    }

    public long total(String table) {
        if (!List.of("exemplar", "unit", "field", "deed").contains(table)) {
            throw new IllegalArgumentException(table);
        }
        return db.read(c -> Sql.count(c, "SELECT count(*) FROM " + table));
    }
}
