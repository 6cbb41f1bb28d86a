package vn.dienhinh.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Each exemplar's place in the list ({@code exemplar_order.pos}): numbers that grow in the list's
 * order ({@code sort_key, id}) with room between them, so an exemplar is placed between its two
 * neighbours without moving anyone. When two neighbours have no room left, the few places around
 * are spread out again (and their search entries moved with them). The search index uses the place
 * as its rowid, so it returns matches in list order.
 */
final class ListOrder {

    /**
     * Room left between neighbours when places are handed out in a row, and the most a spread leaves:
     * twelve halvings before a spot needs spreading. Not more, because the places are the search
     * index's rowids, and its lists of matches store the step from one to the next: places 2^12 apart
     * take two or three bytes a match, places scattered over the whole 64-bit range seven.
     */
    static final long GAP = 1L << 12;
    /** Where the first exemplar of an empty list goes: the middle of the positive numbers. */
    static final long FIRST = 1L << 61;
    /**
     * Fewer than this between spread places and the window is widened: a spread leaves room for six
     * more exemplars at each place before that part of the list needs spreading again, so spreads stay
     * rare however the exemplars come (a list imported in alphabetical order, many of one name).
     */
    private static final long MIN_SPACING = 1L << 6;

    private static final String BEFORE = "SELECT o.exemplar_id, o.pos, e.sort_key = ? FROM exemplar e JOIN exemplar_order o "
            + "ON o.exemplar_id = e.id WHERE (e.sort_key, e.id) < (?, ?) ORDER BY e.sort_key DESC, e.id DESC LIMIT ?";
    private static final String AFTER = "SELECT o.exemplar_id, o.pos, e.sort_key = ? FROM exemplar e JOIN exemplar_order o "
            + "ON o.exemplar_id = e.id WHERE (e.sort_key, e.id) > (?, ?) ORDER BY e.sort_key, e.id LIMIT ?";

    private ListOrder() {
    }

    /**
     * Places every exemplar anew, {@link #GAP} apart from {@link #FIRST} in list order: after a load
     * that made most of the registry, or a migration. The search index must be rebuilt after it
     * ({@link SearchIndex#rebuild}), since its rowids are the places.
     */
    static void renumber(Connection c) throws SQLException {
        Sql.update(c, "DELETE FROM exemplar_order");
        Sql.update(c, "INSERT INTO exemplar_order (exemplar_id, pos) SELECT id, ? + (row_number() OVER "
                + "(ORDER BY sort_key, id) - 1) * ? FROM exemplar ORDER BY sort_key, id", FIRST, GAP);
    }

    /** The exemplar's place, or null when it has none. */
    static Long of(Connection c, long id) throws SQLException {
        return Sql.one(c, "SELECT pos FROM exemplar_order WHERE exemplar_id = ?", rs -> rs.getLong(1), id);
    }

    /**
     * Gives the exemplar (already written, not yet placed) a place between its neighbours in the
     * list and returns it. Neighbours not yet placed (rows of the same batch) are passed over.
     */
    static long place(Connection c, long id, String sortKey) throws SQLException {
        try (Placer p = new Placer(c)) {
            return p.place(id, sortKey);
        }
    }

    /**
     * Places many exemplars on one connection with its statements prepared once (a bulk load places
     * thousands). Close it when done.
     */
    static final class Placer implements AutoCloseable {
        private final Connection c;
        private final PreparedStatement before;
        private final PreparedStatement after;
        private final PreparedStatement insert;

        Placer(Connection c) throws SQLException {
            this.c = c;
            before = c.prepareStatement(BEFORE);
            after = c.prepareStatement(AFTER);
            insert = c.prepareStatement("INSERT INTO exemplar_order (exemplar_id, pos) VALUES (?, ?)");
        }

        /** As {@link ListOrder#place}. */
        long place(long id, String sortKey) throws SQLException {
            long pos = ListOrder.place(c, before, after, id, sortKey);
            insert.setLong(1, id);
            insert.setLong(2, pos);
            insert.executeUpdate();
            return pos;
        }

