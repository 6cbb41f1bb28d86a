package vn.dienhinh.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.Quarter;
import vn.dienhinh.util.UserException;

/**
 * {@code export exemplars --out FILE.xlsx [--search TEXT] [--kind K] [--field F]} and
 * {@code export introductions --year Y [--quarter Q] --out FILE.xlsx}: printable Excel lists. Prints the path.
 */
final class ExportCommand implements Cli.Command {

    @Override
    public int run(AppContext ctx, Args args, PrintStream out) {
        String what = args.positional().isEmpty() ? "" : args.positional().get(0);
        Path target;
        switch (what) {
            case "exemplars":
                args.only("export exemplars", "out", "search", "kind", "field");
                target = xlsx(args);
                ctx.lists().exemplars(filter(ctx, args), target);
                break;
            case "introductions":
                args.only("export introductions", "out", "year", "quarter");
                Integer year = args.integer("year", 2000, 2100);
                Integer quarter = args.integer("quarter", 1, 4);
                if (year == null) {
                    throw new UserException("cli.introductionsNeed");
                }
                target = xlsx(args);
                Quarter from = new Quarter(year, quarter == null ? 1 : quarter);
                ctx.lists().introductions(from, quarter == null ? new Quarter(year, 4) : from, target);
                break;
            default:
                throw new UserException("cli.exportWhat", what);
        }
        out.println(target.toAbsolutePath().normalize());
        return 0;
    }

    private static Path xlsx(Args args) {
        String file = args.get("out");
        if (file == null) {
            throw new UserException("cli.outNeeded");
        }
        if (!file.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new UserException("cli.needsXlsx", file);
        }
        Path target = Path.of(file);
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            ReportCommand.folder(parent.toString());
        }
        return target;
    }

    private static ExemplarFilter filter(AppContext ctx, Args args) {
        ExemplarFilter f = ExemplarFilter.ALL.withSearch(args.get("search"));
        String kind = args.get("kind");
        if (kind != null) {
            f = f.withKind(Arrays.stream(ExemplarKind.values()).filter(k -> k.cliName().equals(kind.strip()))
                    .findFirst().orElseThrow(() -> new UserException("cli.badKind", kind)));
        }
        String field = args.get("field");
        if (field != null) {
            f = f.withField(ListCommand.findField(ctx, field).id());
        }
        return f;
    }
}
