package vn.dienhinh.service.imports;

import vn.dienhinh.model.Exemplar;

/**
 * A row of the list as it will be stored: the exemplar (with its unit's id when the unit is in the
 * catalogue), the unit's name as shown, whether that unit is new, the fields' names, and the verdict.
 */
public record PreviewRow(int rowNumber, Exemplar draft, String unitName, boolean newUnit, String fieldNames,
                         Verdict verdict) {

    /** What happens to the row on import. */
    public enum Verdict {
        /** Imported as it is. */
        OK,
        /** Imported; a value is noted (see the problems). */
        WARNING,
        /** The same exemplar is in the file above or already in the registry: skipped unless asked for. */
        DUPLICATE,
        /** Cannot be imported (no name, an impossible birth year …). */
        ERROR
    }
}
