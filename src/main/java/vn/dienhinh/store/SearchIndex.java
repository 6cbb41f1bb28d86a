package vn.dienhinh.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.util.VietnameseText;

/**
 * The folded full-text index of the exemplars ({@code exemplar_fts}, FTS5), made for search as you
 * type over a hundred thousand exemplars.
 * <ul>
 * <li>Its rowid is the exemplar's place in the list ({@link ListOrder}), so the index hands out the
 * matches already in list order: a page of search results is read straight off it, never sorted.</li>
 * <li>Who and where (name, head of a collective, unit) are indexed as words marked with {@code _}
 * ("_nguyen _van _an"); what was done (summary, new model, position, workplace) as plain words and
 * as pairs of neighbouring words ("hien mau hien_mau"). The two vocabularies have their own short
 * doclists, so a name query does not wade through the texts, and a phrase is found as its pairs: no
 * phrase query over common words ("và", "văn") at every keystroke.</li>
 * <li>The full account is not indexed: it made the index much larger and every query slower; the
 * summary says what the exemplar did.</li>
 * <li>It keeps no copy of the texts ({@code content=''}): the exemplar table has them. An entry is
 * deleted by its rowid ({@code contentless_delete}), and moved or changed by deleting it and adding
 * it again from the exemplar's row ({@link #ENTRY}). Matches keep which column they are in, not
 * where in it ({@code detail=column}): no query asks for a phrase, and the lists of matches are a
 * third of the size. Prefix indexes of 2 to 4 characters (with the mark): short prefixes of names
 * ("_ng", "_tr") are the queries typed most.</li>
 * </ul>
 */
public final class SearchIndex {

    static final String CREATE = "CREATE VIRTUAL TABLE exemplar_fts USING fts5(name, unit, body, "
            + "tokenize = \"unicode61 remove_diacritics 2 tokenchars '_'\", prefix = '2 3 4', content = '', "
            + "contentless_delete = 1, detail = column)";
    /** What an exemplar's entry is made of, with its place: read back to move or redo an entry. */
    static final String ENTRY = "SELECT o.pos, e.name, e.head_name, u.name, e.summary, e.new_model, e.position, "
            + "e.workplace FROM exemplar_order o JOIN exemplar e ON e.id = o.exemplar_id LEFT JOIN unit u ON u.id = e.unit_id";
    public static final String INSERT = "INSERT INTO exemplar_fts (rowid, name, unit, body) VALUES (?,?,?,?)";
    private static final char MARK = '_';
    /** Joins neighbouring words of the texts into one token; never at the start, so never a marked word. */
    private static final char PAIR = '_';

    private SearchIndex() {
    }

    /**
     * The FTS5 query for what the user typed: the words are looked up among the name and unit words,
     * all of them there ("ng v a" finds Nguyễn Văn Á, "lan phuong 3" finds Lan of Phường 3), or in
     * the texts, following each other ("hien mau" finds "hiến máu"). The last word may be unfinished;
     * so may short earlier ones among names (initials: "ng", "tr"), while an earlier word of four or
     * more letters was typed in full. Alone, a word of one or two letters is a whole word in the texts
     * (its start would match nearly every text). Null when nothing searchable was typed.
     */
    public static String matchExpression(String search) {
        String[] terms = VietnameseText.searchTerms(search);
        if (terms.length == 0) {
            return null;
        }
        int last = terms.length - 1;
        List<String> who = new ArrayList<>();
        for (int i = 0; i <= last; i++) {
            boolean start = i == last || terms[i].length() <= 3;
            who.add(quoted(MARK + terms[i], start));
        }
        List<String> what = new ArrayList<>();
        if (terms.length == 1) {
            what.add(quoted(terms[0], terms[0].length() >= 3));
        }
        for (int i = 0; i < last; i++) {
            what.add(quoted(terms[i] + PAIR + terms[i + 1], i + 1 == last));
        }
        return "(" + String.join(" AND ", who) + ") OR (" + String.join(" AND ", what) + ")";
    }

    /** searchTerms keeps letters and digits only, so the quotes cannot be broken out of. */
    private static String quoted(String token, boolean start) {
        return "\"" + token + "\"" + (start ? " *" : "");
    }

    /** Places the exemplar in the list order and indexes it there; returns its place. */
    static long add(Connection c, long id, Exemplar e, String unitName) throws SQLException {
        long pos = ListOrder.place(c, id, ExemplarRepository.sortKey(Dialect.of(c), e));
        Sql.update(c, Dialect.of(c).searchInsert(), values(pos, e, unitName));
        return pos;
    }

    /** True when the exemplar's search entry is the same for {@code before} and {@code after} (same unit, same words). */
    static boolean sameEntry(Exemplar before, Exemplar after) {
        return java.util.Objects.equals(before.unitId(), after.unitId())
                && java.util.Arrays.equals(values(0, before, null), values(0, after, null));
    }

