package vn.dienhinh.model;

/**
 * What a compaction of the change history did: its lines before and after, and the records whose old
 * changes were merged.
 */
public record HistoryCompaction(long linesBefore, long linesAfter, long records) {

    public long removed() {
        return linesBefore - linesAfter;
    }
}
