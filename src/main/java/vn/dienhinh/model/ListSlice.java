package vn.dienhinh.model;

import java.util.List;

/** How many rows a list has in all, and the first of them. */
public record ListSlice<T>(long total, List<T> rows) {

    public ListSlice {
        rows = List.copyOf(rows);
    }
}
