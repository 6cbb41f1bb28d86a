package vn.dienhinh.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A worksheet as read from the file: its cells by row and column (0-based, as the file numbers them
 * minus one) and its merged regions. Only rows that hold something are kept.
 */
public final class RawSheet {

    /** A merged region, inclusive bounds, 0-based. */
    public record Merge(int firstRow, int lastRow, int firstCol, int lastCol) {

        public boolean vertical() {
            return lastRow > firstRow;
        }

        public boolean horizontal() {
            return lastCol > firstCol;
        }
    }

    private final String name;
    private final NavigableMap<Integer, SheetCell[]> rows;
    private final List<Merge> merges;
    private final Map<Long, Merge> mergeOf = new HashMap<>();
    private final int width;

    public RawSheet(String name, Map<Integer, SheetCell[]> rows, List<Merge> merges) {
        this.name = name;
        this.rows = Collections.unmodifiableNavigableMap(new TreeMap<>(rows));
        this.merges = List.copyOf(merges);
        int w = 0;
        for (SheetCell[] r : rows.values()) {
            w = Math.max(w, r.length);
        }
        this.width = w;
        for (Merge m : merges) {
            // a huge region (a whole column merged by mistake) is not indexed cell by cell
            long cells = (long) (m.lastRow - m.firstRow + 1) * (m.lastCol - m.firstCol + 1);
            if (cells > 200_000) {
                continue;
            }
            for (int r = m.firstRow; r <= m.lastRow; r++) {
                for (int c = m.firstCol; c <= m.lastCol; c++) {
                    mergeOf.put(key(r, c), m);
                }
            }
        }
    }

    public String name() {
        return name;
    }

    /** Indices of the rows that hold something, in order. */
    public List<Integer> rowIndices() {
        return new ArrayList<>(rows.keySet());
    }

    public boolean isEmpty() {
        return rows.values().stream().allMatch(r -> java.util.Arrays.stream(r).allMatch(c -> c == null || c.blank()));
    }

    /** Number of columns of the widest row. */
    public int width() {
        return width;
    }

    public List<Merge> merges() {
        return merges;
    }

    /** The cell as stored (a cell inside a merged region other than its first is usually empty). */
    public SheetCell cell(int row, int col) {
        SheetCell[] r = rows.get(row);
        if (r == null || col < 0 || col >= r.length || r[col] == null) {
            return SheetCell.EMPTY;
        }
        return r[col];
    }

    /** The merged region covering the cell, or null. */
    public Merge mergeAt(int row, int col) {
        return mergeOf.get(key(row, col));
    }

    /** The cell's value, taken from the first cell of its merged region when it is inside one. */
    public SheetCell filled(int row, int col) {
        Merge m = mergeAt(row, col);
        return m == null ? cell(row, col) : cell(m.firstRow(), m.firstCol());
    }

    /** Column letters as Excel shows them: 0 is A, 26 is AA. */
    public static String letter(int col) {
        StringBuilder b = new StringBuilder();
        for (int c = col + 1; c > 0; c = (c - 1) / 26) {
            b.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return b.toString();
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }
}
