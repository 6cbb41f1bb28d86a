package vn.dienhinh.model;

import java.time.LocalDate;

/** One line of the exemplar list: what the table shows, read without the full record. */
public record ExemplarRow(long id, ExemplarKind kind, String name, Integer birthYear, String unitName,
                          String fields, ExemplarStatus status, LocalDate foundOn, String summary) {
}
