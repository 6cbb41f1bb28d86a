package vn.dienhinh.store;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdException;
import com.github.luben.zstd.ZstdInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;

/**
 * A compressed backup as {@code .db.zst}: the database in independent Zstandard frames of
 * {@value #BLOCK} bytes each (compressed, and read back, on every core at once), then the description
 * in a skippable frame, then a 16-byte skippable frame saying where the description starts. The zstd
 * program ({@code zstd -d x.db.zst}) gives back the database, skipping the description; the program
 * lists a backup by reading its end, and reads the database straight out of it to restore, checking
 * every frame's own checksum and every byte against the description's size and CRC-32.
 */
final class ZstdBackup {

    static final int LEVEL = BackupArchive.ZSTD_LEVEL;
    /** Bytes of the database per frame: large enough to compress well, small enough to share among cores. */
    static final int BLOCK = 4 << 20;
    static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final int ZSTD_MAGIC = 0xFD2FB528;
    private static final int DESCRIPTION_MAGIC = 0x184D2A5D;
    private static final int TRAILER_MAGIC = 0x184D2A5E;
    private static final int TRAILER = 16;
    private static final byte[] TAG = {'D', 'H', 'S', 'L'};
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** SQLite's lock-byte page starts here; it never holds data, and Windows locks bytes in it. */
    private static final long LOCK_PAGE = 0x40000000L;

    private ZstdBackup() {
    }

