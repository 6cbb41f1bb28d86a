package vn.dienhinh.model;

import java.util.List;

/** A registry copied onto another: the target as the user knows it (never a password) and each table as written. */
public record CopyReport(String target, List<CopiedTable> tables) {

    public CopyReport {
        tables = List.copyOf(tables);
    }

    /** The rows of every table together. */
    public long total() {
        return tables.stream().mapToLong(CopiedTable::rows).sum();
    }
}
