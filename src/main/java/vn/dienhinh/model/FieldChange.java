package vn.dienhinh.model;

/**
 * One attribute changed by one change of a record: its column name ({@code name}, {@code unit},
 * {@code birth_year} …) and the values before and after, as stored (null: empty).
 */
public record FieldChange(String field, String before, String after) {
}
