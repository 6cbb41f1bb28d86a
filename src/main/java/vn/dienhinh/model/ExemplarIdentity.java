package vn.dienhinh.model;

/** What tells two exemplars apart for duplicate checks: name, birth year and unit (names as stored). */
public record ExemplarIdentity(long id, String name, Integer birthYear, String unitName) {
}
