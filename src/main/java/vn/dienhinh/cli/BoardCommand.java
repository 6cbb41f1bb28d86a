package vn.dienhinh.cli;

import java.io.PrintStream;
import java.util.List;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.model.Board;
import vn.dienhinh.model.Campaign;
import vn.dienhinh.model.CampaignStatus;
import vn.dienhinh.model.Quarter;
import vn.dienhinh.model.Unit;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/** {@code board --year Y --quarter Q [--campaign ID] [--format table|csv]}: each unit's missing fields. */
final class BoardCommand implements Cli.Command {

    @Override
    public int run(AppContext ctx, Args args, PrintStream out) {
        args.only("board", "year", "quarter", "campaign", "format");
        boolean csv = Format.csv(args);
        Integer year = args.integer("year", 2000, 2100);
        Integer quarter = args.integer("quarter", 1, 4);
        if (year == null || quarter == null) {
            throw new UserException("cli.boardNeeds");
        }
        Campaign c = quotaCampaign(ctx, args.integer("campaign", 1, Integer.MAX_VALUE));
        Board b = ctx.introductions().board(c.id(), new Quarter(year, quarter));
        TextTable t = new TextTable(List.of(Messages.get("col.unit"), Messages.get("board.colSent"),
                Messages.get("board.colRequired"), Messages.get("board.colMissing")));
        for (Unit u : b.units()) {
            int required = b.requiredOf(u.id());
            int missing = b.missingOf(u.id());
            List<String> owed = b.owing().getOrDefault(u, List.of());
            String what = required == 0 ? Messages.get("board.notRequired")
                    : missing == 0 ? Messages.get("board.complete")
                    : b.columns().equals(List.of(Board.ANY_FIELD)) ? Messages.get("board.owesOne")
                    : String.join("; ", owed);
            t.add(List.of(u.name(), String.valueOf(required - missing), String.valueOf(required), what));
        }
        if (!csv) {
            out.println(Messages.get("board.title", c.name(), b.quarter().toString()));
        }
        t.print(out, csv);
        if (!csv) {
            out.println(Messages.get("board.summary", b.owing().size(), b.units().size(), b.totalMissing(),
                    b.totalRequired()));
        }
        return 0;
    }

    /** The campaign named, or the one quota campaign in force (launched first). */
    static Campaign quotaCampaign(AppContext ctx, Integer id) {
        if (id != null) {
            Campaign c = ctx.campaigns().require(id);
            if (c.quotaMode() == vn.dienhinh.model.QuotaMode.NONE) {
                throw new UserException("cli.noQuota", c.name());
            }
            return c;
        }
        List<Campaign> quota = ctx.campaigns().quotaCampaigns();
        return quota.stream().filter(c -> c.status() == CampaignStatus.LAUNCHED).findFirst()
                .or(() -> quota.stream().findFirst())
                .orElseThrow(() -> new UserException("cli.noQuotaCampaign"));
    }
}
