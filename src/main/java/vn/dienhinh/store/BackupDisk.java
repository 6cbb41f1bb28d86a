package vn.dienhinh.store;

import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a backup's bytes go and how much room there is: the real disk, or in tests one that fills up
 * halfway through a backup.
 */
public interface BackupDisk {

    /** A new file to write; closing it forces its bytes to the disk. */
    OutputStream create(Path file) throws IOException;

    /** The bytes free for this program in the folder's file system. */
    long usableSpace(Path folder) throws IOException;

    /** The disk of the machine. */
    BackupDisk REAL = new BackupDisk() {
        @Override
        public OutputStream create(Path file) throws IOException {
            FileOutputStream f = new FileOutputStream(file.toFile());
            return new FilterOutputStream(f) {
                private boolean closed;

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    f.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    if (closed) {
                        return;
                    }
                    closed = true;
                    try {
                        f.flush();
                        f.getChannel().force(true);
                    } finally {
                        f.close();
                    }
                }
            };
        }

        @Override
        public long usableSpace(Path folder) throws IOException {
            return Files.getFileStore(folder).getUsableSpace();
        }
    };

    /**
     * True when {@code t} (or one of its causes) says the disk is full: "No space left on device"
     * (Linux, macOS), "There is not enough space on the disk" (Windows), SQLite's SQLITE_FULL.
     */
    static boolean isDiskFull(Throwable t) {
        for (Throwable x = t; x != null; x = x.getCause()) {
            if (x instanceof vn.dienhinh.util.UserException u && u.key().equals("db.full")) {
                return true;
            }
            String m = String.valueOf(x.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("no space left") || m.contains("not enough space") || m.contains("disk is full")
                    || m.contains("sqlite_full") || m.contains("disk quota exceeded")) {
                return true;
            }
        }
        return false;
    }
}
