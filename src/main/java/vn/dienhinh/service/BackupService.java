package vn.dienhinh.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.dienhinh.model.BackupFile;
import vn.dienhinh.model.BackupPolicy;
import vn.dienhinh.model.DatabaseReport;
import vn.dienhinh.store.BackupDisk;
import vn.dienhinh.store.Maintenance;
import vn.dienhinh.util.FileSizes;
import vn.dienhinh.util.UserException;

/**
 * Backups of the registry. Automatic ones go to {@code backups/} beside the database, at most one a
 * day, kept by a rule that bounds their space ({@link BackupPolicy}: 7 daily, 4 weekly, 12 monthly,
 * at most a quarter of the free disk); a manual one goes into that folder too, kept until deleted, or
 * where the user says. Each is a compressed ({@code .db.zst}) consistent snapshot taken while the
 * database is open, checked and read back before it is put in place ({@link Maintenance#backupTo}); a
 * disk too full for it gets one message and loses nothing. Backups of earlier versions (zips, bare {@code .db} files) are
 * listed and restored as before, and age out of the rotation like the others. Restoring one is
 * {@link RestoreService}'s.
 */
public final class BackupService {

    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");
    static final String BEFORE_RESTORE = "-truoc-khoi-phuc-";
    private static final String MANUAL = "-thu-cong-";
    /** What the program's backups end in: the database compressed with Zstandard ({@code zstd -d} opens it). */
    static final String EXTENSION = ".db.zst";
    private static final Pattern TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}-\\d{4})(?:-\\d+)?\\.(?:db|zip|db\\.zst)$");

    private final Maintenance maintenance;
    private final Path database;
    private final Clock clock;
    private final BackupPolicy policy;
    private final BackupDisk disk;

    public BackupService(Maintenance maintenance, Path database, Clock clock, BackupPolicy policy) {
        this(maintenance, database, clock, policy, BackupDisk.REAL);
    }

    /**
     * With the disk backups are written to: the real one, or in tests one that fills up. {@code database}
     * null: a shared registry on a server, which the server's own backups keep; nothing is asked of this.
     */
    public BackupService(Maintenance maintenance, Path database, Clock clock, BackupPolicy policy, BackupDisk disk) {
        this.maintenance = maintenance;
        this.database = database == null ? null : database.toAbsolutePath().normalize();
        this.clock = clock;
        this.policy = policy;
        this.disk = disk;
    }

    /** The folder of automatic backups of {@code db}: {@code backups/} beside it. */
    public static Path folderOf(Path db) {
        return db.toAbsolutePath().normalize().resolveSibling("backups");
    }

    public BackupPolicy policy() {
        return policy;
    }

    /**
     * Takes today's automatic backup unless there is one already, then applies the rotation rule to
     * the automatic backups. Nothing is removed before the new backup is written and checked.
     */
    public Optional<Path> dailyBackup() {
        Path dir = folderOf(database);
        LocalDate today = LocalDate.now(clock);
        if (automatic(dir).stream().anyMatch(b -> b.when().toLocalDate().equals(today))) {
            return Optional.empty();
        }
        Path target = dir.resolve(stem(database) + "-" + STAMP.format(LocalDateTime.now(clock)) + EXTENSION);
        maintenance.backupTo(target, disk, base());
        prune();
        return Optional.of(target);
    }

    /** A backup into the backups folder now, kept out of the rotation: {@code …-thu-cong-….db.zst}; what it holds. */
    public DatabaseReport backupNow() {
        Path dir = folderOf(database);
        Path target = dir.resolve(stem(database) + MANUAL + STAMP.format(LocalDateTime.now(clock)) + EXTENSION);
        for (int i = 2; Files.exists(target); i++) {
            target = dir.resolve(stem(database) + MANUAL + STAMP.format(LocalDateTime.now(clock)) + "-" + i + EXTENSION);
        }
        return maintenance.backupTo(target, disk, base());
    }

    /**
     * A backup to a file the user chose: {@code .db.zst}, a zip when the name ends in {@code .zip}, or the
     * bare database when it ends in {@code .db}; a name ending in none of them (nor {@code .zst}) gets
     * {@code .db.zst}.
     * Returns what it holds, with the file written.
     */
    public DatabaseReport backupTo(Path target) {
        Path t = target.toAbsolutePath().normalize();
        String name = t.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".zip") && !name.endsWith(".db") && !name.endsWith(".zst")) {
            t = t.resolveSibling(t.getFileName() + EXTENSION);
        }
        if (t.equals(database)) {
            throw new UserException("backup.ontoItself", t);
        }
        return maintenance.backupTo(t, disk, base());
    }

    /**
     * The newest {@code .db.zst} in the backups folder, daily or manual: a new backup copies the frames of
     * the blocks that have not changed since it (most of them, after a day's work) instead of compressing
     * them again. Null when there is none.
     */
    private Path base() {
        return list(database).stream().filter(b -> b.kind() != BackupFile.Kind.BEFORE_RESTORE)
                .map(BackupFile::file).filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION))
                .findFirst().orElse(null);
    }

    /**
     * Applies the rotation rule to the automatic backups: keeps those {@link #kept} chooses, deletes
     * the others. Manual backups and the copies kept before a restore are not touched.
     *
     * @return the backups deleted
     */
    public List<Path> prune() {
        Path dir = folderOf(database);
        List<BackupFile> all = automatic(dir);
        long usable;
        try {
            usable = disk.usableSpace(dir);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot read the free space of " + dir + "; nothing pruned", e);
            return List.of();
        }
        Set<Path> keep = new HashSet<>();
        kept(all, policy, usable).forEach(b -> keep.add(b.file()));
        List<Path> gone = new ArrayList<>();
        for (BackupFile b : all) {
            if (!keep.contains(b.file())) {
                try {
                    Files.deleteIfExists(b.file());
                    gone.add(b.file());
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "cannot remove old backup " + b.file(), e);
                }
            }
        }
        return gone;
    }

    /**
     * The automatic backups the rule keeps, newest first: the newest of each of the last
     * {@code daily} days that have one, of each of the last {@code weekly} weeks (ISO weeks) and of
     * each of the last {@code monthly} months; then, while they take more than {@code diskShare} of the
     * space backups may use ({@code usable} free bytes and what the automatic backups hold), the
     * oldest kept go. The newest is always kept: one backup is better than none.
     */
    static List<BackupFile> kept(List<BackupFile> automatic, BackupPolicy policy, long usable) {
        List<BackupFile> newestFirst = automatic.stream().sorted(Comparator.comparing(BackupFile::when).reversed()
                .thenComparing(b -> b.file().toString(), Comparator.reverseOrder())).toList();
        Set<LocalDate> days = new HashSet<>();
        Set<String> weeks = new HashSet<>();
        Set<YearMonth> months = new HashSet<>();
        List<BackupFile> keep = new ArrayList<>();
        for (BackupFile b : newestFirst) {
            LocalDate d = b.when().toLocalDate();
            boolean k = days.add(d) && days.size() <= policy.daily();
            if (weeks.add(d.get(IsoFields.WEEK_BASED_YEAR) + "-" + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                    && weeks.size() <= policy.weekly()) {
                k = true;
            }
            if (months.add(YearMonth.from(d)) && months.size() <= policy.monthly()) {
                k = true;
            }
            if (k) {
                keep.add(b);
            }
        }
        long held = automatic.stream().mapToLong(BackupFile::size).sum();
        long allowed = (long) (policy.diskShare() * (Math.max(0, usable) + held));
        long total = keep.stream().mapToLong(BackupFile::size).sum();
        while (total > allowed && keep.size() > 1) {
            total -= keep.remove(keep.size() - 1).size();
        }
        return keep;
    }

    /** The rule in words, for the settings screen. */
    public String policyText() {
        return vn.dienhinh.util.Messages.get("backup.policy", policy.daily(), policy.weekly(), policy.monthly(),
                Math.round(policy.diskShare() * 100));
    }

    /** {@code PRAGMA quick_check} of the open database: the damage found, empty when it is sound. */
    public List<String> quickCheck() {
        return maintenance.quickCheck();
    }

    /** The full integrity check and the foreign keys: every problem found, empty when all is well. */
    public List<String> fullCheck() {
        return maintenance.integrityCheck();
    }

    public Path database() {
        return database;
    }

    /**
     * A look at a backup file: is it a sound Điển Hình database, what does it hold. A compressed one is read
     * whole and checked against the CRC-32 written with it; a bare database file gets the integrity check.
     */
    public static DatabaseReport inspect(Path file) {
        return Maintenance.inspect(file);
    }

    /**
     * The backups beside {@code db}, newest first; copies kept before a restore come after the others,
     * since they hold a state the user chose to replace.
     */
    public static List<Path> backups(Path db) {
        return list(db).stream().map(BackupFile::file).toList();
    }

    /** The backups beside {@code db} with their kind, time and size, in the order of {@link #backups}. */
    public static List<BackupFile> list(Path db) {
        Path dir = folderOf(db);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(BackupService::isBackupName).filter(Files::isRegularFile).map(BackupService::describe)
                    .sorted(Comparator.comparing((BackupFile b) -> b.kind() == BackupFile.Kind.BEFORE_RESTORE)
                            .thenComparing(Comparator.comparing(BackupFile::when).reversed())
                            .thenComparing(Comparator.comparing((BackupFile b) -> b.file().toString()).reversed()))
                    .toList();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list " + dir, e);
            return List.of();
        }
    }

    /** The space the backups beside {@code db} take, in bytes. */
    public static long totalSize(Path db) {
        return list(db).stream().mapToLong(BackupFile::size).sum();
    }

    /** "dienhinh-2026-11-23-0800.db.zst (85,1 MB)": a backup as a line of a list. */
    public static String label(BackupFile b) {
        return b.file().getFileName() + " (" + FileSizes.format(b.size()) + ")";
    }

    /** The newest backup beside {@code db} that passes the check, if any. */
    public static Optional<DatabaseReport> newestSound(Path db) {
        return backups(db).stream().map(Maintenance::inspect).filter(DatabaseReport::sound).findFirst();
    }

    /**
     * The automatic backups in {@code dir} ({@code stem-YYYY-MM-DD-HHmm.db.zst}, or {@code .zip} and
     * {@code .db} from earlier versions).
     */
    private List<BackupFile> automatic(Path dir) {
        Pattern p = Pattern.compile(Pattern.quote(stem(database)) + "-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.(db|zip|db\\.zst)");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(x -> p.matcher(x.getFileName().toString()).matches()).filter(Files::isRegularFile)
                    .map(BackupService::describe).toList();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list " + dir, e);
            return List.of();
        }
    }

    private static boolean isBackupName(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !n.startsWith(".") && (n.endsWith(".db") || n.endsWith(".zip") || n.endsWith(".zst"));
    }

    private static BackupFile describe(Path p) {
        String name = p.getFileName().toString();
        BackupFile.Kind kind = name.contains(BEFORE_RESTORE) ? BackupFile.Kind.BEFORE_RESTORE
                : name.contains(MANUAL) || !TIME.matcher(name).find() ? BackupFile.Kind.MANUAL : BackupFile.Kind.DAILY;
        long size;
        LocalDateTime when;
        try {
            size = Files.size(p);
            when = LocalDateTime.ofInstant(Files.getLastModifiedTime(p).toInstant(), ZoneId.systemDefault());
        } catch (IOException e) {
            size = 0;
            when = LocalDateTime.MIN;
        }
        Matcher m = TIME.matcher(name);
        if (m.find()) {
            try {
                when = LocalDateTime.parse(m.group(1), STAMP);
            } catch (java.time.format.DateTimeParseException e) {
                // the file's own time
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return new BackupFile(p, kind, when, size, lower.endsWith(".zip") || lower.endsWith(".zst"));
    }

    /** The database file's name without its extension: what every backup's name starts with. */
    static String stem(Path db) {
        String name = db.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
