package vn.dienhinh.cli;

import java.io.PrintStream;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.CouncilSettings;
import vn.dienhinh.model.RewardRate;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/**
 * {@code council-settings [--share A/B] [--of all|present] [--base-salary ĐỒNG] [--form ID --individual X
 * --collective Y --basis TEXT]}: sets the council's share, the mức lương cơ sở and a form's reward rate, then
 * prints the settings and every form's rate.
 */
final class CouncilSettingsCommand implements Cli.Command {

    @Override
    public int run(AppContext ctx, Args args, PrintStream out) {
        args.only("council-settings", "share", "of", "base-salary", "form", "individual", "collective", "basis");
        CouncilSettings s = ctx.council().settings();
        int num = s.threshold().numerator();
        int den = s.threshold().denominator();
        boolean ofPresent = s.threshold().ofPresent();
        long salary = s.baseSalary();
        String share = args.get("share");
        if (share != null) {
            String[] p = share.strip().replace("%", "/100").split("/");
            try {
                num = Integer.parseInt(p[0].strip());
                den = p.length > 1 ? Integer.parseInt(p[1].strip()) : 100;
            } catch (NumberFormatException e) {
                throw new UserException(e, "cli.badShare", share);
            }
        }
        String of = args.get("of");
        if (of != null) {
            if (!of.equals("all") && !of.equals("present")) {
                throw new UserException("cli.badShareBase", of);
            }
            ofPresent = of.equals("present");
        }
        Integer base = args.integer("base-salary", 0, 1_000_000_000);
        if (base != null) {
            salary = base;
        }
        if (share != null || of != null || base != null) {
            ctx.council().saveSettings(num, den, ofPresent, salary);
        }
        Integer form = args.integer("form", 1, Integer.MAX_VALUE);
        if (form != null) {
            ctx.awards().form(form);
            ctx.council().saveRate(form, real(args, "individual"), real(args, "collective"), args.get("basis"));
        }
        s = ctx.council().settings();
        out.println(Messages.get("cli.councilSettings", Messages.get(s.threshold().ofPresent() ? "council.shareOfPresent"
                : "council.shareOfAll", s.threshold().share()), s.baseSalary()));
        for (AwardForm f : ctx.awards().forms()) {
            RewardRate r = ctx.council().rate(f.id());
            if (r != null) {
                out.println(Messages.get("cli.councilRate", f.id(), f.name(), r.individual() == null ? "—" : r.individual(),
                        r.collective() == null ? "—" : r.collective(), r.basis()));
            }
        }
        return 0;
    }

    private static Double real(Args args, String name) {
        String v = args.get(name);
        if (v == null) {
            return null;
        }
        try {
            return Double.valueOf(v.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new UserException(e, "cli.badRate", "--" + name, v);
        }
    }
}
