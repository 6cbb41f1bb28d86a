package vn.dienhinh.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.util.UserException;

/**
 * {@code dossier --nomination ID --out DIR [--number N] [--date D]}: writes the nomination's dossier files and
 * prints their paths; the settings still missing are said on stderr, their places left blank in the papers.
 */
final class DossierCommand implements Cli.Command {

    private final PrintStream err;

    DossierCommand(PrintStream err) {
        this.err = err;
    }

    @Override
    public int run(AppContext ctx, Args args, PrintStream out) {
        args.only("dossier", "nomination", "out", "number", "date");
        Integer id = args.integer("nomination", 1, Integer.MAX_VALUE);
        String dir = args.get("out");
        if (id == null || dir == null) {
            throw new UserException("cli.dossierNeeds");
        }
        Path folder = Path.of(dir);
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UserException("cli.badFolder", folder);
        }
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new UserException(e, "cli.badFolder", folder);
        }
        if (!ctx.office().isComplete()) {
            err.println(vn.dienhinh.util.Messages.get("cli.profileIncomplete"));
        }
        ctx.dossiers().missing(id).forEach(err::println);
        vn.dienhinh.model.Nomination n = ctx.nominations().require(id);
        vn.dienhinh.report.DocumentMeta meta = ReportCommand.meta(ctx, args,
                new vn.dienhinh.report.DocumentMeta(n.docNumber(), ctx.registry().today(), false));
        ctx.dossiers().export(id, meta, folder).forEach(p -> out.println(p.toAbsolutePath()));
        return 0;
    }
}
