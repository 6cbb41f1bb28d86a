package vn.dienhinh.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * SQLite's native library, kept in the program's data folder. Left to itself sqlite-jdbc copies the
 * library out of the jar into the temporary folder at every start (some 100 ms, more on a busy
 * machine); a kept copy, checked by its size, is loaded straight away. Anything unexpected and
 * sqlite-jdbc does as it always did.
 */
public final class NativeSqlite {

    private static final Logger LOG = Logger.getLogger(NativeSqlite.class.getName());
    private static boolean prepared;

    private NativeSqlite() {
    }

    /** Loads SQLite from a copy in {@code dir} (made there the first time) instead of a new one each start. */
    public static synchronized void useCopyIn(Path dir) {
        if (prepared || System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        prepared = true;
        try {
            String folder = OSInfo.getNativeLibFolderPathForCurrentOS();
            String name = System.mapLibraryName("sqlitejdbc");
            URL url = SQLiteJDBCLoader.class.getResource("/org/sqlite/native/" + folder + "/" + name);
            if (url == null) {
                return;
            }
            URLConnection resource = url.openConnection();
            long size = resource.getContentLengthLong();
            Path home = dir.resolve("sqlite-" + SQLiteJDBCLoader.getVersion() + "-" + folder.replace('/', '-'));
            Path lib = home.resolve(name);
            if (!Files.isRegularFile(lib) || Files.size(lib) != size) {
                Files.createDirectories(home);
                Path tmp = Files.createTempFile(home, name, ".tmp");
                try (InputStream in = resource.getInputStream()) {
                    Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(tmp, lib, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            System.setProperty("org.sqlite.lib.path", home.toString());
            System.setProperty("org.sqlite.lib.name", name);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "no kept copy of the SQLite library; sqlite-jdbc extracts its own", e);
        }
    }
}
