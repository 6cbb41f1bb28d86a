package vn.dienhinh.cli;

import java.io.PrintStream;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.util.Messages;

/** {@code demo [--count N]}: loads the demo registry into an empty database. */
final class DemoCommand implements Cli.Command {

    @Override
    public int run(AppContext ctx, Args args, PrintStream out) {
        args.only("demo", "count");
        Integer count = args.integer("count", 1, 1_000_000);
        int n = ctx.demo().load(count == null ? DEFAULT : count);
        out.println(Messages.get("demo.loaded", n, ctx.databaseName()));
        return 0;
    }

    static final int DEFAULT = 300;
}
