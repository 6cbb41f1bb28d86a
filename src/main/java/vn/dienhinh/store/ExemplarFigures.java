package vn.dienhinh.store;

import java.util.List;
import java.util.stream.Collectors;

/** Counts over the registry: by kind or status, by field, totals. Read-only. */
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

    /** Years in which exemplars were found, newest first. */
    public List<Integer> foundYears() {
        return db.read(c -> Sql.list(c, "SELECT DISTINCT found_year FROM exemplar WHERE found_year IS NOT NULL "
                + "ORDER BY found_year DESC", rs -> rs.getInt(1)));
    }
}
