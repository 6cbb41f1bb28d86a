package vn.dienhinh.store;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The frames of a {@code .db.zst} ({@link ZstdBackup}), one block of the database each: made by
 * compressing the block, or taken from the previous backup (the base) when the block is as it was there.
 */
final class ZstdFrames {

    private static final Logger LOG = Logger.getLogger(ZstdFrames.class.getName());

    private ZstdFrames() {
    }

    /** A frame as written: its bytes (null once written), their size and CRC-32C, its block's fingerprint. */
    record Frame(byte[] bytes, int size, int sum, long fingerprint, boolean copied) {
        Frame withoutBytes() {
            return new Frame(null, size, sum, fingerprint, copied);
        }
    }

    /**
     * The frame of {@code block}: the base's {@code earlier} one when the block's fingerprint is that
     * frame's block's and the frame's bytes match their CRC-32C (and, when {@code decode}, the frame
     * decompresses to the block byte for byte); else compressed here, decompressed again and matched
     * against the block byte for byte.
     */
    static Frame frame(byte[] block, Earlier earlier, boolean decode) throws BackupArchive.Damaged {
        long fingerprint = fingerprint(block);
        if (earlier != null && earlier.fingerprint == fingerprint) {
            byte[] bytes = earlier.read();
            if (bytes != null && (!decode || decodesTo(bytes, block))) {
                return new Frame(bytes, bytes.length, crc32c(bytes), fingerprint, true);
            }
            if (bytes != null) {
                LOG.warning(() -> "a frame of the previous backup at " + earlier.offset()
                        + " does not hold the block its description says; compressed again");
            }
        }
        byte[] bytes = compress(block);
        if (!decodesTo(bytes, block)) {
            throw new BackupArchive.Damaged("a frame does not decompress to the block it was made of", false);
        }
        return new Frame(bytes, bytes.length, crc32c(bytes), fingerprint, false);
    }

    /** True when {@code frame} decompresses to exactly {@code block}. */
    private static boolean decodesTo(byte[] frame, byte[] block) {
        byte[] back = BACK.get();
        if (back.length < block.length) {
            back = new byte[block.length];
            BACK.set(back);
        }
        try {
            return Zstd.decompressByteArray(back, 0, block.length, frame, 0, frame.length) == block.length
                    && Arrays.equals(back, 0, block.length, block, 0, block.length);
        } catch (ZstdException e) {
            return false;
        }
    }

    /** Where each worker decompresses a frame it has just made, to match it against its block. */
    private static final ThreadLocal<byte[]> BACK = ThreadLocal.withInitial(() -> new byte[ZstdBackup.BLOCK]);

    /** A block's fingerprint: its CRC-32 in the high half, its CRC-32C in the low. */
    private static long fingerprint(byte[] block) {
        CRC32 a = new CRC32();
        a.update(block);
        return a.getValue() << 32 | Integer.toUnsignedLong(crc32c(block));
    }

    static int crc32c(byte[] bytes) {
        CRC32C c = new CRC32C();
        c.update(bytes);
        return (int) c.getValue();
    }

    /** A frame of the base that may stand for a block of the same place and length. */
    record Earlier(FileChannel file, long offset, int size, int sum, long fingerprint) {
        /** Its bytes when they still match their CRC-32C; null when they do not or cannot be read. */
        byte[] read() {
            try {
                byte[] bytes = ZstdBackup.read(file, offset, size, 0);
                if (crc32c(bytes) == sum) {
                    return bytes;
                }
                LOG.warning(() -> "a frame of the previous backup at " + offset + " no longer matches its CRC-32C");
            } catch (IOException e) {
                LOG.log(Level.INFO, "cannot read the previous backup's frame at " + offset, e);
            }
            return null;
        }
    }

    /** The previous backup whose frames may be copied; none when it is missing, of another form or damaged. */
    static final class Base implements AutoCloseable {
        private final FileChannel file;
        private final ZstdBackup.Described described;
        private final long[] offsets;

        private Base(FileChannel file, ZstdBackup.Described described) {
            this.file = file;
            this.described = described;
            this.offsets = new long[described == null ? 0 : described.frames().length];
            for (int i = 1; i < offsets.length; i++) {
                offsets[i] = offsets[i - 1] + described.frames()[i - 1];
            }
        }

        static Base open(Path base) {
            if (base != null && Files.isRegularFile(base)) {
                try {
                    ZstdBackup.Described d = ZstdBackup.described(base);
                    if (d != null && d.block() == ZstdBackup.BLOCK && d.fingerprints() != null && d.sums() != null) {
                        return new Base(FileChannel.open(base, StandardOpenOption.READ), d);
                    }
                } catch (IOException e) {
                    LOG.log(Level.INFO, "the previous backup " + base + " cannot be used", e);
                }
            }
            return new Base(null, null);
        }

        /** The base's frame {@code index} when its block had {@code length} bytes too; else null. */
        Earlier frame(int index, int length) {
            if (described == null || index >= offsets.length) {
                return null;
            }
            long left = described.manifest().size() - (long) index * described.block();
            if (Math.min(described.block(), left) != length) {
                return null;
            }
            return new Earlier(file, offsets[index], Math.toIntExact(described.frames()[index]),
                    described.sums()[index], described.fingerprints()[index]);
        }

        @Override
        public void close() throws IOException {
            if (file != null) {
                file.close();
            }
        }
    }

    private static byte[] compress(byte[] block) {
        try (ZstdCompressCtx ctx = new ZstdCompressCtx()) {
            ctx.setLevel(BackupArchive.ZSTD_LEVEL);
            ctx.setChecksum(true);
            ctx.setContentSize(true);
            return ctx.compress(block);
        }
    }

    static byte[] decompress(byte[] frame, int expected) throws BackupArchive.Damaged {
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
}