        /** The places now of the exemplars with ids from {@code first} to {@code last} (a later placing may have moved one). */
        java.util.Map<Long, Long> placesOf(long first, long last) throws SQLException {
            java.util.Map<Long, Long> out = new java.util.HashMap<>();
            for (long[] r : Sql.list(c, "SELECT exemplar_id, pos FROM exemplar_order WHERE exemplar_id BETWEEN ? AND ?",
                    rs -> new long[]{rs.getLong(1), rs.getLong(2)}, first, last)) {
                out.put(r[0], r[1]);
            }
            return out;
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement ps : List.of(before, after, insert)) {
                ps.close();
            }
        }
    }

    /** The place for the exemplar between its neighbours, spreading them when there is no room; not yet written. */
    private static long place(Connection c, PreparedStatement beforeQuery, PreparedStatement afterQuery, long id,
                              String sortKey) throws SQLException {
        List<long[]> before = neighbours(beforeQuery, sortKey, id, 1);
        List<long[]> after = neighbours(afterQuery, sortKey, id, 1);
        Long lo = before.isEmpty() ? null : before.get(0)[1];
        Long hi = after.isEmpty() ? null : after.get(0)[1];
        // after one of the same name (ids grow, so more of that name will likely follow): stay close to it
        boolean sameName = !before.isEmpty() && before.get(0)[2] == 1;
        long pos = sameName && hi != null ? closeAfter(lo, hi) : between(lo, hi);
        if (pos == 0) {
            pos = spread(c, beforeQuery, afterQuery, id, sortKey);
        }
        return pos;
    }

    /** A free number strictly between {@code lo} and {@code hi} (null: no neighbour there), or 0 when there is none. */
    static long between(Long lo, Long hi) {
        if (lo == null && hi == null) {
            return FIRST;
        }
        long low = lo == null ? 0 : lo;
        long high = hi == null ? Long.MAX_VALUE : hi;
        long pos;
        if (hi == null) {
            pos = high - low > 2 * GAP ? low + GAP : low + (high - low) / 2;
        } else if (lo == null) {
            pos = high > 2 * GAP ? high - GAP : high / 2;
        } else {
            pos = low + (high - low) / 2;
        }
        return pos > low && pos < high ? pos : 0;
    }

    /** A free number just after {@code lo}, a 64th of the way to {@code hi}, or 0 when there is none. */
    static long closeAfter(long lo, long hi) {
        long pos = lo + Math.max(1, (hi - lo) / 64);
        return pos < hi ? pos : 0;
    }

    /**
     * No room between the neighbours: spreads the places of a window of neighbours (widened until
     * there is room) evenly over the room the window has, leaving a place for the newcomer; returns it.
     */
    private static long spread(Connection c, PreparedStatement beforeQuery, PreparedStatement afterQuery, long id,
                               String sortKey) throws SQLException {
        for (int w = 16; ; w *= 4) {
            List<long[]> before = neighbours(beforeQuery, sortKey, id, w + 1);
            List<long[]> after = neighbours(afterQuery, sortKey, id, w + 1);
            long lo = before.size() > w ? before.remove(w)[1] : 0;
            long hi = after.size() > w ? after.remove(w)[1] : Long.MAX_VALUE;
            int k = before.size() + after.size() + 1;
            // an open end (the window reached the start or the end of the list) gives room GAP apart, not
            // the whole range of numbers: places stay close, and so do the index's rowids
            long step = Math.min((hi - lo) / (k + 1), GAP);
            if (step < MIN_SPACING && (lo != 0 || hi != Long.MAX_VALUE)) {
                continue;
            }
            List<long[]> window = new ArrayList<>(before);
            Collections.reverse(window);
            int newcomer = window.size();
            window.add(new long[]{id, 0});
            window.addAll(after);
            move(c, window, newcomer, lo, step);
            return lo + step * (newcomer + 1);
        }
    }

    /**
     * Moves each exemplar of the window (but the newcomer) to {@code lo + step * (i + 1)}. The window holds
     * every place between {@code lo} and the far end, and the order is kept, so a place is free by the
     * time it is taken when those moving down go first, from the lowest, then those moving up, from the
     * highest: one move each, in the list and in the search index.
     */
    private static void move(Connection c, List<long[]> window, int newcomer, long lo, long step) throws SQLException {
        List<Integer> down = new ArrayList<>();
        List<Integer> up = new ArrayList<>();
        for (int i = 0; i < window.size(); i++) {
            long target = lo + step * (i + 1);
            if (i != newcomer && window.get(i)[1] != target) {
                (target < window.get(i)[1] ? down : up).add(i);
            }
        }
        Collections.reverse(up);
        try (PreparedStatement order = c.prepareStatement("UPDATE exemplar_order SET pos = ? WHERE exemplar_id = ?");
             SearchIndex.Mover fts = new SearchIndex.Mover(c)) {
            for (List<Integer> moves : List.of(down, up)) {
                for (int i : moves) {
                    long target = lo + step * (i + 1);
                    order.setLong(1, target);
                    order.setLong(2, window.get(i)[0]);
                    order.executeUpdate();
                    fts.move(window.get(i)[0], window.get(i)[1], target);
                }
            }
        }
    }

    private static List<long[]> neighbours(PreparedStatement ps, String sortKey, long id, int limit)
            throws SQLException {
        ps.setString(1, sortKey);
        ps.setString(2, sortKey);
        ps.setLong(3, id);
        ps.setInt(4, limit);
        try (ResultSet rs = ps.executeQuery()) {
            List<long[]> out = new ArrayList<>(limit);
            while (rs.next()) {
                out.add(new long[]{rs.getLong(1), rs.getLong(2), rs.getBoolean(3) ? 1 : 0});
            }
            return out;
        }
    }
}
