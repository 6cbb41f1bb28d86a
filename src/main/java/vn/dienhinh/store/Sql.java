package vn.dienhinh.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small JDBC helpers: binding nullable values, reading dates and enums, one-line queries. */
final class Sql {

    private Sql() {
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            int p = i + 1;
            if (a == null) {
                ps.setNull(p, Types.NULL);
            } else if (a instanceof LocalDate) {
                ps.setString(p, a.toString());
            } else if (a instanceof Enum<?>) {
                ps.setString(p, ((Enum<?>) a).name());
            } else if (a instanceof Boolean) {
                ps.setInt(p, (Boolean) a ? 1 : 0);
            } else {
                ps.setObject(p, a);
            }
        }
    }

    static <T> List<T> list(Connection c, String sql, RowMapper<T> mapper, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        }
    }

    static <T> T one(Connection c, String sql, RowMapper<T> mapper, Object... args) throws SQLException {
        List<T> l = list(c, sql, mapper, args);
        return l.isEmpty() ? null : l.get(0);
    }

    static long count(Connection c, String sql, Object... args) throws SQLException {
        Long n = one(c, sql, rs -> rs.getLong(1), args);
        return n == null ? 0 : n;
    }

    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        }
    }

    static long insert(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, args);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static LocalDate date(ResultSet rs, String col) throws SQLException {
        String s = rs.getString(col);
        return s == null || s.isEmpty() ? null : LocalDate.parse(s);
    }

    static Integer integer(ResultSet rs, String col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v;
    }

    static Long id(ResultSet rs, String col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : v;
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, ResultSet rs, String col) throws SQLException {
        String s = rs.getString(col);
        return s == null ? null : Enum.valueOf(type, s);
    }
}
