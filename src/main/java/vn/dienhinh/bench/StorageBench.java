package vn.dienhinh.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.service.BackupService;
import vn.dienhinh.service.RestoreService;
import vn.dienhinh.store.BackupArchive;
import vn.dienhinh.util.FileSizes;
import vn.dienhinh.util.Messages;

/**
 * What the registry takes on the disk (issue 12): the file's size per exemplar; the daily backup (the
 * {@code .db.zst} the program writes into its backups folder, checked and read back, after {@value #EDITS}
 * exemplars were edited since the one before it, whose unchanged blocks it copies) beside a bare copy of
 * the file, forced to the disk like the backup; the first backup of a database, every block compressed, for
 * reference; the backup's size beside the database's; and a restore from it (read out of the backup,
 * checked, put in place) beside a bare copy of the database file. All on a copy of the registry.
 */
final class StorageBench {

    /** The blocks the backup compresses, each on its own: 256 KB, as {@code .db.zst} frames. */
    private static final int BLOCK = 256 << 10;
    /** Exemplars edited between one day's backup and the next. */
    private static final int EDITS = 50;
    private static final int THREADS = Runtime.getRuntime().availableProcessors();

    private final Path registry;
    private final Path dir;

    StorageBench(Path registry, Path dir) {
        this.registry = registry;
        this.dir = dir;
    }

