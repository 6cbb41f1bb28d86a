package vn.dienhinh.service.imports;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dienhinh.imports.FieldMatcher;
import vn.dienhinh.imports.HeaderDetector;
import vn.dienhinh.imports.Layout;
import vn.dienhinh.imports.ParsedRow;
import vn.dienhinh.imports.RawSheet;
import vn.dienhinh.imports.RowReader;
import vn.dienhinh.imports.SheetParser;
import vn.dienhinh.imports.SourceRow;
import vn.dienhinh.imports.UnitMatcher;
import vn.dienhinh.imports.XlsxReader;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarImport;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.StatusChange;
import vn.dienhinh.model.Unit;
import vn.dienhinh.store.CatalogRepository;
import vn.dienhinh.store.ExemplarRepository;
import vn.dienhinh.store.ImportRepository;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.Progress;
import vn.dienhinh.util.UserException;
import vn.dienhinh.util.VietnameseText;

/**
 * Importing the officer's Excel lists: read the workbook (streamed), find the list in it, show what
 * will be stored and what is wrong, and only on confirmation write every accepted row, with the new
 * units, in one transaction; a failure or a cancel leaves the registry as it was.
 */
public final class ImportService {

    private final CatalogRepository catalog;
    private final ExemplarRepository exemplars;
    private final ImportRepository registry;
    private final Clock clock;
    private final XlsxReader reader = new XlsxReader();
    private final HeaderDetector detector = new HeaderDetector();

    public ImportService(CatalogRepository catalog, ExemplarRepository exemplars, ImportRepository registry,
                         Clock clock) {
        this.catalog = catalog;
        this.exemplars = exemplars;
        this.registry = registry;
        this.clock = clock;
    }

    /**
     * Reads the file and previews the list on the sheet named {@code sheet} (case and diacritics
     * ignored), or on the first sheet holding a list when {@code sheet} is null. Writes nothing.
     */
    public ImportPreview preview(Path file, String sheet, Progress progress) {
        checkOffice();
        List<RawSheet> sheets = reader.readAll(file, progress);
        List<String> candidates = new ArrayList<>();
        RawSheet best = null;
        int bestScore = 0;
        for (RawSheet s : sheets) {
            int score = detector.score(s);
            if (score > 0) {
                candidates.add(s.name());
            }
            if (score > bestScore) {
                best = s;
                bestScore = score;
            }
        }
        RawSheet chosen;
        if (sheet != null) {
            chosen = sheets.stream().filter(s -> fold(s.name()).equals(fold(sheet))).findFirst()
                    .orElseThrow(() -> new UserException("import.sheet.notFound", sheet,
                            String.join(", ", sheets.stream().map(RawSheet::name).toList())));
        } else if (best != null) {
            chosen = best; // the sheet that reads most like a list of exemplars (not a table of figures)
        } else {
            chosen = sheets.stream().filter(s -> !s.isEmpty()).findFirst().orElse(sheets.get(0));
        }
        return onSheet(file, sheets, candidates, chosen, progress);
    }

    /** The same file previewed on another of its sheets. */
    public ImportPreview withSheet(ImportPreview p, String sheet, Progress progress) {
        RawSheet chosen = p.sheets().stream().filter(s -> s.name().equals(sheet)).findFirst()
                .orElseThrow(() -> new UserException("import.sheet.notFound", sheet, String.join(", ", p.candidates())));
        return onSheet(p.file(), p.sheets(), p.candidates(), chosen, progress);
    }

    /** The preview with the header at another row (1-based, as Excel numbers rows). */
    public ImportPreview withHeaderRow(ImportPreview p, int rowNumber, Progress progress) {
        Layout layout = detector.layoutAt(p.sheet(), Math.max(0, rowNumber - 1));
        return build(p.file(), p.sheets(), p.candidates(), p.sheet(), layout, progress);
    }

    /** The preview with the user's corrected column mapping. */
    public ImportPreview withLayout(ImportPreview p, Layout layout, Progress progress) {
        return build(p.file(), p.sheets(), p.candidates(), p.sheet(), layout, progress);
    }

