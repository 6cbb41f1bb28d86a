package vn.dienhinh.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/**
 * The command line: {@code [--db FILE] COMMAND [options]}. Same services as the window. Exit 0 on
 * success; bad input gets one Vietnamese line on stderr and a non-zero exit.
 */
public final class Cli {

    private static final Logger LOG = Logger.getLogger(Cli.class.getName());

    private final PrintStream out;
    private final PrintStream err;
    private final java.io.BufferedReader console;

    public Cli(PrintStream out, PrintStream err) {
        this(out, err, null);
    }

    /** {@code console}: where to read a confirmation typed at a terminal (null: nobody to ask). */
    public Cli(PrintStream out, PrintStream err, java.io.BufferedReader console) {
        this.out = out;
        this.err = err;
        this.console = console;
    }

    /**
     * The database file the arguments name with {@code --db}, or the default one; refused for a shared
     * registry on a server ({@code jdbc:postgresql://…}), which has no file to restore or check.
     */
    public static Path databaseOf(List<String> args) {
        return AppContext.fileOf(targetOf(args));
    }

    /**
     * What the arguments name with {@code --db}: a file, or a shared registry on a server; else the registry
     * chosen in Cài đặt, or the default file.
     */
    public static String targetOf(List<String> args) {
        int i = args.indexOf("--db");
        if (i >= 0 && i + 1 < args.size()) {
            return args.get(i + 1);
        }
        return AppContext.defaultTarget();
    }

    /** True when the arguments name a command (anything but {@code --db FILE}). */
    public static boolean hasCommand(String[] args) {
        return !withoutDb(List.of(args)).isEmpty();
    }

    private static List<String> withoutDb(List<String> args) {
        List<String> rest = new ArrayList<>(args);
        int i = rest.indexOf("--db");
        if (i >= 0) {
            rest.remove(i);
            if (i < rest.size()) {
                rest.remove(i);
            }
        }
        return rest;
    }

    public int run(String[] argv) {
        List<String> all = List.of(argv);
        if (all.contains("--db") && all.indexOf("--db") == all.size() - 1) {
            err.println(Messages.get("cli.dbMissing"));
            return 2;
        }
        List<String> rest = withoutDb(all);
        if (rest.isEmpty() || rest.get(0).equals("help") || rest.get(0).equals("--help")) {
            out.println(Messages.get("cli.usage"));
            out.println(Messages.get("cli.usage.certificates"));
            out.println(Messages.get("cli.usage.history"));
            out.println(Messages.get("cli.usage.council"));
            out.println(Messages.get("cli.usage.councilSettings"));
            out.println(Messages.get("cli.usage.importResults"));
            out.println(Messages.get("cli.usage.users"));
            out.println(Messages.get("cli.usage.migrate"));
            out.println(Messages.get("cli.usage.footer"));
            return rest.isEmpty() ? 2 : 0;
        }
        String command = rest.get(0);
        Args args = new Args(rest.subList(1, rest.size()));
        try {
            // these two must not open the database the usual way: restore replaces it, check may find it damaged
            if (command.equals("restore")) {
                return BackupCommands.restore(databaseOf(all), args, out, console);
            }
            if (command.equals("check")) {
                args.only("check");
                return BackupCommands.check(databaseOf(all), out);
            }
            if (command.equals("bench")) {
                // works on registries of its own: the user's database is not opened
                return new BenchCommand(err).run(args, all, out);
            }
            Command c = command(command);
            if (c == null) {
                err.println(Messages.get("cli.unknownCommand", command));
                return 2;
            }
            try (AppContext ctx = AppContext.open(targetOf(all))) {
                return c.run(ctx, args, out);
            }
        } catch (UserException e) {
            err.println(e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "command " + command + " failed", e);
            err.println(Messages.get("cli.failed", command, String.valueOf(e.getMessage())));
            return 3;
        }
    }

    private Command command(String name) {
        switch (name) {
            case "demo":
                return new DemoCommand();
            case "list":
                return new ListCommand();
            case "stats":
                return new StatsCommand();
            case "board":
                return new BoardCommand();
            case "campaigns":
                return new CampaignsCommand();
            case "nominations":
                return new NominationsCommand();
            case "eligible":
                return new EligibleCommand();
            case "import-results":
                return new ImportResultsCommand();
            case "dossier":
                return new DossierCommand(err);
            case "council":
                return new CouncilCommands.Minutes();
            case "decision":
                return new CouncilCommands.Decision(err);
            case "council-settings":
                return new CouncilSettingsCommand();
            case "certificates":
                return new CertificatesCommand(err);
            case "report":
                return new ReportCommand(err);
            case "export":
                return new ExportCommand();
            case "import":
                return new ImportCommand();
            case "backup":
                return new BackupCommands.Backup();
            case "history":
                return new HistoryCommand();
            case "users":
                return new UsersCommand();
            case "migrate-to":
                return new MigrateCommand();
            default:
                return null;
        }
    }

    /** One command of the command line. */
    interface Command {
        int run(AppContext ctx, Args args, PrintStream out);
    }
}
