package vn.dienhinh.report;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import vn.dienhinh.util.UserException;

/**
 * Writes a file so that the target is either the old file or the complete new one: the content goes
 * to a temporary file in the same folder, is forced to disk, then moved over the target (atomically
 * where the file system can). On failure the temporary file is deleted and the target is untouched;
 * the error is one Vietnamese sentence naming the file (locked by Word or Excel, disk full, …).
 */
public final class AtomicFileWriter {

    /** What writes the content. It must not close the stream (closing it is harmless, though). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Below this much free space a failed write is reported as a full disk. */
    private static final long NEARLY_FULL = 1L << 20;

    private AtomicFileWriter() {
    }

    public static void write(Path target, Content content) {
        Path file = target.toAbsolutePath().normalize();
        Path dir = file.getParent();
        if (Files.isDirectory(file)) {
            throw new UserException("report.targetIsFolder", file);
        }
        checkNotLocked(file);
        Path tmp = createTemp(dir, file);
        boolean moved = false;
        try {
            writeAndSync(tmp, content, file);
            move(tmp, file);
            moved = true;
        } finally {
            if (!moved) {
                deleteQuietly(tmp);
            }
        }
    }

    /** An existing target that cannot be opened for writing is open in Word or Excel (Windows) or read-only. */
    private static void checkNotLocked(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            // opened without truncating: nothing written
        } catch (IOException e) {
            throw new UserException(e, "report.fileLocked", file);
        }
    }

    private static Path createTemp(Path dir, Path file) {
        try {
            // not createTempFile: its owner-only permissions would stay on the saved document
            String name = "." + file.getFileName() + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp";
            return Files.createFile(dir.resolve(name));
        } catch (NoSuchFileException e) {
            throw new UserException(e, "report.folderMissing", dir, file.getFileName());
        } catch (AccessDeniedException e) {
            throw new UserException(e, "report.folderDenied", dir, file.getFileName());
        } catch (IOException e) {
            throw writeFailure(e, file);
        }
    }

    private static void writeAndSync(Path tmp, Content content, Path file) {
        try (FileOutputStream fos = new FileOutputStream(tmp.toFile())) {
            OutputStream out = new BufferedOutputStream(fos, 1 << 16);
            content.writeTo(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            });
            out.flush();
            fos.getFD().sync();
        } catch (IOException e) {
            throw writeFailure(e, file);
        }
    }

    private static void move(Path tmp, Path file) {
        try {
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw moveFailure(e, file);
        }
    }

    /**
     * Replacing the target failed: on Windows that is a file open in Word or Excel (access denied or
     * "being used by another process") or a read-only file.
     */
    static UserException moveFailure(IOException e, Path file) {
        if (e instanceof AccessDeniedException
                || e instanceof FileSystemException && !(e instanceof NoSuchFileException)) {
            return new UserException(e, "report.fileLocked", file);
        }
        return writeFailure(e, file);
    }

    /** A full disk (by message or by free space left), otherwise a plain write failure with the reason. */
    static UserException writeFailure(IOException e, Path file) {
        if (isDiskFull(e, file.getParent())) {
            return new UserException(e, "report.diskFull", file);
        }
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new UserException(e, "report.writeFailed", file, reason);
    }

    static boolean isDiskFull(IOException e, Path dir) {
        String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (m.contains("no space left") || m.contains("not enough space") || m.contains("disk full")
                || m.contains("disk quota")) {
            return true;
        }
        try {
            return dir != null && Files.getFileStore(dir).getUsableSpace() < NEARLY_FULL;
        } catch (IOException | RuntimeException ignored) {
            return false;
        }
    }

    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // best effort: a leftover hidden .tmp file does no harm to the target
        }
    }
}
