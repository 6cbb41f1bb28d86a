package vn.dienhinh.model;

import java.time.LocalDate;

/** One step of an exemplar's lifecycle, with the reason given. {@code from} is null for the first. */
public record StatusChange(Long id, long exemplarId, ExemplarStatus from, ExemplarStatus to, LocalDate date,
                           String reason) {
}
