package vn.dienhinh.service.imports;

import java.util.Set;

/**
 * The user's choices in the preview: which new units to add to the catalogue (rows of the others are
 * imported without a unit, its name kept in the note), and whether duplicates are imported anyway.
 */
public record ImportOptions(Set<String> newUnits, boolean includeDuplicates) {

    public ImportOptions {
        newUnits = Set.copyOf(newUnits);
    }

    /** Every new unit added, duplicates skipped. */
    public static ImportOptions defaults(ImportPreview p) {
        return new ImportOptions(Set.copyOf(p.newUnits().stream().map(ImportPreview.NewUnit::name).toList()), false);
    }
}
