package vn.dienhinh.service;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.dienhinh.model.DatabaseReport;
import vn.dienhinh.store.Database;
import vn.dienhinh.store.Maintenance;
import vn.dienhinh.util.UserException;

/**
 * Backups of the registry. Automatic ones go to {@code backups/} beside the database, at most one a
 * day, the last {@link #DEFAULT_KEEP} kept; a manual one goes where the user says. Each is a
 * consistent copy taken while the database is open ({@code VACUUM INTO}). A restore checks the
 * backup first, keeps the database it replaces as a backup too, and never touches a file a program
 * has open (it takes the database's lock).
 */
public final class BackupService {

    public static final int DEFAULT_KEEP = 10;
    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");
    private static final String BEFORE_RESTORE = "-truoc-khoi-phuc-";

    private final Maintenance maintenance;
    private final Path database;
    private final Clock clock;
    private final int keep;

    public BackupService(Maintenance maintenance, Path database, Clock clock, int keep) {
        this.maintenance = maintenance;
        this.database = database.toAbsolutePath().normalize();
        this.clock = clock;
        this.keep = Math.max(1, keep);
    }

    /** The folder of automatic backups of {@code db}: {@code backups/} beside it. */
    public static Path folderOf(Path db) {
        return db.toAbsolutePath().normalize().resolveSibling("backups");
    }

    /** Takes today's automatic backup unless there is one already, then drops all but the newest ones. */
    public Optional<Path> dailyBackup() {
        Path dir = folderOf(database);
        String today = STAMP.format(LocalDateTime.now(clock)).substring(0, 10);
        if (automatic(dir).stream().anyMatch(p -> p.getFileName().toString().contains("-" + today + "-"))) {
            return Optional.empty();
        }
        Path target = dir.resolve(stem(database) + "-" + STAMP.format(LocalDateTime.now(clock)) + ".db");
        maintenance.backupTo(target);
        List<Path> all = automatic(dir);
        for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "cannot remove old backup " + old, e);
            }
        }
        return Optional.of(target);
    }

    /** A backup into the backups folder now, kept out of the daily rotation: {@code …-thu-cong-….db}. */
    public Path backupNow() {
        Path target = folderOf(database).resolve(stem(database) + "-thu-cong-" + STAMP.format(LocalDateTime.now(clock))
                + ".db");
        maintenance.backupTo(target);
        return target;
    }

    /** A backup to a file the user chose. */
    public Path backupTo(Path target) {
        Path t = target.toAbsolutePath().normalize();
        if (t.equals(database)) {
            throw new UserException("backup.ontoItself", t);
        }
        maintenance.backupTo(t);
        return t;
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

    /** A look at a backup file: is it a sound Điển Hình database, what does it hold. */
    public static DatabaseReport inspect(Path file) {
        return Maintenance.inspect(file);
    }

    /**
     * The backups beside {@code db}, newest first; copies kept before a restore come after the others,
     * since they hold a state the user chose to replace.
     */
    public static List<Path> backups(Path db) {
        Path dir = folderOf(db);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".db") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString().contains(BEFORE_RESTORE))
                            .thenComparing(Comparator.comparing(BackupService::modified).reversed())
                            .thenComparing(Comparator.comparing(Path::toString).reversed()))
                    .toList();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list " + dir, e);
            return List.of();
        }
    }

    /** The newest backup beside {@code db} that passes the integrity check, if any. */
    public static Optional<DatabaseReport> newestSound(Path db) {
        return backups(db).stream().map(Maintenance::inspect).filter(DatabaseReport::sound).findFirst();
    }

    /**
     * Replaces the (closed) database {@code db} with the backup: checks the backup, copies it beside
     * the database and opens the copy (migrating it, checking it again), keeps the current database as
     * {@code backups/…-truoc-khoi-phuc-….db}, then moves the copy into place. Returns the kept copy
     * (null when there was no database).
     *
     * @throws UserException when the backup is not a sound Điển Hình database, or the database is open
     */
    public static Path restore(Path db, Path backup, Clock clock) {
        Path target = db.toAbsolutePath().normalize();
        DatabaseReport report = inspect(backup);
        if (!report.sound()) {
            throw new UserException("backup.notUsable." + report.state().name(), backup);
        }
        try (Database.Lock lock = Database.lock(target)) {
            Path copy = target.resolveSibling("." + target.getFileName() + ".restore.tmp");
            try {
                Files.copy(backup, copy, StandardCopyOption.REPLACE_EXISTING);
                probe(copy, backup);
                Path kept = keepCurrent(target, clock);
                for (String suffix : List.of("-wal", "-shm", "-journal")) {
                    // a log left by the replaced file must never be applied to the restored one
                    Files.deleteIfExists(target.resolveSibling(target.getFileName() + suffix));
                }
                force(copy);
                try {
                    Files.move(copy, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(copy, target, StandardCopyOption.REPLACE_EXISTING);
                }
                return kept;
            } catch (IOException e) {
                throw new UserException(e, "backup.restoreFailed", target, String.valueOf(e.getMessage()));
            } finally {
                deleteQuietly(copy);
                deleteQuietly(copy.resolveSibling(copy.getFileName() + ".lock"));
            }
        }
    }

    /** Opens the copy as the program will (refusing a newer version, migrating an older one) and checks it. */
    private static void probe(Path copy, Path backup) {
        try (Database probe = Database.open(copy)) {
            if (!new Maintenance(probe).integrityCheck().isEmpty()) {
                throw new UserException("backup.notUsable.DAMAGED", backup);
            }
        } catch (UserException e) {
            if (e.key().startsWith("backup.")) {
                throw e;
            }
            throw new UserException(e, "backup.cannotOpen", backup, e.getMessage());
        }
    }

    private static Path keepCurrent(Path db, Clock clock) throws IOException {
        if (!Files.exists(db) || Files.size(db) == 0) {
            return null;
        }
        Path dir = folderOf(db);
        Files.createDirectories(dir);
        Path kept = dir.resolve(stem(db) + BEFORE_RESTORE + STAMP.format(LocalDateTime.now(clock)) + ".db");
        for (int i = 2; Files.exists(kept); i++) {
            kept = dir.resolve(stem(db) + BEFORE_RESTORE + STAMP.format(LocalDateTime.now(clock)) + "-" + i + ".db");
        }
        Files.copy(db, kept);
        Path wal = db.resolveSibling(db.getFileName() + "-wal");
        if (Files.exists(wal)) {
            // a crash left changes in the log: keep them with the copy (SQLite reads them beside it)
            Files.copy(wal, kept.resolveSibling(kept.getFileName() + "-wal"));
        }
        return kept;
    }

    private List<Path> automatic(Path dir) {
        Pattern p = Pattern.compile(Pattern.quote(stem(database)) + "-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.db");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(x -> p.matcher(x.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(Path::toString).reversed()).toList();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list " + dir, e);
            return List.of();
        }
    }

    private static String stem(Path db) {
        String name = db.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot delete " + p, e);
        }
    }
}
