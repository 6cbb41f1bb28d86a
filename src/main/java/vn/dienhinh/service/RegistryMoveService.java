package vn.dienhinh.service;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dienhinh.model.CopiedTable;
import vn.dienhinh.model.CopyProgress;
import vn.dienhinh.model.CopyReport;
import vn.dienhinh.store.Database;
import vn.dienhinh.store.RegistryCopy;
import vn.dienhinh.store.SharedServer;
import vn.dienhinh.util.UserException;

/**
 * Moving the open registry onto another one ({@link RegistryCopy}, all or nothing): a workstation's file onto the
 * office's new shared registry on its server, or the shared registry out into a new file (a copy to keep or to
 * take away). A file is written under a temporary name in its folder and put in place only once the copy is
 * complete, so a failed copy leaves nothing half-written; an existing file is replaced only when it is a new
 * registry with no records, and nobody can open it meanwhile (its lock is held).
 */
public final class RegistryMoveService {

    private static final Logger LOG = Logger.getLogger(RegistryMoveService.class.getName());

    private final Database source;

    public RegistryMoveService(Database source) {
        this.source = source;
    }

    /** Copies the registry onto {@code target}: {@code jdbc:postgresql://HOST/DB}, or the path of a new file. */
    public CopyReport copyTo(String target, CopyProgress progress) {
        // the copy takes every table whole: a unit's clerk sees only their unit's part
        source.officer().checkOfficeWork("scope.work.copy");
        if (SharedServer.isServer(target)) {
            String name = SharedServer.of(target).display();
            try (Database to = Database.open(target)) {
                return new CopyReport(name, RegistryCopy.copy(source, to, name, progress));
            }
        }
        Path file = Path.of(target).toAbsolutePath().normalize();
        return new CopyReport(file.toString(), toFile(file, progress));
    }

    private List<CopiedTable> toFile(Path file, CopyProgress progress) {
        if (file.equals(source.file())) {
            throw new UserException("copy.same", file);
        }
        boolean exists = Files.exists(file);
        if (exists) {
            try (Database existing = Database.open(file)) {
                RegistryCopy.refuseRecords(existing, file.toString());
            }
        }
        Path dir = file.getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UserException(e, "db.cannotCreate", file);
        }
        try (vn.dienhinh.store.DatabaseLock lock = Database.lock(file)) {
            Path temp = temporary(dir, file);
            try {
                List<CopiedTable> copied;
                try (Database to = Database.open(temp)) {
                    copied = RegistryCopy.copy(source, to, file.toString(), progress);
                }
                if (exists) {
                    // the new registry it replaces was closed: its log and shared memory, if left, belong to it
                    deleteQuietly(sibling(file, "-wal"));
                    deleteQuietly(sibling(file, "-shm"));
                }
                move(temp, file);
                return copied;
            } finally {
                for (String end : List.of("", "-wal", "-shm", ".lock")) {
                    deleteQuietly(sibling(temp, end));
                }
            }
        }
    }

    private static Path temporary(Path dir, Path file) {
        try {
            return Files.createTempFile(dir, "." + file.getFileName() + "-", ".copy");
        } catch (IOException e) {
            throw new UserException(e, "db.io", file, e.getMessage());
        }
    }

    private static void move(Path temp, Path file) {
        try {
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UserException(e, "db.io", file, e.getMessage());
        }
    }

    private static Path sibling(Path p, String end) {
        return end.isEmpty() ? p : p.resolveSibling(p.getFileName() + end);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete " + p, e);
        }
    }
}
