package vn.dienhinh.imports;

import java.util.List;
import vn.dienhinh.model.Exemplar;

/**
 * A row of the list read into an exemplar, before its unit is looked up: the draft (no unit yet), the
 * unit as the list writes it and the column it came from, and the problems found in the row.
 */
public record ParsedRow(int rowNumber, Exemplar draft, String unitText, String unitColumn,
                        List<ImportProblem> problems) {

    public ParsedRow {
        problems = List.copyOf(problems);
    }

    /** True when the row cannot be imported (no name, an impossible birth year …). */
    public boolean error() {
        return problems.stream().anyMatch(p -> p.severity() == ImportProblem.Severity.ERROR);
    }
}
