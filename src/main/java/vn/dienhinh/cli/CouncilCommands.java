package vn.dienhinh.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.report.DocumentMeta;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/** The council's biên bản and the quyết định khen thưởng from the command line. */
final class CouncilCommands {

    private CouncilCommands() {
    }

    /** {@code council --nomination ID --out FILE.docx [--number N]}: the biên bản of the meeting that took it. */
    static final class Minutes implements Cli.Command {
        @Override
        public int run(AppContext ctx, Args args, PrintStream out) {
            args.only("council", "nomination", "out", "number");
            Integer id = args.integer("nomination", 1, Integer.MAX_VALUE);
            String file = args.get("out");
            if (id == null || file == null) {
                throw new UserException("cli.councilNeeds");
            }
            Integer number = args.integer("number", 1, 999_999);
            out.println(ctx.councilDocuments().writeMinutes(id, number, Path.of(file)).toAbsolutePath());
            return 0;
        }
    }

    /**
     * {@code decision --nomination ID --out FILE.docx [--number N] [--date D] [--amount ĐỒNG] [--record]}: the
     * decision with its list; {@code --record} also records its number and date, which turns the listed nominees
     * into commendations.
     */
    static final class Decision implements Cli.Command {

        private final PrintStream err;

        Decision(PrintStream err) {
            this.err = err;
        }

        @Override
        public int run(AppContext ctx, Args args, PrintStream out) {
            args.only("decision", "nomination", "out", "number", "date", "amount", "record");
            boolean record = args.flag("record");
            Integer id = args.integer("nomination", 1, Integer.MAX_VALUE);
            String file = args.get("out");
            if (id == null || file == null) {
                throw new UserException("cli.decisionNeeds");
            }
            Integer amount = args.integer("amount", 0, 1_000_000_000);
            DocumentMeta meta = ReportCommand.meta(ctx, args, null);
            if (record && meta.number() == null) {
                throw new UserException("cli.decisionRecordNeedsNumber");
            }
            if (!ctx.office().isComplete()) {
                err.println(Messages.get("cli.profileIncomplete"));
            }
            Path written = ctx.councilDocuments().writeDecision(id, meta, amount == null ? null : amount.longValue(),
                    Path.of(file));
            out.println(written.toAbsolutePath());
            if (record) {
                var n = ctx.councilDocuments().record(id, meta);
                out.println(Messages.get("cli.decisionRecorded", n.decisionNumber(), vn.dienhinh.service.Dates.format(
                        n.decisionDate()), n.nominees().stream().filter(x -> x.outcome()
                        == vn.dienhinh.model.NomineeOutcome.APPROVED).count()));
            }
            return 0;
        }
    }
}
