package vn.dienhinh.store;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Counts over the registry, of the exemplars the officer sees ({@link Scope}): by kind or status, by field, totals. Read-only. */
public final class ExemplarFigures {

    private final Database db;

    ExemplarFigures(Database db) {
        this.db = db;
    }


    /** Counts grouped by a column of exemplar (kind or status). */
    public java.util.Map<String, Long> countBy(String column) {
        if (!List.of("kind", "status", "found_year", "category").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        List<Object> args = new ArrayList<>();
        String where = where(scope().units("unit_id", args));
        return db.read(c -> Sql.list(c, "SELECT " + column + ", count(*) FROM exemplar" + where + " GROUP BY " + column,
                rs -> java.util.Map.entry(String.valueOf(rs.getString(1)), rs.getLong(2)), args.toArray()).stream()
                .collect(Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue,
                        (a, b) -> a, java.util.LinkedHashMap::new)));
    }

    /** Field id to number of exemplars carrying it. */
    public java.util.Map<Long, Long> countByFieldId() {
        List<Object> args = new ArrayList<>();
        String where = where(scope().exemplars("exemplar_id", args));
        return db.read(c -> Sql.list(c, "SELECT field_id, count(*) FROM exemplar_field" + where + " GROUP BY field_id",
                rs -> java.util.Map.entry(rs.getLong(1), rs.getLong(2)), args.toArray()).stream()
                .collect(Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue)));
    }

    /** Field name to number of exemplars, in catalogue order. */
    public java.util.Map<String, Long> countByField() {
        List<Object> args = new ArrayList<>();
        String join = Scope.and("LEFT JOIN exemplar_field ef ON ef.field_id = f.id", scope().exemplars("ef.exemplar_id", args));
        return db.read(c -> Sql.list(c, "SELECT f.name, count(ef.exemplar_id) FROM field f " + join
                        + " GROUP BY f.id ORDER BY f.sort_order, f.id",
                rs -> java.util.Map.entry(rs.getString(1), rs.getLong(2)), args.toArray()).stream()
                .collect(Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue,
                        (a, b) -> a, java.util.LinkedHashMap::new)));
    }

    public long total(String table) {
        if (!List.of("exemplar", "unit", "field", "deed").contains(table)) {
            throw new IllegalArgumentException(table);
        }
        List<Object> args = new ArrayList<>();
        String where = where(table.equals("exemplar") ? scope().units("unit_id", args)
                : table.equals("deed") ? scope().exemplars("exemplar_id", args) : null);
        return db.read(c -> Sql.count(c, "SELECT count(*) FROM " + table + where, args.toArray()));
    }

    /** Years in which exemplars were found, newest first. */
    public List<Integer> foundYears() {
        List<Object> args = new ArrayList<>();
        String where = Scope.and(" WHERE found_year IS NOT NULL", scope().units("unit_id", args));
        return db.read(c -> Sql.list(c, "SELECT DISTINCT found_year FROM exemplar" + where + " ORDER BY found_year DESC",
                rs -> rs.getInt(1), args.toArray()));
    }

    private Scope scope() {
        return Scope.of(db.officer());
    }

    private static String where(String condition) {
        return condition == null ? "" : " WHERE " + condition;
    }
}