    /** True when the file starts like a Zstandard frame. */
    static boolean isZstd(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes(4);
            return b.length == 4 && ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getInt() == ZSTD_MAGIC;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Compresses the first {@code length} bytes of {@code source} into {@code target} (written through
     * {@code disk}, forced to it on close), the lock-byte page of a database of pages of {@code pageSize}
     * bytes written as zeros. {@code describe} gives the description once every byte was read, from the
     * size and CRC-32: the caller may still be checking the snapshot meanwhile.
     */
    static BackupArchive.Manifest write(FileChannel source, long length, int pageSize, String entry, Path target,
                                        BackupDisk disk, BackupArchive.Describer describe) throws IOException {
        CRC32 crc = new CRC32();
        List<Long> frames = new ArrayList<>();
        ExecutorService pool = pool();
        try (OutputStream out = new BufferedOutputStream(disk.create(target), 1 << 16)) {
            ArrayDeque<Future<byte[]>> pending = new ArrayDeque<>();
            long pos = 0;
            while (pos < length || !pending.isEmpty()) {
                if (pos < length && pending.size() <= THREADS) {
                    byte[] block = read(source, pos, (int) Math.min(BLOCK, length - pos), pageSize);
                    crc.update(block);
                    pos += block.length;
                    pending.add(pool.submit(() -> compress(block)));
                } else {
                    byte[] frame = take(pending.poll());
                    out.write(frame);
                    frames.add((long) frame.length);
                }
            }
            BackupArchive.Manifest m = describe.describe(entry, length, crc.getValue());
            Properties p = m.properties();
            p.setProperty("format", "zstd-1");
            p.setProperty("block", Integer.toString(BLOCK));
            p.setProperty("frames", String.join(",", frames.stream().map(String::valueOf).toList()));
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            try (OutputStreamWriter w = new OutputStreamWriter(text, StandardCharsets.UTF_8)) {
                p.store(w, "Điển Hình: bản sao lưu cơ sở dữ liệu");
            }
            byte[] d = text.toByteArray();
            ByteBuffer head = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            head.putInt(DESCRIPTION_MAGIC).putInt(d.length);
            out.write(head.array());
            out.write(d);
            ByteBuffer tail = ByteBuffer.allocate(TRAILER).order(ByteOrder.LITTLE_ENDIAN);
            tail.putInt(TRAILER_MAGIC).putInt(8).putInt(8 + d.length).put(TAG);
            out.write(tail.array());
            return m;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The description alone, read from the file's end; null when there is none (a file made by the zstd program). */
    static BackupArchive.Manifest describe(Path file) throws IOException {
        Described d = described(file);
        return d == null ? null : d.manifest;
    }

    /**
     * Writes the backup's database to {@code out}: its frames decompressed on every core, in order, each
     * checked against its own checksum and size, the whole against the description's size and CRC-32 and
     * SQLite's header. A file without the description is read as one stream.
     */
    static BackupArchive.Manifest copyOut(Path file, OutputStream out) throws IOException {
        Described d = described(file);
        if (d == null) {
            return stream(file, out);
        }
        BackupArchive.Manifest m = d.manifest;
        CRC32 crc = new CRC32();
        long size = 0;
        ExecutorService pool = pool();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ArrayDeque<Future<byte[]>> pending = new ArrayDeque<>();
            long offset = 0;
            int next = 0;
            while (next < d.frames.length || !pending.isEmpty()) {
                if (next < d.frames.length && pending.size() <= THREADS) {
                    long left = m.size() - (long) next * d.block;
                    int expected = (int) Math.min(d.block, left);
                    byte[] frame = read(ch, offset, Math.toIntExact(d.frames[next]), 0);
                    offset += frame.length;
                    next++;
                    pending.add(pool.submit(() -> decompress(frame, expected)));
                } else {
                    byte[] block = take(pending.poll());
                    if (size == 0 && !startsLikeSqlite(block)) {
                        throw new BackupArchive.Damaged(m.database() + " is not an SQLite database", true);
                    }
                    out.write(block);
                    crc.update(block);
                    size += block.length;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (size == 0) {
            throw new BackupArchive.Damaged(file.getFileName() + " holds no database", true);
        }
        if (m.size() != size || m.crc() != crc.getValue()) {
            throw new BackupArchive.Damaged(m.database() + ": " + size + " bytes, CRC-32 " + Long.toHexString(crc.getValue())
                    + "; the description says " + m.size() + " bytes, " + Long.toHexString(m.crc()), false);
        }
        return m;
    }

    /** A file made by the zstd program: one stream of frames, its size and CRC-32 counted as it is read. */
    private static BackupArchive.Manifest stream(Path file, OutputStream out) throws IOException {
        CRC32 crc = new CRC32();
        long size = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = new ZstdInputStream(Files.newInputStream(file))) {
            int head = in.readNBytes(buf, 0, SQLITE_MAGIC.length);
            if (head < SQLITE_MAGIC.length || !Arrays.equals(buf, 0, head, SQLITE_MAGIC, 0, SQLITE_MAGIC.length)) {
                throw new BackupArchive.Damaged(file.getFileName() + " does not hold an SQLite database", true);
            }
            for (int n = head; n > 0; n = in.read(buf)) {
                out.write(buf, 0, n);
                crc.update(buf, 0, n);
                size += n;
            }
        } catch (ZstdException | java.io.EOFException e) {
            throw new BackupArchive.Damaged(file.getFileName() + ": " + e.getMessage(), false);
        } catch (IOException e) {
            if (e instanceof BackupArchive.Damaged || BackupDisk.isDiskFull(e)) {
                throw e;
            }
            // zstd-jni reports a damaged frame as a plain IOException with zstd's words
            throw new BackupArchive.Damaged(file.getFileName() + ": " + e.getMessage(), false);
        }
        String name = file.getFileName().toString();
        return new BackupArchive.Manifest(name.endsWith(".zst") ? name.substring(0, name.length() - 4) : name,
                size, crc.getValue(), -1, -1, null, null);
    }

    private record Described(BackupArchive.Manifest manifest, int block, long[] frames) {
    }

    private static Described described(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < TRAILER + 8) {
                return null;
            }
            ByteBuffer tail = ByteBuffer.wrap(read(ch, size - TRAILER, TRAILER, 0)).order(ByteOrder.LITTLE_ENDIAN);
            if (tail.getInt() != TRAILER_MAGIC || tail.getInt() != 8) {
                return null;
            }
            long length = Integer.toUnsignedLong(tail.getInt());
            byte[] tag = new byte[4];
            tail.get(tag);
            if (!Arrays.equals(tag, TAG) || length < 8 || length > Math.min(size - TRAILER, 1 << 20)) {
                return null;
            }
            long start = size - TRAILER - length;
            ByteBuffer d = ByteBuffer.wrap(read(ch, start, (int) length, 0)).order(ByteOrder.LITTLE_ENDIAN);
            if (d.getInt() != DESCRIPTION_MAGIC || d.getInt() != length - 8) {
                throw new BackupArchive.Damaged(file.getFileName() + ": the description's frame is damaged", false);
            }
            Properties p = new Properties();
            p.load(new StringReader(new String(d.array(), 8, (int) length - 8, StandardCharsets.UTF_8)));
            BackupArchive.Manifest m = BackupArchive.Manifest.of(p);
            try {
                int block = Integer.parseInt(p.getProperty("block"));
                String list = p.getProperty("frames", "");
                long[] frames = list.isEmpty() ? new long[0]
                        : Arrays.stream(list.split(",")).mapToLong(Long::parseLong).toArray();
                long framed = Arrays.stream(frames).sum();
                if (block <= 0 || frames.length != (m.size() + block - 1) / block || framed != start) {
                    throw new BackupArchive.Damaged(file.getFileName() + ": the description does not match its frames", false);
                }
                return new Described(m, block, frames);
            } catch (NumberFormatException e) {
                throw new BackupArchive.Damaged(file.getFileName() + ": bad description: " + e.getMessage(), false);
            }
        }
    }

    private static byte[] compress(byte[] block) {
        try (ZstdCompressCtx ctx = new ZstdCompressCtx()) {
            ctx.setLevel(LEVEL);
            ctx.setChecksum(true);
            ctx.setContentSize(true);
            return ctx.compress(block);
        }
    }

    private static byte[] decompress(byte[] frame, int expected) throws BackupArchive.Damaged {
        long declared = Zstd.getFrameContentSize(frame);
        if (declared != expected) {
            throw new BackupArchive.Damaged("a frame holds " + declared + " bytes where " + expected + " were written", false);
        }
        try {
            byte[] out = Zstd.decompress(frame, expected); // checks the frame's own checksum
            if (out.length != expected) {
                throw new BackupArchive.Damaged("a frame gave " + out.length + " bytes, not " + expected, false);
            }
            return out;
        } catch (ZstdException e) {
            throw new BackupArchive.Damaged("a damaged frame: " + e.getMessage(), false);
        }
    }

    /**
     * {@code n} bytes of {@code ch} from {@code pos}; with {@code pageSize} above 0, the bytes of SQLite's
     * lock-byte page are left as zeros, not read.
     */
    private static byte[] read(FileChannel ch, long pos, int n, int pageSize) throws IOException {
        byte[] out = new byte[n];
        long end = pos + n;
        long skipFrom = pageSize > 0 ? LOCK_PAGE : end;
        long skipTo = pageSize > 0 ? LOCK_PAGE + pageSize : end;
        fill(ch, out, pos, pos, Math.min(end, skipFrom));
        fill(ch, out, pos, Math.max(pos, skipTo), end);
        return out;
    }

    private static void fill(FileChannel ch, byte[] out, long base, long from, long to) throws IOException {
        if (from >= to) {
            return;
        }
        ByteBuffer b = ByteBuffer.wrap(out, (int) (from - base), (int) (to - from));
        for (long p = from; b.hasRemaining(); ) {
            int r = ch.read(b, p);
            if (r < 0) {
                throw new BackupArchive.Damaged("the file ends at " + p + ", before " + to, false);
            }
            p += r;
        }
    }

    private static boolean startsLikeSqlite(byte[] block) {
        return block.length >= SQLITE_MAGIC.length
                && Arrays.equals(block, 0, SQLITE_MAGIC.length, SQLITE_MAGIC, 0, SQLITE_MAGIC.length);
    }

    private static ExecutorService pool() {
        return Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "sao-luu-zstd");
            t.setDaemon(true);
            return t;
        });
    }

    private static <T> T take(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("backup interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(c);
        }
    }
}
