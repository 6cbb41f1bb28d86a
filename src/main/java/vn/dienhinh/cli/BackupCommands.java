package vn.dienhinh.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.model.DatabaseReport;
import vn.dienhinh.service.BackupService;
import vn.dienhinh.service.RestoreService;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/** {@code backup [FILE]}, {@code restore FILE [--yes]} and {@code check}: keeping the registry safe. */
final class BackupCommands {

    private BackupCommands() {
    }

    /** {@code backup [FILE]}: a consistent copy to FILE, or into the backups folder beside the database. */
    static final class Backup implements Cli.Command {
        @Override
        public int run(AppContext ctx, Args args, PrintStream out) {
            args.only("backup");
            if (args.positional().size() > 1) {
                throw new UserException("cli.backupArgs");
            }
            DatabaseReport r = args.positional().isEmpty() ? ctx.backups().backupNow()
                    : ctx.backups().backupTo(Path.of(args.positional().get(0)));
            out.println(Messages.get("cli.backupDone", r.file(), r.exemplars(), r.units()));
            out.println(Messages.get("cli.backupSize", vn.dienhinh.util.FileSizes.format(size(r.file())),
                    vn.dienhinh.util.FileSizes.format(size(ctx.databaseFile()))));
            return 0;
        }
    }

    private static long size(Path p) {
        try {
            return java.nio.file.Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    /** {@code restore FILE [--yes]}: checks the backup, asks (at a terminal), replaces the closed database. */
    static int restore(Path db, Args args, PrintStream out, BufferedReader console) {
        args.only("restore", "yes");
        boolean yes = args.flag("yes");
        if (args.positional().size() != 1) {
            throw new UserException("cli.restoreNeedsFile");
        }
        Path backup = Path.of(args.positional().get(0));
        DatabaseReport r = BackupService.inspect(backup);
        if (!r.sound()) {
            throw new UserException("backup.notUsable." + r.state().name(), backup);
        }
        out.println(Messages.get("cli.restoreFound", backup.toAbsolutePath(), r.exemplars(), r.units()));
        if (console != null && !yes) {
            out.print(Messages.get("cli.restoreAsk", db.toAbsolutePath()));
            out.flush();
            String answer;
            try {
                answer = console.readLine();
            } catch (IOException e) {
                answer = null;
            }
            if (answer == null || !answer.strip().toLowerCase(java.util.Locale.ROOT).matches("c|có|co|y|yes")) {
                out.println(Messages.get("cli.restoreCancelled"));
                return 1;
            }
        }
        Path kept = RestoreService.restore(db, backup, Clock.systemDefaultZone());
        out.println(Messages.get("cli.restoreDone", db.toAbsolutePath(), backup.toAbsolutePath()));
        if (kept != null) {
            out.println(Messages.get("cli.restoreKept", kept));
        }
        return 0;
    }

    /** {@code check}: SQLite's full integrity check and the foreign keys; the newest sound backup if damaged. */
    static int check(Path db, PrintStream out) {
        List<String> damage;
        try (AppContext ctx = AppContext.open(db)) {
            damage = ctx.backups().fullCheck();
            if (damage.isEmpty()) {
                out.println(Messages.get("cli.checkSound", ctx.databaseFile(),
                        ctx.registry().count(vn.dienhinh.model.ExemplarFilter.ALL)));
                List<Path> backups = BackupService.backups(db);
                out.println(backups.isEmpty() ? Messages.get("cli.checkNoBackups")
                        : Messages.get("cli.checkBackups", backups.size(), backups.get(0)));
                return 0;
            }
        } catch (UserException e) {
            if (!e.key().equals("db.corrupt") && !e.key().equals("db.notSqlite")) {
                throw e;
            }
            damage = List.of(e.getMessage());
        }
        out.println(Messages.get("cli.checkDamaged", db.toAbsolutePath()));
        damage.stream().limit(20).forEach(d -> out.println("  " + d));
        Optional<DatabaseReport> good = BackupService.newestSound(db);
        out.println(good.map(g -> Messages.get("cli.checkRestoreHint", g.file(), g.exemplars()))
                .orElse(Messages.get("cli.checkNoSoundBackup")));
        return 1;
    }
}
