package vn.dienhinh.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.imports.ImportProblem;
import vn.dienhinh.imports.Layout;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.service.Dates;
import vn.dienhinh.service.imports.ImportOptions;
import vn.dienhinh.service.imports.ImportPreview;
import vn.dienhinh.service.imports.ImportResult;
import vn.dienhinh.service.imports.ImportService;
import vn.dienhinh.service.imports.PreviewRow;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.Progress;
import vn.dienhinh.util.UserException;

/**
 * {@code import FILE.xlsx [--sheet NAME] [--header-row N] [--dry-run] [--no-new-units] [--with-duplicates]}:
 * prints what the list holds (the header and columns found, the rows by kind, the problems by row)
 * and, unless it is a dry run, writes every accepted row in one transaction.
 */
final class ImportCommand implements Cli.Command {

    @Override
    public int run(AppContext ctx, Args args, PrintStream out) {
        args.only("import", "sheet", "dry-run", "header-row", "no-new-units", "with-duplicates");
        boolean dryRun = args.flag("dry-run");
        boolean noNewUnits = args.flag("no-new-units");
        boolean withDuplicates = args.flag("with-duplicates");
        if (args.positional().size() != 1) {
            throw new UserException("cli.importNeedsFile");
        }
        Path file = Path.of(args.positional().get(0));
        ImportService imports = ctx.imports();
        ImportPreview p = imports.preview(file, args.get("sheet"), Progress.NONE);
        Integer headerRow = args.integer("header-row", 1, 1_048_576);
        if (headerRow != null) {
            p = imports.withHeaderRow(p, headerRow, Progress.NONE);
        }
        if (args.get("sheet") == null && p.candidates().size() > 1 && !dryRun) {
            throw new UserException("cli.importSeveralSheets", String.join(", ", p.candidates()));
        }
        printLayout(p, out);
        printRows(p, out);
        printProblems(p, out);
        ImportOptions options = new ImportOptions(noNewUnits ? Set.of() : ImportOptions.defaults(p).newUnits(),
                withDuplicates);
        if (!p.newUnits().isEmpty()) {
            out.println(Messages.get(noNewUnits ? "cli.importUnitsKept" : "cli.importUnitsNew",
                    p.newUnits().stream().map(u -> Messages.get("cli.importUnit", u.name(), u.rows()))
                            .collect(Collectors.joining("; "))));
        }
        long accepted = p.acceptedCount(options);
        out.println(Messages.get("cli.importSummary", accepted, p.rows().size(), kinds(p.acceptedByKind(options)),
                p.count(PreviewRow.Verdict.ERROR), options.includeDuplicates() ? 0 : p.count(PreviewRow.Verdict.DUPLICATE)));
        if (dryRun) {
            out.println(Messages.get("cli.importDryRun"));
            return 0;
        }
        if (accepted == 0) {
            out.println(Messages.get("cli.importNothing"));
            return 0;
        }
        ImportResult r = imports.commit(p, options, Progress.NONE);
        Map<ExemplarKind, Long> done = new EnumMap<>(ExemplarKind.class);
        r.byKind().forEach((k, n) -> done.put(k, (long) n));
        out.println(r.unitsCreated().isEmpty()
                ? Messages.get("cli.importDoneNoUnits", r.imported(), kinds(done), ctx.databaseName())
                : Messages.get("cli.importDone", r.imported(), kinds(done), r.unitsCreated().size(), ctx.databaseName()));
        return 0;
    }

    private static void printLayout(ImportPreview p, PrintStream out) {
        out.println(Messages.get("cli.importFile", p.file().toAbsolutePath(), p.sheetName()));
        if (p.candidates().size() > 1) {
            out.println(Messages.get("cli.importOtherSheets", String.join(", ", p.candidates())));
        }
        Layout l = p.layout();
        out.println(Messages.get("cli.importHeader", l.headerRowNumber(), l.headerRows(), l.dataStart() + 1));
        out.println(Messages.get("cli.importColumns"));
        for (Layout.Column c : l.columns()) {
            out.println("  " + c.letter() + "  " + (c.title().isBlank() ? "—" : c.title()) + " → "
                    + Messages.get("import.target." + c.target().name()));
        }
    }

    private static void printRows(ImportPreview p, PrintStream out) {
        for (ExemplarKind k : ExemplarKind.values()) {
            List<PreviewRow> rows = p.rows().stream().filter(r -> r.draft().kind() == k).toList();
            if (rows.isEmpty()) {
                continue;
            }
            out.println();
            out.println(Messages.get("cli.importKind", Messages.of(k), rows.size()));
            TextTable t = new TextTable(List.of(Messages.get("cli.importRow"), Messages.get("col.name"),
                    Messages.get("col.birthYear"), Messages.get("form.gender"), Messages.get("col.unit"),
                    Messages.get("col.fields"), Messages.get("cli.importVerdict")));
            for (PreviewRow r : rows) {
                Exemplar e = r.draft();
                String birth = e.birthDate() != null ? Dates.format(e.birthDate())
                        : e.birthYear() == null ? "" : String.valueOf(e.birthYear());
                t.add(List.of(String.valueOf(r.rowNumber()), nz(e.name()), birth,
                        e.gender() == null ? "" : Messages.of(e.gender()),
                        r.unitName() == null ? "" : r.unitName() + (r.newUnit() ? " *" : ""), r.fieldNames(),
                        Messages.get("import.verdict." + r.verdict().name())));
            }
            t.print(out, false);
        }
        out.println();
    }

    private static void printProblems(ImportPreview p, PrintStream out) {
        if (p.problems().isEmpty()) {
            out.println(Messages.get("cli.importNoProblems"));
            return;
        }
        out.println(Messages.get("cli.importProblems", p.problems().size()));
        for (ImportProblem x : p.problems()) {
            out.println("  " + (x.column().isBlank() ? Messages.get("cli.importAtRow", x.row())
                    : Messages.get("cli.importAtCell", x.row(), x.column())) + ": " + x.message());
        }
    }

    private static String kinds(Map<ExemplarKind, Long> byKind) {
        return byKind.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + Messages.get("campaign.kindLower." + e.getKey().name()))
                .collect(Collectors.joining(", "));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
