package vn.dienhinh.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.dienhinh.model.Exemplar;

/**
 * An exemplar as stored, read just before a save, with the columns derived from it when it was written:
 * what the save compares with, so that it writes only the columns whose values change (SQLite rewrites
 * every index whose column is set, changed or not).
 */
record StoredExemplar(Exemplar exemplar, Object foundYear, String sortKey, String nameFold) {

    /** The columns of {@link ExemplarRepository#values}, in its order. */
    static final List<String> COLUMNS = List.of(ExemplarRepository.INSERT_COLUMNS.split(", "));
    private static final int SORT_KEY = COLUMNS.indexOf("sort_key");

    /** The exemplar {@code id} as stored; null when there is none. */
    static StoredExemplar read(Connection c, long id) throws SQLException {
        return Sql.one(c, "SELECT " + ExemplarRepository.COLS + ", e.found_year, e.sort_key, e.name_fold FROM exemplar e "
                + "WHERE e.id = ?", rs -> new StoredExemplar(ExemplarRepository.exemplar(rs), rs.getObject("found_year"),
                rs.getString("sort_key"), rs.getString("name_fold")), id);
    }

    /** True when the values to be written keep the sort key stored, and so the place in the list. */
    boolean sortsAs(Object[] written) {
        return sortKey.equals(written[SORT_KEY]);
    }

    /**
     * {@code column=?} for each column whose value in {@code written} is not the one stored in {@code before}
     * (every column when {@code before} is null), each value added to {@code args}.
     */
    static List<String> changes(StoredExemplar before, Dialect d, Object[] written, List<Object> args) {
        Object[] was = before == null ? null : before.values(d);
        List<String> set = new ArrayList<>();
        for (int i = 0; i < written.length; i++) {
            if (was == null || !same(was[i], written[i])) {
                set.add(COLUMNS.get(i) + "=?");
                args.add(written[i]);
            }
        }
        return set;
    }

    /** {@link ExemplarRepository#values} of it, the derived columns as they are stored. */
    private Object[] values(Dialect d) {
        Object[] v = ExemplarRepository.values(d, exemplar);
        v[COLUMNS.indexOf("found_year")] = foundYear;
        v[SORT_KEY] = sortKey;
        v[COLUMNS.indexOf("name_fold")] = nameFold;
        return v;
    }

    /** The same value as stored and as to be written: numbers by value (the driver may give a Long for an Integer). */
    private static boolean same(Object stored, Object written) {
        if (stored instanceof Number a && written instanceof Number b) {
            return a.longValue() == b.longValue();
        }
        return Objects.deepEquals(stored, written);
    }
}
