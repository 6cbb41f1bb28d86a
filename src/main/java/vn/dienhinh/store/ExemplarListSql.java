package vn.dienhinh.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.ExemplarRow;
import vn.dienhinh.model.ExemplarStatus;

/**
 * The SQL of the exemplar list for a filter: its count, a page, all its rows, an exemplar's place in
 * it. Without a search the list is in sort-key order; with one, in the search index's rowid order,
 * which is the same order (see {@link SearchIndex}), so matches are never sorted.
 */
final class ExemplarListSql {

    /** One line of the list: the exemplar with its unit's name and its fields' short names (the screen's narrow column). */
    private static String rowColumns(Dialect d) {
        return columns(d, "coalesce(fl.short_name, fl.name)");
    }
    /** The same with the fields' full names, for the whole list printed or written out, where there is room. */
    private static String fullColumns(Dialect d) {
        return columns(d, "fl.name");
    }

    static String rowSelect(Dialect d) {
        return rowColumns(d) + " FROM exemplar e LEFT JOIN unit u ON u.id = e.unit_id";
    }
    /**
     * The matches of a search, in list order straight from the index (its rowid is the place in the
     * list): the index drives, each match finds its exemplar by place, nothing is sorted.
     */
    private static String searchFrom(Dialect d) {
        return " FROM exemplar_fts " + d.drivingJoin() + " exemplar_order o ON o.pos = exemplar_fts.rowid "
                + d.drivingJoin() + " exemplar e ON e.id = o.exemplar_id";
    }

    private static String columns(Dialect d, String fieldName) {
        return "SELECT e.id, e.kind, e.name, e.birth_year, e.status, e.found_on, e.summary, u.name AS unit_name, "
                + "(SELECT " + d.groupConcat(fieldName, "'; '") + " FROM exemplar_field ef JOIN field fl ON fl.id = ef.field_id "
                + "WHERE ef.exemplar_id = e.id) AS fields";
    }
    private ExemplarListSql() {
    }

    /** The count's SQL; its arguments are added to {@code args}. A search alone is counted on the index only. */
    static String count(Dialect d, Scope scope, ExemplarFilter f, List<Object> args) {
        String match = SearchIndex.matchExpression(f.search());
        if (match != null) {
            args.add(d.matchArgument(match));
        }
        String where = where(scope, f, args, match != null);
        return match == null ? "SELECT count(*) FROM exemplar e" + where
                : where.isEmpty() ? "SELECT count(*) FROM exemplar_fts WHERE " + d.match()
                : "SELECT count(*)" + searchFrom(d) + " WHERE " + d.match() + where;
    }

    /**
     * One page. Its ids are found first from an index alone (sort key, or the search index's order),
     * and only its rows are read in full: skipping 99,900 rows to the last page reads no row, no unit
     * and no field.
     */
    static String page(Dialect d, Scope scope, ExemplarFilter f, List<Object> args, long offset, int limit) {
        String match = SearchIndex.matchExpression(f.search());
        String sql;
        if (match == null) {
            sql = rowColumns(d) + " FROM (SELECT e.id FROM exemplar e" + where(scope, f, args, false)
                    + " ORDER BY e.sort_key, e.id LIMIT ? OFFSET ?) p JOIN exemplar e ON e.id = p.id "
                    + "LEFT JOIN unit u ON u.id = e.unit_id ORDER BY e.sort_key, e.id";
        } else {
            args.add(d.matchArgument(match));
            String where = where(scope, f, args, true);
            String ids = where.isEmpty() ? "SELECT rowid AS pos FROM exemplar_fts WHERE " + d.match()
                    : "SELECT exemplar_fts.rowid AS pos" + searchFrom(d) + " WHERE " + d.match() + where;
            sql = rowColumns(d) + " FROM (" + ids + " ORDER BY pos LIMIT ? OFFSET ?) p " + d.drivingJoin() + " exemplar_order o "
                    + "ON o.pos = p.pos " + d.drivingJoin() + " exemplar e ON e.id = o.exemplar_id LEFT JOIN unit u ON u.id = e.unit_id "
                    + "ORDER BY p.pos";
        }
        args.add(limit);
        args.add(offset);
        return sql;
    }

