package vn.dienhinh.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import vn.dienhinh.service.document.SummaryReportService;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.model.Quarter;
import vn.dienhinh.report.DocumentMeta;
import vn.dienhinh.report.PlanText;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/**
 * {@code report quarterly --year Y --quarter Q --out DIR}, {@code report plan --campaign ID --out FILE.docx},
 * {@code report summary --from YYYY --to YYYY --out DIR} (or {@code --campaign ID --phase N}); each also takes {@code --number N} and
 * {@code --date YYYY-MM-DD}. Prints the paths written. Warns on stderr when the office profile is incomplete.
 */
final class ReportCommand implements Cli.Command {

    /** 5/1/2026 or 05/01/2026; 31/02 is refused, not moved to 28/02. */
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private final PrintStream err;

    ReportCommand(PrintStream err) {
        this.err = err;
    }

    @Override
    public int run(AppContext ctx, Args args, PrintStream out) {
        String what = args.positional().isEmpty() ? "" : args.positional().get(0);
        List<Path> written;
        switch (what) {
            case "quarterly":
                written = quarterly(ctx, args);
                break;
            case "plan":
                written = plan(ctx, args);
                break;
            case "summary":
                written = summary(ctx, args);
                break;
            case "reminder":
                written = reminder(ctx, args);
                break;
            case "statistics":
                args.only("report statistics", "year", "out", "number", "date");
                Integer year = args.integer("year", 2000, 2100);
                if (year == null || args.get("out") == null) {
                    throw new UserException("cli.statisticsNeeds");
                }
                written = ctx.statistics().export(year, meta(ctx, args, null), folder(args.get("out")));
                break;
            default:
                throw new UserException("cli.reportWhat", what);
        }
        if (!ctx.office().isComplete()) {
            err.println(Messages.get("cli.profileIncomplete"));
        }
        written.forEach(p -> out.println(p.toAbsolutePath().normalize()));
        return 0;
    }

    private static List<Path> quarterly(AppContext ctx, Args args) {
        args.only("report quarterly", "year", "quarter", "out", "number", "date");
        Integer year = args.integer("year", 2000, 2100);
        Integer quarter = args.integer("quarter", 1, 4);
        if (year == null || quarter == null || args.get("out") == null) {
            throw new UserException("cli.quarterlyNeeds");
        }
        return ctx.quarterlyReports().export(new Quarter(year, quarter), meta(ctx, args, null), null,
                folder(args.get("out")));
    }

    private static List<Path> plan(AppContext ctx, Args args) {
        args.only("report plan", "campaign", "out", "number", "date");
        Integer id = args.integer("campaign", 1, Integer.MAX_VALUE);
        String file = args.get("out");
        if (id == null || file == null) {
            throw new UserException("cli.planNeeds");
        }
        if (!file.toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
            throw new UserException("cli.needsDocx", file);
        }
        PlanText text = ctx.campaignPlans().draft(id);
        DocumentMeta meta = meta(ctx, args, ctx.campaignPlans().meta(id));
        Path target = Path.of(file);
        if (target.toAbsolutePath().getParent() != null) {
            folder(target.toAbsolutePath().getParent().toString());
        }
        return List.of(ctx.campaignPlans().export(text, meta, target));
    }

    private static List<Path> summary(AppContext ctx, Args args) {
        args.only("report summary", "from", "to", "campaign", "phase", "out", "kind", "number", "date");
        Integer from = args.integer("from", 2000, 2100);
        Integer to = args.integer("to", 2000, 2100);
        Integer campaign = args.integer("campaign", 1, Integer.MAX_VALUE);
        Integer phase = args.integer("phase", 1, 100);
        boolean years = from != null && to != null && campaign == null && phase == null;
        boolean stage = campaign != null && phase != null && from == null && to == null;
        if (args.get("out") == null) {
            throw new UserException("cli.summaryNeeds");
        }
        if (!years && !stage) {
            throw new UserException("cli.summaryEither");
        }
        String kind = args.get("kind");
        if (kind != null && !kind.equals("so-ket") && !kind.equals("tong-ket")) {
            throw new UserException("cli.badReviewKind", kind);
        }
        DocumentMeta meta = meta(ctx, args, null);
        // by default a tổng kết of years that are over on the report's date, else a sơ kết
        boolean finalReview = kind == null ? years && SummaryReportService.finalByDefault(to, meta.date())
                : kind.equals("tong-ket");
        return years ? ctx.summaryReports().export(from, to, finalReview, meta, null, folder(args.get("out")))
                : ctx.summaryReports().exportPhase(campaign, phase, finalReview, meta, null, folder(args.get("out")));
    }

    /** The công văn đôn đốc of a quarter to the units still owing under the quota campaign (see {@code board}). */
    private static List<Path> reminder(AppContext ctx, Args args) {
        args.only("report reminder", "year", "quarter", "campaign", "deadline", "out", "number", "date");
        Integer year = args.integer("year", 2000, 2100);
        Integer quarter = args.integer("quarter", 1, 4);
        String file = args.get("out");
        if (year == null || quarter == null || file == null) {
            throw new UserException("cli.reminderNeeds");
        }
        if (!file.toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
            throw new UserException("cli.needsDocx", file);
        }
        Quarter q = new Quarter(year, quarter);
        long campaign = BoardCommand.quotaCampaign(ctx, args.integer("campaign", 1, Integer.MAX_VALUE)).id();
        LocalDate deadline = args.get("deadline") == null ? ctx.reminders().defaultDeadline(q) : date(args.get("deadline"));
        var letter = ctx.reminders().draft(campaign, q, deadline);
        Path target = Path.of(file);
        if (target.toAbsolutePath().getParent() != null) {
            folder(target.toAbsolutePath().getParent().toString());
        }
        return List.of(ctx.reminders().export(letter, meta(ctx, args, null), target));
    }

    /** --number and --date over the defaults (none, today). */
    static DocumentMeta meta(AppContext ctx, Args args, DocumentMeta defaults) {
        Integer number = args.integer("number", 1, 999_999);
        String date = args.get("date");
        LocalDate day = date == null ? (defaults == null ? ctx.registry().today() : defaults.date()) : date(date);
        return new DocumentMeta(number != null ? number : defaults == null ? null : defaults.number(), day, false);
    }

    /** YYYY-MM-DD or DD/MM/YYYY. */
    static LocalDate date(String text) {
        String t = text.strip();
        try {
            return t.contains("/") ? LocalDate.parse(t, DAY_MONTH_YEAR) : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new UserException(e, "cli.badDate", text);
        }
    }

    /** The output folder, created when missing. */
    static Path folder(String dir) {
        Path p = Path.of(dir);
        try {
            return Files.createDirectories(p);
        } catch (IOException e) {
            throw new UserException(e, "cli.badFolder", p.toAbsolutePath());
        }
    }
}
