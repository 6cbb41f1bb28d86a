package vn.dienhinh.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.service.EligibilityService;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/** {@code import-results FILE.xlsx [--dry-run]}: the yearly results (rating, initiatives) from a workbook. */
final class ImportResultsCommand implements Cli.Command {

    @Override
    public int run(AppContext ctx, Args args, PrintStream out) {
        args.only("import-results", "dry-run");
        boolean dry = args.flag("dry-run");
        if (args.positional().size() != 1) {
            throw new UserException("cli.usageLine", Messages.get("cli.usage.importResults").strip());
        }
        Path file = Path.of(args.positional().get(0));
        if (!Files.isRegularFile(file)) {
            throw new UserException("import.file.missing", file);
        }
        EligibilityService.ResultImport r = ctx.eligibility().importResults(file, dry);
        r.problems().forEach(out::println);
        out.println(dry ? Messages.get("results.import.dry", r.valid(), file.getFileName(), r.problems().size())
                : Messages.get("results.import.done", r.written(), file.getFileName(), r.problems().size()));
        return r.problems().isEmpty() ? 0 : 1;
    }
}
