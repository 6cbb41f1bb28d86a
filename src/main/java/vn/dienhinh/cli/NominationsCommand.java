package vn.dienhinh.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.AwardLevel;
import vn.dienhinh.model.Nomination;
import vn.dienhinh.service.Dates;
import vn.dienhinh.util.Messages;

/** {@code nominations [--format table|csv]}: the nominations, id first, with form, level, unit, state. */
final class NominationsCommand implements Cli.Command {

    @Override
    public int run(AppContext ctx, Args args, PrintStream out) {
        args.only("nominations", "format");
        boolean csv = Format.csv(args);
        Map<String, AwardLevel> levels = ctx.awards().levelsByCode();
        Map<Long, String> forms = new java.util.HashMap<>();
        for (AwardForm f : ctx.awards().forms()) {
            forms.put(f.id(), f.name());
        }
        TextTable t = new TextTable(List.of(Messages.get("col.id"), Messages.get("nomination.colForm"),
                Messages.get("nomination.colLevel"), Messages.get("col.unit"), Messages.get("nomination.colNominees"),
                Messages.get("col.status"), Messages.get("nomination.colCreated"), Messages.get("nomination.colDecision")));
        for (Nomination n : ctx.nominations().all()) {
            String unit = n.proposingUnitId() == null ? "" : ctx.catalog().unit(n.proposingUnitId()).name();
            t.add(List.of(String.valueOf(n.id()), forms.getOrDefault(n.formId(), ""),
                    levels.containsKey(n.levelCode()) ? levels.get(n.levelCode()).name() : n.levelCode(), unit,
                    String.valueOf(n.nominees().size()), Messages.of(n.status()), Dates.format(n.createdOn()),
                    n.decisionNumber() == null ? "" : n.decisionNumber() + " " + Dates.format(n.decisionDate())));
        }
        t.print(out, csv);
        return 0;
    }
}
