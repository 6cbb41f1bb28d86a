package vn.dienhinh.model;

import java.util.Map;

/** Registry counts: total, by kind, by status, by field (field name to count, catalogue order). */
public record Stats(long exemplars, Map<ExemplarKind, Long> byKind, Map<ExemplarStatus, Long> byStatus,
                    Map<String, Long> byField, long units, long fields, long deeds) {
}
