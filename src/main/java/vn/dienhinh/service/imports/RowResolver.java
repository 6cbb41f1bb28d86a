package vn.dienhinh.service.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.dienhinh.imports.FieldMatcher;
import vn.dienhinh.imports.ImportProblem;
import vn.dienhinh.imports.ParsedRow;
import vn.dienhinh.imports.UnitMatcher;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarIdentity;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.Unit;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.VietnameseText;

/**
 * Turns parsed rows into preview rows against the registry: looks up each unit (noting new ones),
 * and marks duplicates, within the file (the first occurrence is kept) and of exemplars already
 * registered: same name ignoring diacritics, same birth year, same unit.
 */
final class RowResolver {

    private final UnitMatcher units;
    private final FieldMatcher fields;
    private final Map<String, ExemplarIdentity> registered = new HashMap<>();

    RowResolver(List<Unit> units, FieldMatcher fields, List<ExemplarIdentity> identities) {
        this.units = new UnitMatcher(units);
        this.fields = fields;
        // a registry has a hundred thousand exemplars in a few hundred units: each unit's key is made once
        Map<String, String> unitKeys = new HashMap<>();
        for (ExemplarIdentity i : identities) {
            String unitKey = i.unitName() == null ? "" : unitKeys.computeIfAbsent(i.unitName(), UnitMatcher::key);
            registered.putIfAbsent(nameAndYear(i.name(), i.birthYear()) + unitKey, i);
        }
    }

    /** The rows, the problems (the parser's, the rows' and those found here), the new units. */
    record Resolved(List<PreviewRow> rows, List<ImportProblem> problems, List<ImportPreview.NewUnit> newUnits) {
    }

    Resolved resolve(List<ParsedRow> parsed, List<ImportProblem> notes) {
        List<PreviewRow> rows = new ArrayList<>(parsed.size());
        List<ImportProblem> problems = new ArrayList<>(notes);
        Map<String, String> newNames = new LinkedHashMap<>();
        Map<String, Integer> newCounts = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (ParsedRow p : parsed) {
            List<ImportProblem> own = new ArrayList<>(p.problems());
            Exemplar e = p.draft();
            String unitName = null;
            boolean isNew = false;
            if (p.unitText() != null && !p.unitText().isBlank()) {
                List<Unit> found = units.match(p.unitText());
                if (found.isEmpty()) {
                    unitName = VietnameseText.clean(p.unitText());
                    isNew = true;
                    // "P. Bến Nghé" and "Phường Bến Nghé" are one new unit, named as first written
                    String fold = UnitMatcher.key(unitName);
                    newNames.putIfAbsent(fold, unitName);
                    unitName = newNames.get(fold);
                    newCounts.merge(fold, 1, Integer::sum);
                    own.add(warning(p, "import.problem.unknownUnit", unitName));
                } else {
                    Unit u = found.get(0);
                    unitName = u.name();
                    e = e.toBuilder().unitId(u.id()).build();
                    if (found.size() > 1) {
                        own.add(warning(p, "import.problem.ambiguousUnit", p.unitText(), u.name()));
                    }
                }
            }
            PreviewRow.Verdict verdict = p.error() ? PreviewRow.Verdict.ERROR
                    : own.stream().anyMatch(x -> x.severity() == ImportProblem.Severity.WARNING)
                    ? PreviewRow.Verdict.WARNING : PreviewRow.Verdict.OK;
            if (!p.error()) {
                String key = key(e.name(), birthYearForKey(e), unitName);
                Integer earlier = seen.putIfAbsent(key, p.rowNumber());
                ExemplarIdentity inRegistry = registered.get(key);
                if (earlier != null) {
                    own.add(duplicate(p, Messages.get("import.problem.duplicateInFile", earlier)));
                    verdict = PreviewRow.Verdict.DUPLICATE;
                } else if (inRegistry != null) {
                    own.add(duplicate(p, Messages.get("import.problem.duplicateInRegistry", inRegistry.name(),
                            inRegistry.id())));
                    verdict = PreviewRow.Verdict.DUPLICATE;
                }
            }
            problems.addAll(own);
            rows.add(new PreviewRow(p.rowNumber(), e, unitName, isNew, fieldNames(e), verdict));
        }
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::row));
        List<ImportPreview.NewUnit> newUnits = newNames.entrySet().stream()
                .map(x -> new ImportPreview.NewUnit(x.getValue(), newCounts.get(x.getKey())))
                .collect(Collectors.toList());
        return new Resolved(rows, problems, newUnits);
    }

    private String fieldNames(Exemplar e) {
        return e.fieldIds().stream().map(fields::name).collect(Collectors.joining("; "));
    }

    private static Integer birthYearForKey(Exemplar e) {
        return e.kind() == ExemplarKind.COLLECTIVE ? null : e.birthYear();
    }

    /** Same name ignoring case and diacritics, same birth year, same unit. */
    static String key(String name, Integer birthYear, String unitName) {
        return nameAndYear(name, birthYear) + (unitName == null ? "" : UnitMatcher.key(unitName));
    }

    private static String nameAndYear(String name, Integer birthYear) {
        return VietnameseText.fold(VietnameseText.clean(name)) + "|" + (birthYear == null ? "" : birthYear) + "|";
    }

    private static ImportProblem warning(ParsedRow p, String key, Object... args) {
        return new ImportProblem(p.rowNumber(), p.unitColumn(), ImportProblem.Severity.WARNING, Messages.get(key, args));
    }

    private static ImportProblem duplicate(ParsedRow p, String message) {
        return new ImportProblem(p.rowNumber(), "", ImportProblem.Severity.DUPLICATE, message);
    }
}
