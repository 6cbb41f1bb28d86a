package vn.dienhinh.cli;

import java.io.PrintStream;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.model.CopiedTable;
import vn.dienhinh.model.CopyReport;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/**
 * {@code migrate-to TARGET}: copies the whole registry ({@code --db}, or the default file) onto an empty one, all
 * or nothing: a workstation's file onto the office's shared registry ({@code jdbc:postgresql://…}), or the
 * shared registry out into a new file. Prints each table's rows and the total; progress on large tables.
 */
final class MigrateCommand implements Cli.Command {

    @Override
    public int run(AppContext ctx, Args args, PrintStream out) {
        args.only("migrate-to");
        if (args.positional().size() != 1) {
            throw new UserException("cli.migrateNeedsTarget");
        }
        String target = args.positional().get(0);
        out.println(Messages.get("cli.migrateStart", ctx.databaseName()));
        CopyReport r = ctx.moves().copyTo(target, (table, done, total) ->
                out.println(Messages.get("cli.migrateProgress", CopiedTable.labelOf(table), number(done), number(total))));
        out.println(Messages.get("cli.migrateTables", r.target()));
        for (CopiedTable t : r.tables()) {
            out.println(Messages.get("cli.migrateTable", t.label(), t.table(), number(t.rows())));
        }
        out.println(Messages.get("cli.migrateDone", number(r.total()), r.tables().size(), r.target()));
        return 0;
    }

    /** 100000 as 100.000, as Vietnamese write it. */
    private static String number(long n) {
        return String.format(Messages.LOCALE, "%,d", n);
    }
}
