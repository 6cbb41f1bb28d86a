package vn.dienhinh.model;

import java.time.LocalDate;

/** One dated, concrete act or result of an exemplar (việc tốt, thành tích). */
public record Deed(Long id, long exemplarId, LocalDate date, String title, String description) {
}
