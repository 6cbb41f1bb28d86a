package vn.dienhinh.cli;

import java.io.PrintStream;
import java.util.List;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.EligibilityRule;
import vn.dienhinh.model.Verdict;
import vn.dienhinh.service.EligibilityService;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;
import vn.dienhinh.util.VietnameseText;

/**
 * {@code eligible --year Y [--form F] [--all] [--format table|csv]}: one row per exemplar and form
 * with the verdict, the conditions missing and the evidence. Without {@code --all}, those who meet
 * every condition and those who miss one; without {@code --form}, every form with a condition in force.
 */
final class EligibleCommand implements Cli.Command {

    @Override
    public int run(AppContext ctx, Args args, PrintStream out) {
        args.only("eligible", "year", "form", "all", "format");
        boolean csv = Format.csv(args);
        boolean all = args.flag("all");
        EligibilityService service = ctx.eligibility();
        String typedYear = args.get("year");
        if (typedYear == null) {
            throw new UserException("cli.eligibleNeeds");
        }
        int year = service.year(typedYear);
        List<AwardForm> forms = forms(ctx, args.get("form"));
        if (forms.isEmpty()) {
            throw new UserException("eligible.noRules");
        }
        TextTable t = new TextTable(List.of(Messages.get("col.id"), Messages.get("col.name"), Messages.get("col.unit"),
                Messages.get("eligible.colForm"), Messages.get("eligible.colVerdict"), Messages.get("eligible.colMissing"),
                Messages.get("eligible.colEvidence")));
        for (AwardForm f : forms) {
            for (Verdict v : service.assess(year, f.id())) {
                if (all || v.missing().size() <= 1) {
                    t.add(List.of(String.valueOf(v.exemplar().id()), v.exemplar().name(),
                            v.exemplar().unitName() == null ? "" : v.exemplar().unitName(), f.name(),
                            EligibilityService.verdictText(v), EligibilityService.missingText(v),
                            EligibilityService.evidenceText(v)));
                }
            }
        }
        t.print(out, csv);
        return 0;
    }

    /** The form given by its number or its name; without one, the forms with a condition in force. */
    private static List<AwardForm> forms(AppContext ctx, String typed) {
        List<AwardForm> forms = ctx.awards().forms();
        if (typed != null) {
            String fold = VietnameseText.fold(typed.strip());
            return List.of(forms.stream().filter(f -> String.valueOf(f.id()).equals(typed.strip())
                    || VietnameseText.fold(f.name()).equals(fold)).findFirst()
                    .orElseThrow(() -> new UserException("eligible.unknownForm", typed)));
        }
        List<Long> ruled = ctx.eligibility().rules().stream().filter(EligibilityRule::active)
                .map(EligibilityRule::formId).distinct().toList();
        return forms.stream().filter(f -> ruled.contains(f.id())).toList();
    }
}
