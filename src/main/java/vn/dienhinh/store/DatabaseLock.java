package vn.dienhinh.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dienhinh.util.UserException;

/**
 * The lock a running Điển Hình holds on a database file ({@code FILE.lock} beside it): one program at a time
 * opens the file, and files can be replaced (a restore, a copy put in place) only while no program has it open.
 */
public final class DatabaseLock implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DatabaseLock.class.getName());

    private final FileChannel channel;
    private final FileLock lock;

    private DatabaseLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock on the database {@code db}; refused with {@code db.inUse} when a program has it. */
    static DatabaseLock take(Path db) {
        Path abs = db.toAbsolutePath().normalize();
        FileChannel channel = null;
        FileLock lock;
        try {
            channel = FileChannel.open(fileOf(abs), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = channel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new UserException("db.inUse", abs);
        }
        return new DatabaseLock(channel, lock);
    }

    /** The lock file of the database {@code db}. */
    static Path fileOf(Path db) {
        return db.resolveSibling(db.getFileName() + ".lock");
    }

    /** Lets a program open the file again. */
    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "lock release", e);
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "close", e);
            }
        }
    }
}
