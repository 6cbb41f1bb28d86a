package vn.dienhinh.cli;

import java.io.PrintStream;
import vn.dienhinh.context.RegistryMove;
import vn.dienhinh.util.Messages;

/** {@code migrate-to TARGET}: the registry {@code --db} names copied into an empty shared one, or out into a new file. */
final class MigrateCommand {

    private MigrateCommand() {
    }

    static int run(String source, Args args, PrintStream out) {
        if (args.positional().size() != 1) {
            out.println(Messages.get("cli.migrate.needsTarget"));
            return 2;
        }
        String target = args.positional().get(0);
        var tables = RegistryMove.copy(source, target, t -> out.println(Messages.get("cli.migrate.table", t.name(),
                t.source())));
        long rows = tables.stream().mapToLong(t -> t.target()).sum();
        out.println(Messages.get("cli.migrate.done", display(source), display(target), tables.size(), rows));
        return 0;
    }

    /** A server's address without what may follow "?" (a password). */
    private static String display(String target) {
        int q = target.indexOf('?');
        return q < 0 ? target : target.substring(0, q);
    }
}
