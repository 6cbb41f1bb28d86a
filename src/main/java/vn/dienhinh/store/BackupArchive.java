package vn.dienhinh.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Properties;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A compressed backup of the database snapshot with a short description (what the snapshot holds, its
 * size and CRC-32, the check it passed), read by the program straight out of the file to restore, every
 * byte checked against the CRC-32. Two forms, told apart by their first bytes: {@code .db.zst}
 * ({@link ZstdBackup}, what the program writes), and a zip holding {@code dienhinh.db} and, after it,
 * {@value #MANIFEST} (what version 14 wrote, and what a backup named {@code .zip} still gets). Either
 * opens in the common program for it (zstd, any zip program).
 */
public final class BackupArchive {

    /** The description's entry. */
    public static final String MANIFEST = "dien-hinh-sao-luu.properties";
    /**
     * Deflate level 2: a third of the database's size (level 1 is at the edge of it, level 6 takes
     * three times as long to gain a tenth), in some 10 ms a megabyte on one core.
     */
    public static final int LEVEL = 2;
    /**
     * Zstandard level 1 for {@code .db.zst}: a third of the database's size (0.33 at 100,000 exemplars)
     * in some 3 ms a megabyte on one core, against some 10 ms for deflate level 2; level -1 is a tenth
     * faster at 0.35, the edge of what issue 12 allows.
     */
    public static final int ZSTD_LEVEL = 1;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUFFER = 1 << 16;

    private BackupArchive() {
    }

    /** What the description says. */
    public record Manifest(String database, long size, long crc, long exemplars, long units, String version,
                           String taken) {

        Properties properties() {
            Properties p = new Properties();
            p.setProperty("format", "1");
            p.setProperty("database", database);
            p.setProperty("size", Long.toString(size));
            p.setProperty("crc32", Long.toHexString(crc));
            p.setProperty("exemplars", Long.toString(exemplars));
            p.setProperty("units", Long.toString(units));
            p.setProperty("version", version == null ? "" : version);
            p.setProperty("taken", taken);
            p.setProperty("check", "quick_check ok");
            return p;
        }

        static Manifest of(Properties p) throws ZipException {
            try {
                return new Manifest(p.getProperty("database"), Long.parseLong(p.getProperty("size")),
                        Long.parseLong(p.getProperty("crc32"), 16), Long.parseLong(p.getProperty("exemplars")),
                        Long.parseLong(p.getProperty("units")), p.getProperty("version"), p.getProperty("taken"));
            } catch (RuntimeException e) {
                throw new Damaged("bad description: " + e.getMessage(), false);
            }
        }
    }

    /** A backup that does not read back: damaged, or ({@link #notDatabase}) holding no SQLite database at all. */
    public static final class Damaged extends ZipException {
        private final boolean notDatabase;

        Damaged(String message, boolean notDatabase) {
            super(message);
            this.notDatabase = notDatabase;
        }

        /** True when what the file holds is no database (a workbook, an archive of documents). */
        public boolean notDatabase() {
            return notDatabase;
        }
    }

    /** True when the file starts like a compressed backup: a zip or a Zstandard frame. */
    public static boolean isCompressed(Path file) {
        return isZip(file) || ZstdBackup.isZstd(file);
    }

    /** True when the file starts like a zip. */
    public static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(4), ZIP_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Compresses the snapshot into {@code zip} (written through {@code disk}, forced to it on close).
     * {@code describe} gives the description once the snapshot is written, from its size and CRC-32:
     * the caller may still be checking the snapshot meanwhile.
     */
    static Manifest write(Path snapshot, String entryName, Path zip, BackupDisk disk, Describer describe)
            throws IOException {
        CRC32 crc = new CRC32();
        long size = 0;
        Manifest m;
        try (OutputStream file = disk.create(zip);
             ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(file, BUFFER), StandardCharsets.UTF_8)) {
            out.setLevel(LEVEL);
            out.putNextEntry(new ZipEntry(entryName));
            byte[] buf = new byte[BUFFER];
            try (InputStream in = Files.newInputStream(snapshot)) {
                for (int n; (n = in.read(buf)) > 0; ) {
                    out.write(buf, 0, n);
                    crc.update(buf, 0, n);
                    size += n;
                }
            }
            out.closeEntry();
            m = describe.describe(entryName, size, crc.getValue());
            out.putNextEntry(new ZipEntry(MANIFEST));
            m.properties().store(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8) {
                @Override
                public void close() throws IOException {
                    flush(); // the zip is closed below, not by the description's writer
                }
            }, "Điển Hình: bản sao lưu cơ sở dữ liệu");
            out.closeEntry();
        }
        return m;
    }

    /** Gives the description of a written snapshot. */
    @FunctionalInterface
    interface Describer {
        Manifest describe(String entry, long size, long crc) throws IOException;
    }

    /**
     * Reads the whole backup back: the description, then every byte of the database, checked against
     * the size and CRC-32 it gives and against SQLite's header. Throws when anything is off.
     */
    public static Manifest verify(Path zip) throws IOException {
        return ZstdBackup.isZstd(zip) ? ZstdBackup.copyOut(zip, OutputStream.nullOutputStream())
                : copyOut(zip, OutputStream.nullOutputStream());
    }

    /** Writes the backup's database to {@code target}, checking it as {@link #verify} does. */
    public static Manifest extract(Path zip, Path target, BackupDisk disk) throws IOException {
        boolean zstd = ZstdBackup.isZstd(zip);
        try (OutputStream out = new BufferedOutputStream(disk.create(target), BUFFER)) {
            return zstd ? ZstdBackup.copyOut(zip, out) : copyOut(zip, out);
        }
    }

    /** The description alone, without reading the database (to list backups); null when there is none. */
    public static Manifest describe(Path zip) throws IOException {
        if (ZstdBackup.isZstd(zip)) {
            return ZstdBackup.describe(zip);
        }
        try (ZipFile z = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry e = z.getEntry(MANIFEST);
            return e == null ? null : manifest(z, e);
        }
    }

    private static Manifest copyOut(Path zip, OutputStream out) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry me = z.getEntry(MANIFEST);
            Manifest m = me == null ? null : manifest(z, me);
            ZipEntry db = m == null ? onlyDatabase(z) : z.getEntry(m.database());
            if (db == null) {
                throw new Damaged("no database in " + zip.getFileName(), true);
            }
            CRC32 crc = new CRC32();
            long size = 0;
            byte[] buf = new byte[BUFFER];
            try (InputStream in = z.getInputStream(db)) { // checks the zip's own CRC-32 at the end too
                int head = in.readNBytes(buf, 0, SQLITE_MAGIC.length);
                if (head < SQLITE_MAGIC.length || !Arrays.equals(buf, 0, head, SQLITE_MAGIC, 0, SQLITE_MAGIC.length)) {
                    throw new Damaged(db.getName() + " is not an SQLite database", true);
                }
                out.write(buf, 0, head);
                crc.update(buf, 0, head);
                size = head;
                for (int n; (n = in.read(buf)) > 0; ) {
                    out.write(buf, 0, n);
                    crc.update(buf, 0, n);
                    size += n;
                }
            }
            if (m != null && (m.size() != size || m.crc() != crc.getValue())) {
                throw new Damaged(db.getName() + ": " + size + " bytes, CRC-32 " + Long.toHexString(crc.getValue())
                        + "; the description says " + m.size() + " bytes, " + Long.toHexString(m.crc()), false);
            }
            return m != null ? m : new Manifest(db.getName(), size, crc.getValue(), -1, -1, null, null);
        }
    }

    private static Manifest manifest(ZipFile z, ZipEntry e) throws IOException {
        Properties p = new Properties();
        try (InputStream in = z.getInputStream(e)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return Manifest.of(p);
    }

    /** A zip without a description (made by hand): its one database entry. */
    private static ZipEntry onlyDatabase(ZipFile z) {
        ZipEntry found = null;
        for (Enumeration<? extends ZipEntry> en = z.entries(); en.hasMoreElements(); ) {
            ZipEntry e = en.nextElement();
            if (!e.isDirectory() && e.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".db")) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }
}
