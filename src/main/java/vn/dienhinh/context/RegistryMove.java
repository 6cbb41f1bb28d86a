package vn.dienhinh.context;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;
import vn.dienhinh.model.OfficerRole;
import vn.dienhinh.store.Database;
import vn.dienhinh.store.RegistryCopy;
import vn.dienhinh.util.UserException;

/**
 * Moving a registry between a workstation's file and the office's shared registry: a file into an empty
 * shared registry on the server (moving in), or the shared registry out into a new file (a copy to keep).
 * All of it or nothing: the server's copy is one transaction, a new file is written beside its place and
 * moved there only once complete and counted.
 */
public final class RegistryMove {

    private RegistryMove() {
    }

    /** Copies the registry {@code source} names into {@code target} (a server's empty registry, or a file not there yet). */
    public static List<RegistryCopy.Table> copy(String source, String target, Consumer<RegistryCopy.Table> progress) {
        if (AppContext.isServer(target)) {
            try (Database from = Database.open(source); Database to = Database.open(target)) {
                return RegistryCopy.copy(from, to, progress);
            }
        }
        Path file = Path.of(target).toAbsolutePath().normalize();
        if (Files.exists(file)) {
            throw new UserException("copy.fileExists", file);
        }
        Path part = file.resolveSibling(file.getFileName() + ".dang-chep");
        deleteQuietly(part);
        try (Database from = Database.open(source)) {
            if (from.isShared() && from.officer().role() != OfficerRole.OFFICE) {
                // the whole registry leaves the server: only the office's officer sees all of it
                throw new UserException("copy.officeOnly", from.name(), from.officer().login());
            }
            List<RegistryCopy.Table> copied;
            try (Database to = Database.open(part)) {
                copied = RegistryCopy.copy(from, to, progress);
            }
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
            return copied;
        } catch (IOException e) {
            throw new UserException(e, "db.io", file, e.getMessage());
        } finally {
            deleteQuietly(part);
        }
    }

    private static void deleteQuietly(Path part) {
        for (String end : List.of("", "-wal", "-shm", "-journal", ".lock")) {
            try {
                Files.deleteIfExists(part.resolveSibling(part.getFileName() + end));
            } catch (IOException e) {
                // a leftover part is never opened as a registry: it keeps its ".dang-chep" name
            }
        }
    }
}