    /** The exemplar's search entry made again from {@code e}, at its place in the list, which does not change. */
    static void replace(Connection c, long id, Exemplar e, String unitName) throws SQLException {
        Long pos = ListOrder.of(c, id);
        if (pos == null) {
            add(c, id, e, unitName);
            return;
        }
        Sql.update(c, "DELETE FROM exemplar_fts WHERE rowid = ?", pos);
        Sql.update(c, Dialect.of(c).searchInsert(), values(pos, e, unitName));
    }

    /** Takes the exemplar out of the index and the list order (before it is deleted or changed). */
    static void remove(Connection c, long id) throws SQLException {
        Long pos = ListOrder.of(c, id);
        if (pos != null) {
            Sql.update(c, "DELETE FROM exemplar_fts WHERE rowid = ?", pos);
            Sql.update(c, "DELETE FROM exemplar_order WHERE exemplar_id = ?", id);
        }
    }

    /** The index entries of the exemplars of a unit follow the unit's new name ({@code unitId} null: no unit). */
    static void renameUnit(Connection c, Long unitId, String unitName) throws SQLException {
        List<Object[]> entries = Sql.list(c, ENTRY + " WHERE e.unit_id " + Dialect.of(c).isSame() + " ? ORDER BY o.pos", SearchIndex::entry, unitId);
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM exemplar_fts WHERE rowid = ?");
             PreparedStatement insert = c.prepareStatement(Dialect.of(c).searchInsert())) {
            for (Object[] v : entries) {
                delete.setLong(1, (Long) v[0]);
                delete.executeUpdate();
                Sql.bind(insert, v);
                insert.executeUpdate();
            }
        }
    }

    /**
     * Moves entries to new rowids (a spread of places, see {@link ListOrder}): each is deleted and
     * added again from its exemplar's row, since the index keeps no text to move.
     */
    static final class Mover implements AutoCloseable {
        private final PreparedStatement read;
        private final PreparedStatement delete;
        private final PreparedStatement insert;

        Mover(Connection c) throws SQLException {
            read = c.prepareStatement(ENTRY.replace("o.pos,", "CAST(? AS bigint),") + " WHERE o.exemplar_id = ?");
            delete = c.prepareStatement("DELETE FROM exemplar_fts WHERE rowid = ?");
            insert = c.prepareStatement(Dialect.of(c).searchInsert());
        }

        void move(long exemplarId, long from, long to) throws SQLException {
            delete.setLong(1, from);
            delete.executeUpdate();
            read.setLong(1, to);
            read.setLong(2, exemplarId);
            try (ResultSet rs = read.executeQuery()) {
                if (rs.next()) {
                    Sql.bind(insert, entry(rs));
                    insert.executeUpdate();
                }
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement ps : List.of(read, delete, insert)) {
                ps.close();
            }
        }
    }

    /**
     * Empties the index and indexes every exemplar again at its place, in rowid order (one segment),
     * then merges it: after {@link ListOrder#renumber}, a migration, a load that made most of the registry.
     */
    static void rebuild(Connection c) throws SQLException {
        Dialect.of(c).clearSearch(c);
        long n = 0;
        try (PreparedStatement read = c.prepareStatement(ENTRY + " ORDER BY o.pos");
             PreparedStatement insert = c.prepareStatement(Dialect.of(c).searchInsert());
             ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                Sql.bind(insert, entry(rs));
                insert.addBatch();
                if (++n % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        if (n > 0) {
            optimize(c);
        }
    }

    /** An entry's values for {@link #INSERT} from a row of {@link #ENTRY}. */
    private static Object[] entry(ResultSet rs) throws SQLException {
        return values(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8));
    }

    /** The values of {@link #INSERT}: marked name (with the head of a collective), marked unit, plain texts. */
    static Object[] values(long pos, Exemplar e, String unitName) {
        return values(pos, e.name(), e.headName(), unitName, e.summary(), e.newModel(), e.position(), e.workplace());
    }

    /** A search entry's values for {@link #INSERT}: the place, then the name, unit and body columns as indexed. */
    public static Object[] values(long pos, String name, String headName, String unitName, String summary, String newModel,
                           String position, String workplace) {
        String body = String.join(" ", nz(summary), nz(newModel), nz(position), nz(workplace));
        return new Object[]{pos, words(nz(name) + " " + nz(headName)), words(unitName), text(body)};
    }

    /** Merges the index into one segment: after a bulk load, so that queries read one doclist per word. */
    static void optimize(Connection c) throws SQLException {
        Dialect.of(c).optimizeSearch(c);
    }

    /** Folded words, each marked as a word of who or where: "Phường Bến Nghé" → "_phuong _ben _nghe". */
    static String words(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : VietnameseText.searchTerms(s == null ? "" : s)) {
            b.append(b.length() == 0 ? "" : " ").append(MARK).append(w);
        }
        return b.toString();
    }

    /** The folded words of the texts, then each pair of neighbours joined: "a b c a_b b_c". */
    static String text(String s) {
        String[] w = VietnameseText.searchTerms(s == null ? "" : s);
        StringBuilder b = new StringBuilder(String.join(" ", w));
        for (int i = 0; i + 1 < w.length; i++) {
            b.append(' ').append(w[i]).append(PAIR).append(w[i + 1]);
        }
        return b.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