    /** Every row the filter selects in list order: by sort key, or for a search by place in the index. */
    static String list(Dialect d, Scope scope, ExemplarFilter f, List<Object> args) {
        String match = SearchIndex.matchExpression(f.search());
        if (match == null) {
            return fullColumns(d) + " FROM exemplar e LEFT JOIN unit u ON u.id = e.unit_id" + where(scope, f, args, false)
                    + " ORDER BY e.sort_key, e.id";
        }
        args.add(d.matchArgument(match));
        return fullColumns(d) + searchFrom(d) + " LEFT JOIN unit u ON u.id = e.unit_id WHERE " + d.match()
                + where(scope, f, args, true) + " ORDER BY exemplar_fts.rowid";
    }

    /** Where the exemplar stands in the filtered list (0-based), or -1 when the filter leaves it out. */
    static long positionOf(Connection c, Scope scope, ExemplarFilter f, long id) throws SQLException {
        String match = SearchIndex.matchExpression(f.search());
        if (match != null) {
            Long pos = ListOrder.of(c, id);
            if (pos == null) {
                return -1;
            }
            Dialect d = Dialect.of(c);
            List<Object> args = new ArrayList<>(List.of(d.matchArgument(match), pos));
            String where = where(scope, f, args, true);
            String from = "SELECT count(*)" + searchFrom(d) + " WHERE " + d.match() + " AND exemplar_fts.rowid ";
            if (Sql.count(c, from + "= ?" + where, args.toArray()) == 0) {
                return -1;
            }
            return Sql.count(c, from + "< ?" + where, args.toArray());
        }
        List<Object> args = new ArrayList<>();
        String where = where(scope, f, args, false);
        String and = where.isEmpty() ? " WHERE" : " AND";
        List<Object> inArgs = new ArrayList<>(args);
        inArgs.add(id);
        if (Sql.count(c, "SELECT count(*) FROM exemplar e" + where + and + " e.id = ?", inArgs.toArray()) == 0) {
            return -1;
        }
        args.add(id);
        return Sql.count(c, "SELECT count(*) FROM exemplar e" + where + and
                + " (e.sort_key, e.id) < (SELECT sort_key, id FROM exemplar WHERE id = ?)", args.toArray());
    }

    static ExemplarRow row(ResultSet rs) throws SQLException {
        return new ExemplarRow(rs.getLong("id"), Sql.enumOf(ExemplarKind.class, rs, "kind"), rs.getString("name"),
                Sql.integer(rs, "birth_year"), rs.getString("unit_name"), rs.getString("fields"),
                Sql.enumOf(ExemplarStatus.class, rs, "status"), Sql.date(rs, "found_on"), rs.getString("summary"));
    }

    /**
     * The officer's scope and the filter's conditions but the search, as " WHERE …" (or " AND …" after a search's MATCH, when
     * {@code afterMatch}); empty when there are none.
     */
    private static String where(Scope scope, ExemplarFilter f, List<Object> args, boolean afterMatch) {
        List<String> parts = new ArrayList<>();
        String seen = scope.units("e.unit_id", args); // a unit's clerk: their units' exemplars only
        if (seen != null) {
            parts.add(seen);
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
            parts.add("e.unit_id IN (" + Scope.SUBTREE + ")");
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
                    + "AND (CAST(? AS integer) IS NULL OR cm.decision_year = ?))");
            args.add(f.commendedForm());
            args.add(f.commendedYear());
            args.add(f.commendedYear());
        }
        return parts.isEmpty() ? "" : (afterMatch ? " AND " : " WHERE ") + String.join(" AND ", parts);
    }

}
