package vn.dienhinh.model;

/** Told as a copy of the registry goes on: {@code done} of the {@code total} rows of {@code table} are written. */
@FunctionalInterface
public interface CopyProgress {

    CopyProgress NONE = (table, done, total) -> { };

    void copied(String table, long done, long total);
}
