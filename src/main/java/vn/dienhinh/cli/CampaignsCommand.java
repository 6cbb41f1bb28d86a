package vn.dienhinh.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.model.Campaign;
import vn.dienhinh.service.CampaignService;
import vn.dienhinh.util.Messages;

/** {@code campaigns [--format table|csv]}: campaigns, id first, with their progress against each phase's targets. */
final class CampaignsCommand implements Cli.Command {

    @Override
    public int run(AppContext ctx, Args args, PrintStream out) {
        args.only("campaigns", "format");
        boolean csv = Format.csv(args);
        TextTable t = new TextTable(List.of(Messages.get("col.id"), Messages.get("campaign.colName"),
                Messages.get("campaign.colKind"), Messages.get("campaign.colPeriod"), Messages.get("col.status"),
                Messages.get("campaign.colProgress")));
        for (Campaign c : ctx.campaigns().all()) {
            String period = c.yearFrom() == null ? "" : c.yearFrom().equals(c.yearTo()) || c.yearTo() == null
                    ? String.valueOf(c.yearFrom()) : c.yearFrom() + " - " + c.yearTo();
            String progress = ctx.campaigns().progress(c.id()).stream().map(CampaignService::describe)
                    .collect(Collectors.joining(" | "));
            t.add(List.of(String.valueOf(c.id()), c.name(), Messages.of(c.kind()), period, Messages.of(c.status()),
                    progress));
        }
        t.print(out, csv);
        return 0;
    }
}