    private ImportPreview onSheet(Path file, List<RawSheet> sheets, List<String> candidates, RawSheet chosen,
                                  Progress progress) {
        if (chosen.isEmpty()) {
            throw new UserException("import.sheet.empty", chosen.name(), file.getFileName());
        }
        Optional<Layout> layout = detector.detect(chosen);
        if (layout.isEmpty()) {
            throw new UserException("import.sheet.noHeader", chosen.name());
        }
        return build(file, sheets, candidates, chosen, layout.get(), progress);
    }

    private ImportPreview build(Path file, List<RawSheet> sheets, List<String> candidates, RawSheet sheet,
                                Layout layout, Progress progress) {
        FieldMatcher fields = new FieldMatcher(catalog.fields());
        List<Unit> units = catalog.units();
        SheetParser.Result parsed = new SheetParser(fields, new UnitMatcher(units)).parse(sheet, layout, progress);
        RowReader rows = new RowReader(layout, fields, LocalDate.now(clock));
        List<ParsedRow> read = new ArrayList<>(parsed.rows().size());
        for (SourceRow r : parsed.rows()) {
            read.add(rows.read(r));
        }
        RowResolver.Resolved resolved = new RowResolver(units, fields, registry.identities())
                .resolve(read, parsed.notes());
        return new ImportPreview(file, sheets, candidates, sheet, layout, resolved.rows(), resolved.problems(),
                resolved.newUnits());
    }

    /**
     * Writes the accepted rows and the chosen new units in one transaction: all of them, or, on any
     * failure or a cancel, none.
     */
    public ImportResult commit(ImportPreview p, ImportOptions options, Progress progress) {
        checkOffice();
        List<PreviewRow> accepted = p.rows().stream().filter(r -> ImportPreview.accepted(r, options)).toList();
        LocalDate today = LocalDate.now(clock);
        String reason = Messages.get("import.historyReason", p.file().getFileName());
        return exemplars.bulkLoad(w -> {
            Map<String, Long> created = new HashMap<>();
            List<String> createdNames = new ArrayList<>();
            for (ImportPreview.NewUnit nu : p.newUnits()) {
                if (options.newUnits().contains(nu.name())) {
                    created.put(fold(nu.name()), w.unit(Unit.named(nu.name(), null)).id());
                    createdNames.add(nu.name());
                }
            }
            Map<ExemplarKind, Integer> byKind = new EnumMap<>(ExemplarKind.class);
            int done = 0;
            for (PreviewRow r : accepted) {
                Exemplar e = r.draft();
                if (r.newUnit()) {
                    Long id = created.get(fold(r.unitName()));
                    e = id != null ? e.toBuilder().unitId(id).build() : e.toBuilder().note(join(e.note(),
                            Messages.get("import.unitInNote", r.unitName()))).build();
                }
                LocalDate on = e.foundOn() != null ? e.foundOn() : today;
                w.add(new ExemplarImport(e, List.of(new StatusChange(null, 0, null, e.status(), on, reason)), null,
                        null));
                byKind.merge(e.kind(), 1, Integer::sum);
                if (++done % 250 == 0) {
                    progress.checkCancelled();
                    progress.update(done, accepted.size());
                }
            }
            progress.checkCancelled();
            progress.update(accepted.size(), accepted.size());
            return new ImportResult(done, byKind, createdNames, p.rows().size() - done);
        });
    }

    private static String join(String note, String more) {
        return note == null || note.isBlank() ? more : note + "; " + more;
    }

    private static String fold(String s) {
        return VietnameseText.fold(VietnameseText.clean(s));
    }

    /**
     * A list from Excel may hold exemplars of any unit, and its rows are checked against the whole registry:
     * for the office's officer (and a workstation's one officer) only, not for a unit's clerk.
     */
    private void checkOffice() {
        if (!exemplars.officer().seesAll()) {
            throw new UserException("scope.importOffice", exemplars.officer().login());
        }
    }
}
