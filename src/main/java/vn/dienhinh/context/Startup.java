package vn.dienhinh.context;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dienhinh.model.DatabaseReport;
import vn.dienhinh.service.BackupService;
import vn.dienhinh.service.RestoreService;
import vn.dienhinh.util.UserException;

/**
 * Opening the registry at start-up: open and migrate, {@code PRAGMA quick_check}, then today's
 * automatic backup. A damaged database is not used: the caller gets the damage and the newest sound
 * backup to offer. Restoring closes the open context first and opens the restored file afresh.
 *
 * <p>The window takes the two steps apart ({@link #openUnchecked}, then {@link #check} once it is shown):
 * the check reads the whole file and the backup copies it, seconds for a large registry, and neither
 * may keep the officer waiting for the window.
 */
public final class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());
    /** Failures to open that mean the file itself is damaged (rather than in use or newer). */
    private static final Set<String> DAMAGE = Set.of("db.corrupt", "db.notSqlite");

    private Startup() {
    }

    /** How the start went. */
    public sealed interface Outcome permits Ready, Damaged {
    }

    /**
     * The database is sound and open; {@code dailyBackup} is the backup taken now, if any;
     * {@code backupProblem} why today's backup could not be taken (a full disk), to tell the officer.
     */
    public record Ready(AppContext context, Path dailyBackup, String backupProblem) implements Outcome {

        public Ready(AppContext context, Path dailyBackup) {
            this(context, dailyBackup, null);
        }
    }

    /**
     * The database is damaged ({@link #open} has closed it, {@link #check} leaves that to the caller);
     * {@code newestBackup} is the newest sound backup, if there is one.
     */
    public record Damaged(Path database, List<String> damage, Optional<DatabaseReport> newestBackup)
            implements Outcome {
    }

    /** The result of a restore: the context on the database now in place, and the copy kept of the replaced one. */
    public record Restored(AppContext context, Path keptCopy, UserException failure) {
    }

    /** Opens, checks and backs up: {@link #openUnchecked} then {@link #check}; a damaged database is closed again. */
    public static Outcome open(Path db, Clock clock) {
        Outcome opened = openUnchecked(db, clock);
        if (!(opened instanceof Ready ready)) {
            return opened;
        }
        Outcome checked = check(ready.context());
        if (checked instanceof Damaged) {
            ready.context().close();
        }
        return checked;
    }

    /**
     * Opens and migrates the database, nothing more: Damaged only when the file cannot be opened as a
     * database at all. Follow with {@link #check}.
     */
    public static Outcome openUnchecked(Path db, Clock clock) {
        try {
            return new Ready(AppContext.open(db, clock), null);
        } catch (UserException e) {
            if (DAMAGE.contains(e.key()) && isNonEmptyFile(db)) {
                LOG.log(Level.WARNING, "damaged database " + db, e);
                return new Damaged(db, List.of(e.getMessage()), BackupService.newestSound(db));
            }
            throw e;
        }
    }

    /**
     * {@code PRAGMA quick_check} of the open database, then, when it is sound, today's automatic backup
     * (a damaged file must not push sound backups out of the rotation). A damaged database is left open:
     * the caller closes it, or restores over it with {@link #restore}.
     */
    public static Outcome check(AppContext ctx) {
        if (ctx.isShared()) {
            return new Ready(ctx, null); // the server's database is checked and backed up by the office's server
        }
        Path db = ctx.databaseFile();
        List<String> damage = quickCheck(ctx);
        if (!damage.isEmpty()) {
            LOG.warning(() -> "quick_check of " + db + ": " + String.join("; ", damage.subList(0, Math.min(5,
                    damage.size()))));
            return new Damaged(db, damage, BackupService.newestSound(db));
        }
        Path daily = null;
        String problem = null;
        try {
            daily = ctx.backups().dailyBackup().orElse(null);
        } catch (RuntimeException e) {
            // a backup that cannot be written must not keep the officer from working, but they are told
            LOG.log(Level.WARNING, "automatic backup failed", e);
            problem = e instanceof UserException ? e.getMessage()
                    : vn.dienhinh.util.Messages.get("backup.writeFailed", BackupService.folderOf(db), e.getMessage());
        }
        return new Ready(ctx, daily, problem);
    }

    /**
     * Replaces the database with {@code backup}: closes {@code current} (may be null), restores, and
     * opens whatever is in place afterwards, the restored file or, if the restore was refused, the
     * old one (then {@code failure} says why).
     */
    public static Restored restore(AppContext current, Path db, Path backup, Clock clock) {
        if (current != null) {
            current.close();
        }
        Path kept = null;
        UserException failure = null;
        try {
            kept = RestoreService.restore(db, backup, clock);
        } catch (UserException e) {
            LOG.log(Level.WARNING, "restore from " + backup + " refused", e);
            failure = e;
        }
        return new Restored(AppContext.open(db, clock), kept, failure);
    }

    /** The damage quick_check finds; a failure that is not damage (busy, closed) is thrown, not taken for damage. */
    private static List<String> quickCheck(AppContext ctx) {
        try {
            return ctx.backups().quickCheck();
        } catch (UserException e) {
            if (DAMAGE.contains(e.key())) {
                return List.of(e.getMessage());
            }
            throw e;
        }
    }

    private static boolean isNonEmptyFile(Path db) {
        try {
            return Files.isRegularFile(db) && Files.size(db) > 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
