package vn.dienhinh.cli;

import java.io.PrintStream;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.model.Stats;
import vn.dienhinh.util.Messages;

/** {@code stats}: counts of the registry, by kind, by status and by field. */
final class StatsCommand implements Cli.Command {

    @Override
    public int run(AppContext ctx, Args args, PrintStream out) {
        args.only("stats");
        Stats s = ctx.stats().stats();
        out.println(Messages.get("stats.database", ctx.databaseName()));
        out.println(Messages.get("stats.total", s.exemplars(), s.units(), s.fields(), s.deeds()));
        out.println(Messages.get("stats.byKind"));
        s.byKind().forEach((k, n) -> out.println("  " + Messages.of(k) + ": " + n));
        out.println(Messages.get("stats.byStatus"));
        s.byStatus().forEach((k, n) -> out.println("  " + Messages.of(k) + ": " + n));
        out.println(Messages.get("stats.byField"));
        s.byField().forEach((k, n) -> out.println("  " + k + ": " + n));
        return 0;
    }
}
