package vn.dienhinh.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.service.ChangeHistoryService;
import vn.dienhinh.service.Dates;
import vn.dienhinh.util.UserException;

/**
 * {@code history compact [--before D]}: each record's changes made before the day (default: a year
 * ago) become one line from the first value to the last; creations, deletions and later changes stay.
 */
final class HistoryCommand implements Cli.Command {

    @Override
    public int run(AppContext ctx, Args args, PrintStream out) {
        args.only("history compact", "before");
        if (args.positional().size() != 1 || !args.positional().get(0).equals("compact")) {
            throw new UserException("cli.historyNeeds");
        }
        LocalDate today = LocalDate.now(ctx.clock());
        LocalDate before = args.get("before") == null ? today.minusYears(1) : ReportCommand.date(args.get("before"));
        if (before.isAfter(today.plusDays(1))) {
            throw new UserException("cli.historyFuture", Dates.format(before));
        }
        ChangeHistoryService.CompactionReport r = ctx.history().compactBefore(before);
        out.println(ChangeHistoryService.message(r));
        return 0;
    }
}
