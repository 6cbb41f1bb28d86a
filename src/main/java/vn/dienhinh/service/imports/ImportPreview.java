package vn.dienhinh.service.imports;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.dienhinh.imports.ImportProblem;
import vn.dienhinh.imports.Layout;
import vn.dienhinh.imports.RawSheet;
import vn.dienhinh.model.ExemplarKind;

/**
 * Everything the officer checks before anything is written: the sheet read, the header found and the
 * column mapping (correctable), each row as it will be stored, the problems by row and column, and
 * the units not yet in the catalogue.
 *
 * @param sheets     every worksheet of the file (read once; choosing another re-reads nothing)
 * @param candidates the names of the worksheets in which a list was found
 */
public record ImportPreview(Path file, List<RawSheet> sheets, List<String> candidates, RawSheet sheet, Layout layout,
                            List<PreviewRow> rows, List<ImportProblem> problems, List<NewUnit> newUnits) {

    /** A unit the list names that the catalogue does not have, with the number of rows naming it. */
    public record NewUnit(String name, int rows) {
    }

    public ImportPreview {
        sheets = List.copyOf(sheets);
        candidates = List.copyOf(candidates);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        newUnits = List.copyOf(newUnits);
    }

    public String sheetName() {
        return sheet.name();
    }

    /** True for a row that the options let through. */
    public static boolean accepted(PreviewRow r, ImportOptions o) {
        return r.verdict() == PreviewRow.Verdict.OK || r.verdict() == PreviewRow.Verdict.WARNING
                || r.verdict() == PreviewRow.Verdict.DUPLICATE && o.includeDuplicates();
    }

    public long acceptedCount(ImportOptions o) {
        return rows.stream().filter(r -> accepted(r, o)).count();
    }

    public long count(PreviewRow.Verdict v) {
        return rows.stream().filter(r -> r.verdict() == v).count();
    }

    /** Rows the options let through, by kind, in the order of the kinds. */
    public Map<ExemplarKind, Long> acceptedByKind(ImportOptions o) {
        Map<ExemplarKind, Long> out = new EnumMap<>(ExemplarKind.class);
        for (ExemplarKind k : ExemplarKind.values()) {
            out.put(k, rows.stream().filter(r -> accepted(r, o) && r.draft().kind() == k).count());
        }
        return out;
    }
}
