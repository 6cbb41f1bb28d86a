package vn.dienhinh.imports;

/**
 * A problem found in one row of the list.
 *
 * @param row      the row number as Excel shows it (1-based)
 * @param column   the column as "C (Năm sinh)", or empty when the whole row is meant
 * @param severity ERROR: the row is not imported; DUPLICATE: not imported unless the user asks;
 *                 WARNING: imported, with the value noted
 * @param message  one Vietnamese sentence
 */
public record ImportProblem(int row, String column, Severity severity, String message) {

    /** How the problem affects the row. */
    public enum Severity { ERROR, DUPLICATE, WARNING }
}
