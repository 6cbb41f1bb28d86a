package vn.dienhinh.store;

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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;

/**
 * A compressed backup as {@code .db.zst}: the database in independent Zstandard frames of
 * {@value #BLOCK} bytes each (compressed on every core at once), then the description in a skippable
 * frame, then a 16-byte skippable frame saying where the description starts. The zstd program
 * ({@code zstd -d x.db.zst}) gives back the database, skipping the description; the program lists a
 * backup by reading its end, and reads the database straight out of it to restore, checking every
 * frame's own checksum and every byte against the description's size and CRC-32.
 * <p>
 * The description also gives, for every block, a fingerprint of its bytes (their CRC-32 and CRC-32C)
 * and the CRC-32C of its frame. A day's work changes a small share of the blocks: a block whose
 * fingerprint is that of the same block in the previous backup (the base) takes the base's frame, once
 * its bytes match their CRC-32C, instead of being compressed again. A frame compressed here is
 * decompressed at once and matched against its block; a copied one was, when it was first made, and one in
 * {@value #DECODE_ONE_IN} of them is again, a different one each day. Once the
 * file is on the disk, every frame is read back against its CRC-32C ({@link #readBack}); a restore
 * decompresses every frame and matches the whole against the CRC-32 of the bytes read from the database.
 */
final class ZstdBackup {

    /**
     * Bytes of the database per frame: 16 of the program's pages. Large enough to compress nearly as well
     * as 4 MB does (0.334 against 0.326 of the file at 100,000 exemplars; 128 KB: 0.349), small enough
     * that a day's work leaves most blocks as they were (50 exemplars edited through the program changed
     * 91 of 1,114 blocks there; of 4 MB blocks, 50 bare edits of a note alone changed 46 of 70).
     */
    static final int BLOCK = 256 << 10;
    static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    /**
     * One frame in so many of those copied from the base is also decompressed and matched against its block,
     * a different one each day: whatever went wrong once in a chain of copies is found and mended within as
     * many daily backups, for a sixteenth of the cost of decompressing them all.
     */
    static final int DECODE_ONE_IN = 16;
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
     * bytes written as zeros; blocks unchanged since {@code base} (an earlier backup of the same database,
     * or null) take its frames. {@code describe} gives the description once every byte was read, from the
     * size and CRC-32: the caller may still be checking the snapshot meanwhile.
     */
    static Written write(FileChannel source, long length, int pageSize, String entry, Path target,
                         BackupDisk disk, BackupArchive.Describer describe, Path base) throws IOException {
        int phase = (int) Math.floorMod(java.time.LocalDate.now().toEpochDay(), (long) DECODE_ONE_IN);
        return write(source, length, pageSize, entry, target, disk, describe, base, i -> i % DECODE_ONE_IN == phase);
    }

    /**
     * {@link #write(FileChannel, long, int, String, Path, BackupDisk, BackupArchive.Describer, Path)}, the frames
     * copied from the base decompressed and matched against their blocks where {@code decode} says so.
     */
    static Written write(FileChannel source, long length, int pageSize, String entry, Path target, BackupDisk disk,
                         BackupArchive.Describer describe, Path base, java.util.function.IntPredicate decode)
            throws IOException {
        CRC32 crc = new CRC32();
        List<ZstdFrames.Frame> frames = new ArrayList<>();
        ExecutorService pool = pool();
        try (ZstdFrames.Base from = ZstdFrames.Base.open(base);
             OutputStream out = new BufferedOutputStream(disk.create(target), 1 << 16)) {
            ArrayDeque<Future<ZstdFrames.Frame>> pending = new ArrayDeque<>();
            // blocks go back here once their frame is made: a few hundred kilobytes of heap for any database
            ArrayBlockingQueue<byte[]> spare = new ArrayBlockingQueue<>(2 * THREADS + 2);
            long pos = 0;
            while (pos < length || !pending.isEmpty()) {
                if (pos < length && pending.size() <= 2 * THREADS) {
                    int n = (int) Math.min(BLOCK, length - pos);
                    byte[] reused = n == BLOCK ? spare.poll() : null;
                    byte[] block = read(source, pos, reused == null ? new byte[n] : reused, pageSize);
                    crc.update(block);
                    int index = frames.size() + pending.size();
                    pos += block.length;
                    pending.add(pool.submit(() -> {
                        try {
                            return ZstdFrames.frame(block, from.frame(index, block.length), decode.test(index));
                        } finally {
                            if (block.length == BLOCK) {
                                spare.offer(block);
                            }
                        }
                    }));
                } else {
                    ZstdFrames.Frame frame = take(pending.poll());
                    out.write(frame.bytes());
                    frames.add(frame.withoutBytes());
                }
            }
            BackupArchive.Manifest m = describe.describe(entry, length, crc.getValue());
            Properties p = m.properties();
            p.setProperty("format", "zstd-1");
            p.setProperty("block", Integer.toString(BLOCK));
            p.setProperty("frames", String.join(",", frames.stream().map(f -> Integer.toString(f.size())).toList()));
            p.setProperty("blocks", String.join(",", frames.stream().map(f -> hex(f.fingerprint(), 16)).toList()));
            p.setProperty("framesums", String.join(",", frames.stream().map(f -> hex(f.sum(), 8)).toList()));
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
            return new Written(m, (int) frames.stream().filter(ZstdFrames.Frame::copied).count(), frames.size());
        } finally {
            pool.shutdownNow();
        }
    }

