package vn.dienhinh.model;

import java.time.LocalDate;

/** A unit or field in a campaign's quota, counted from {@code from} (null: from the start). */
public record ScopeEntry(long id, LocalDate from) {
}
