package vn.dienhinh.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.util.UserException;

/** {@code dossier --nomination ID --out DIR}: writes the nomination's dossier files and prints their paths. */
final class DossierCommand implements Cli.Command {

    private final PrintStream err;

    DossierCommand(PrintStream err) {
        this.err = err;
    }

    @Override
    public int run(AppContext ctx, Args args, PrintStream out) {
        args.only("dossier", "nomination", "out");
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
        ctx.dossiers().export(id, folder).forEach(p -> out.println(p.toAbsolutePath()));
        return 0;
    }
}