    List<BenchRow> measure(int runs) throws IOException {
        List<BenchRow> rows = new ArrayList<>();
        // a copy of the registry, which the day's edits change; the registry itself is kept for the next run
        Path db = dir.resolve("so").resolve("dienhinh.db");
        Files.createDirectories(db.getParent());
        Files.copy(registry, db, StandardCopyOption.REPLACE_EXISTING);
        Path copy = dir.resolve("ban-sao.db");
        Path first = dir.resolve("lan-dau.db.zst");
        long exemplars;
        long dbSize;
        List<Long> firsts = new ArrayList<>();
        List<Long> backups = new ArrayList<>();
        List<Long> copies = new ArrayList<>();
        List<Long> compressions = new ArrayList<>();
        long compressed = 0;
        Path daily;
        try (AppContext ctx = AppContext.open(db)) {
            exemplars = ctx.registry().count(ExemplarFilter.ALL);
            dbSize = Files.size(db);
            for (int run = 0; run < runs; run++) {
                // the first backup of a database: nothing earlier to copy from, every block compressed
                Files.deleteIfExists(first);
                long t0 = System.nanoTime();
                ctx.backups().backupTo(first);
                firsts.add(System.nanoTime() - t0);
                t0 = System.nanoTime();
                compressed = bareCompression(db);
                compressions.add(System.nanoTime() - t0);
            }
            Files.deleteIfExists(first);
            daily = ctx.backups().backupNow().file(); // yesterday's, in the backups folder
            java.util.Random random = new java.util.Random(12);
            for (int run = 0; run < runs; run++) {
                for (int i = 0; i < EDITS; i++) {
                    long id = 1 + random.nextInt((int) exemplars);
                    Exemplar e = ctx.registry().require(id);
                    ctx.registry().save(e.toBuilder().note("Ghi chú ngày " + (run + 1) + ", lần sửa " + (i + 1)).build());
                }
                Files.deleteIfExists(copy);
                copies.add(bareCopy(db, copy));
                long t0 = System.nanoTime();
                Path next = ctx.backups().backupNow().file();
                backups.add(System.nanoTime() - t0);
                Files.delete(daily);
                daily = next;
            }
        }
        long zipSize = Files.size(daily);
        rows.add(sizeRow(dbSize, exemplars));
        rows.add(BenchRow.measured(Messages.get("bench.op.backup"), Stats.ofNanos(backups), Stats.ofNanos(copies),
                Target.ofFloor(1.5)).withNote(Messages.get("bench.backup.note", EDITS, FileSizes.format(dbSize))));
        rows.add(BenchRow.measured(Messages.get("bench.op.firstBackup"), Stats.ofNanos(firsts), Stats.ofNanos(copies),
                Target.comparison()).withNote(Messages.get("bench.firstBackup.note")));
        String share = java.math.BigDecimal.valueOf(compressed / (double) Math.max(1, dbSize))
                .setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        rows.add(BenchRow.measured(Messages.get("bench.op.compression"), Stats.ofNanos(compressions),
                Stats.ofNanos(copies), Target.comparison()).withNote(Messages.get("bench.compression.note",
                BackupArchive.ZSTD_LEVEL, THREADS, FileSizes.format(compressed), share, FileSizes.format(BLOCK))));
        double zipMb = zipSize / 1048576.0;
        double dbMb = dbSize / 1048576.0;
        BenchRow size = new BenchRow(Messages.get("bench.op.backupSize"), zipMb, zipMb, zipMb, dbMb,
                Target.ofFloor(0.35), BenchRow.Verdict.OK, "MB", Messages.get("bench.backupSize.note"));
        rows.add(size.ratio() <= 0.35 ? size : new BenchRow(size.operation(), zipMb, zipMb, zipMb, dbMb, size.target(),
                BenchRow.Verdict.MISS, "MB", size.note()));

        // restore onto a copy of the registry, closed, as the window's restore does after closing it
        Path target = dir.resolve("khoi-phuc").resolve("dienhinh.db");
        Files.createDirectories(target.getParent());
        Files.copy(registry, target, StandardCopyOption.REPLACE_EXISTING);
        List<Long> restores = new ArrayList<>();
        List<Long> floors = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Files.deleteIfExists(copy);
            floors.add(bareCopy(registry, copy));
            long t0 = System.nanoTime();
            RestoreService.restore(target, daily, Clock.systemDefaultZone());
            restores.add(System.nanoTime() - t0);
            clear(BackupService.folderOf(target)); // the replaced database kept by each restore
        }
        rows.add(BenchRow.measured(Messages.get("bench.op.restore"), Stats.ofNanos(restores), Stats.ofNanos(floors),
                Target.ofFloor(2)).withNote(Messages.get("bench.restore.note")));
        Files.deleteIfExists(copy);
        clear(BackupService.folderOf(db));
        Files.deleteIfExists(db);
        return rows;
    }

    /** The file's size per exemplar, in KB of 1,024 bytes; at most 3 KB. */
    private static BenchRow sizeRow(long dbSize, long exemplars) {
        double kb = exemplars == 0 ? 0 : dbSize / 1024.0 / exemplars;
        Target target = new Target(3.0, null, Messages.get("bench.target.kb", 3));
        return new BenchRow(Messages.get("bench.op.fileSize"), kb, kb, kb, null, target,
                target.met(kb, null) ? BenchRow.Verdict.OK : BenchRow.Verdict.MISS, "KB",
                Messages.get("bench.fileSize.note", FileSizes.format(dbSize), exemplars,
                        Long.toString(Math.round(dbSize / (double) Math.max(1, exemplars)))));
    }

    /**
     * What compressing the file costs on this machine with nothing else done (no snapshot, check, frames
     * or disk): zstd at the backup's level, in blocks of {@value #BLOCK} bytes compressed on every core at
     * once, into nothing. No compressed backup can be faster; returns the compressed size.
     */
    static long bareCompression(Path file) throws IOException {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(THREADS);
        try (InputStream in = Files.newInputStream(file)) {
            java.util.ArrayDeque<java.util.concurrent.Future<Long>> pending = new java.util.ArrayDeque<>();
            long total = 0;
            for (byte[] block; (block = in.readNBytes(BLOCK)).length > 0 || !pending.isEmpty(); ) {
                if (block.length > 0) {
                    byte[] b = block;
                    pending.add(pool.submit(() -> (long) com.github.luben.zstd.Zstd.compress(b, BackupArchive.ZSTD_LEVEL).length));
                }
                if (pending.size() > THREADS || block.length == 0) {
                    total += pending.poll().get();
                }
            }
            return total;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The floor: the file copied and forced to the disk; returns the nanoseconds it took. */
    private static long bareCopy(Path from, Path to) throws IOException {
        long t0 = System.nanoTime();
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel ch = FileChannel.open(to, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        return System.nanoTime() - t0;
    }

    private static void clear(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