    /** What {@link #write} wrote: the description, and how many of its frames came from the base. */
    record Written(BackupArchive.Manifest manifest, int copied, int frames) {
    }

    /**
     * Reads a backup just written back from the disk: its description, and every frame against the
     * CRC-32C it gives (every frame was matched against its block when it was made, or copied from a
     * backup where it had been). A backup without those sums is read back whole ({@link #copyOut}).
     */
    static void readBack(Path file) throws IOException {
        Described d = described(file);
        if (d == null || d.sums == null) {
            copyOut(file, OutputStream.nullOutputStream());
            return;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long offset = 0;
            for (int i = 0; i < d.frames.length; i++) {
                byte[] frame = read(ch, offset, Math.toIntExact(d.frames[i]), 0);
                if (ZstdFrames.crc32c(frame) != d.sums[i]) {
                    throw new BackupArchive.Damaged(file.getFileName() + ": frame " + (i + 1) + " of " + d.frames.length
                            + " does not read back as written", false);
                }
                offset += frame.length;
            }
        }
    }

    private static String hex(long value, int digits) {
        String h = Long.toHexString(digits == 8 ? Integer.toUnsignedLong((int) value) : value);
        return "0".repeat(digits - h.length()) + h;
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
                    if (d.sums() != null && ZstdFrames.crc32c(frame) != d.sums()[next]) {
                        throw new BackupArchive.Damaged(file.getFileName() + ": frame " + (next + 1) + " of "
                                + d.frames.length + " is damaged", false);
                    }
                    offset += frame.length;
                    next++;
                    pending.add(pool.submit(() -> ZstdFrames.decompress(frame, expected)));
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

    /** The description of a backup the program wrote; {@code fingerprints} and {@code sums} null in one from before they were written. */
    record Described(BackupArchive.Manifest manifest, int block, long[] frames, long[] fingerprints, int[] sums) {
    }

    static Described described(Path file) throws IOException {
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
            if (!Arrays.equals(tag, TAG) || length < 8 || length > Math.min(size - TRAILER, 16 << 20)) {
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
                long[] fingerprints = p.getProperty("blocks") == null ? null : Arrays.stream(p.getProperty("blocks")
                        .split(",")).mapToLong(x -> Long.parseUnsignedLong(x, 16)).toArray();
                int[] sums = p.getProperty("framesums") == null ? null : Arrays.stream(p.getProperty("framesums")
                        .split(",")).mapToInt(x -> Integer.parseUnsignedInt(x, 16)).toArray();
                if (block <= 0 || frames.length != (m.size() + block - 1) / block || framed != start
                        || fingerprints != null && fingerprints.length != frames.length
                        || sums != null && sums.length != frames.length) {
                    throw new BackupArchive.Damaged(file.getFileName() + ": the description does not match its frames", false);
                }
                return new Described(m, block, frames, fingerprints, sums);
            } catch (NumberFormatException e) {
                throw new BackupArchive.Damaged(file.getFileName() + ": bad description: " + e.getMessage(), false);
            }
        }
    }

    /**
     * {@code n} bytes of {@code ch} from {@code pos}; with {@code pageSize} above 0, the bytes of SQLite's
     * lock-byte page are left as zeros, not read.
     */
    static byte[] read(FileChannel ch, long pos, int n, int pageSize) throws IOException {
        return read(ch, pos, new byte[n], pageSize);
    }

    /** {@link #read(FileChannel, long, int, int)} into {@code out}, as many bytes as it holds; returns it. */
    private static byte[] read(FileChannel ch, long pos, byte[] out, int pageSize) throws IOException {
        long end = pos + out.length;
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
