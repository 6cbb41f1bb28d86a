package vn.dienhinh.imports;

import vn.dienhinh.model.ExemplarKind;

/**
 * One exemplar's row of the list, before its values are read: the cells in the order of the layout's
 * columns (a value carried down a merged region included; text of continuation rows appended), and
 * what the section rows above it said.
 *
 * @param row          0-based row index in the sheet
 * @param sectionKind  the kind set by the last section row ("I. CÁ NHÂN"), or null
 * @param sectionUnit  the unit named by a section row ("1. Phường Bến Nghé"), or null
 * @param sectionField the field named by a section row ("Lĩnh vực Y tế"), or null
 */
public record SourceRow(int row, SheetCell[] cells, String[] texts, ExemplarKind sectionKind, String sectionUnit,
                        Long sectionField) {

    /** 1-based, as Excel shows it. */
    public int rowNumber() {
        return row + 1;
    }
}
