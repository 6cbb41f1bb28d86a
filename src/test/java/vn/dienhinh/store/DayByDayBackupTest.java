package vn.dienhinh.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dienhinh.testutil.ExemplarFixtures.person;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.DatabaseReport;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.service.RestoreService;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.util.UserException;

/**
 * A day's backup after the one before it: the blocks the day did not change are taken from that backup,
 * never a frame that no longer reads as it was written; what is written is read back from the disk; a
 * damaged database is not backed up.
 */
class DayByDayBackupTest {

    @TempDir
    Path dir;

    private static void fill(TestDb t, int n) {
        for (int i = 0; i < n; i++) {
            t.registry.save(person("Phạm Thị Hoa " + i, 1960 + i % 40)
                    .summary("Gương người tốt việc tốt ở tổ dân phố số " + i + ", vận động bà con giữ gìn vệ sinh chung").build());
        }
    }

    /** The database file written out as it stands (its log emptied into it), the frames from {@code base} where they may be. */
    private static ZstdBackup.Written write(TestDb t, Path out, Path base) throws IOException {
        return write(t, out, base, i -> false);
    }

    /** {@link #write(TestDb, Path, Path)}, the copied frames {@code decode} names decompressed and matched too. */
    private static ZstdBackup.Written write(TestDb t, Path out, Path base, java.util.function.IntPredicate decode)
            throws IOException {
        t.db.read(c -> Sql.list(c, "PRAGMA wal_checkpoint(TRUNCATE)", rs -> rs.getInt(1)));
        try (FileChannel ch = FileChannel.open(t.db.file(), StandardOpenOption.READ)) {
            return ZstdBackup.write(ch, ch.size(), Database.PAGE_SIZE, "test.db", out, BackupDisk.REAL,
                    (name, size, crc) -> new BackupArchive.Manifest(name, size, crc, 0, 0, "1", "2026-11-23T08:00"),
                    base, decode);
        }
    }

    private static byte[] unpacked(Path zst) throws IOException {
        try (var in = new com.github.luben.zstd.ZstdInputStream(Files.newInputStream(zst))) {
            return in.readAllBytes();
        }
    }

    @Test
    void theBlocksADayLeftAsTheyWereAreTakenFromTheBackupBeforeAndTheBackupStillHoldsTheDatabase() throws Exception {
        try (TestDb t = new TestDb(dir)) {
            fill(t, 600);
            Path monday = dir.resolve("thu-hai.db.zst");
            ZstdBackup.Written first = write(t, monday, null);
            assertThat(first.copied()).as("nothing to copy from").isZero();
            assertThat(first.frames()).isGreaterThan(5);

            Exemplar e = t.registry.require(300);
            t.registry.save(e.toBuilder().note("Đã được biểu dương ở hội nghị phường").build());
            Path tuesday = dir.resolve("thu-ba.db.zst");
            ZstdBackup.Written second = write(t, tuesday, monday);
            assertThat(second.copied()).as("the blocks the edit did not touch").isPositive()
                    .isLessThan(second.frames());
            assertThat(unpacked(tuesday)).isEqualTo(Files.readAllBytes(t.db.file()));
            ZstdBackup.readBack(tuesday);

            // nothing changed since: every frame copied, the same file again
            Path wednesday = dir.resolve("thu-tu.db.zst");
            assertThat(write(t, wednesday, tuesday).copied()).isEqualTo(second.frames());
            assertThat(unpacked(wednesday)).isEqualTo(Files.readAllBytes(t.db.file()));
        }
    }

    @Test
    void aFrameOfTheBackupBeforeThatNoLongerReadsAsWrittenIsCompressedAgainNotCopied() throws Exception {
        try (TestDb t = new TestDb(dir)) {
            fill(t, 300);
            Path before = dir.resolve("truoc.db.zst");
            int frames = write(t, before, null).frames();
            vn.dienhinh.testutil.DamagedFiles.flipByte(before, 300); // inside the first frame
            Path next = dir.resolve("sau.db.zst");
            assertThat(write(t, next, before).copied()).isEqualTo(frames - 1);
            assertThat(unpacked(next)).isEqualTo(Files.readAllBytes(t.db.file()));
        }
    }

    @Test
    void aBackupOfAnotherFormOrNoneAtAllIsNoBase() throws Exception {
        try (TestDb t = new TestDb(dir)) {
            fill(t, 100);
            Path zip = dir.resolve("cu.zip");
            new Maintenance(t.db).backupTo(zip);
            Path next = dir.resolve("moi.db.zst");
            assertThat(write(t, next, zip).copied()).isZero();
            assertThat(write(t, dir.resolve("khac.db.zst"), dir.resolve("khong-co.db.zst")).copied()).isZero();
            assertThat(unpacked(next)).isEqualTo(Files.readAllBytes(t.db.file()));
        }
    }

    @Test
    void aBackupFromTheVersionBeforeTheBlocksFingerprintsIsStillReadAndRestoredButIsNoBase() throws Exception {
        Path db;
        Path old;
        try (TestDb t = new TestDb(dir)) {
            db = t.db.file();
            fill(t, 120);
            old = dir.resolve("truoc-ban-moi.db.zst");
            write(t, old, null);
            withoutSums(old);
            ZstdBackup.readBack(old); // read whole, as nothing gives its frames' sums
            assertThat(write(t, dir.resolve("moi.db.zst"), old).copied()).isZero();
            fill(t, 3);
        }
        RestoreService.restore(db, old, TestDb.CLOCK);
        try (TestDb t = new TestDb(dir)) {
            assertThat(t.registry.count(ExemplarFilter.ALL)).isEqualTo(120);
        }
    }

    @Test
    void aCopiedFrameThatDoesNotHoldItsBlockIsFoundWhenDecodedAndCompressedAgain() throws Exception {
        try (TestDb t = new TestDb(dir)) {
            fill(t, 300);
            Path monday = dir.resolve("thu-hai.db.zst");
            int frames = write(t, monday, null).frames();
            Exemplar e = t.registry.require(150);
            t.registry.save(e.toBuilder().note("Ghi chú mới").build());
            Path tuesday = dir.resolve("thu-ba.db.zst");
            assertThat(write(t, tuesday, null).frames()).as("the same length").isEqualTo(frames);
            // Monday's frames under Tuesday's fingerprints: a description that lies about what its frames hold
            String blocks = description(tuesday).lines().filter(l -> l.startsWith("blocks=")).findFirst().orElseThrow();
            rewrite(monday, text -> text.lines().map(l -> l.startsWith("blocks=") ? blocks : l)
                    .collect(java.util.stream.Collectors.joining("\n", "", "\n")));

            Path trusted = dir.resolve("tin.db.zst");
            write(t, trusted, monday, i -> false);
            assertThat(unpacked(trusted)).as("copied on the fingerprint alone").isNotEqualTo(Files.readAllBytes(t.db.file()));
            Path decoded = dir.resolve("giai-nen.db.zst");
            ZstdBackup.Written w = write(t, decoded, monday, i -> true);
            assertThat(unpacked(decoded)).isEqualTo(Files.readAllBytes(t.db.file()));
            assertThat(w.copied()).as("the frames that do hold their blocks").isPositive().isLessThan(frames);
        }
    }

    /** The description of a {@code .db.zst}, as text. */
    private static String description(Path zst) throws IOException {
        byte[] all = Files.readAllBytes(zst);
        int start = descriptionStart(all);
        return new String(all, start + 8, all.length - 16 - start - 8, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Where the description's skippable frame begins: the 16-byte frame at the end says how long it is. */
    private static int descriptionStart(byte[] all) {
        int length = java.nio.ByteBuffer.wrap(all, all.length - 8, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
        return all.length - 16 - length;
    }

    /** The description of a {@code .db.zst} rewritten without the lines the earlier version did not write. */
    private static void withoutSums(Path zst) throws IOException {
        rewrite(zst, text -> {
            String kept = text.lines().filter(l -> !l.startsWith("blocks=") && !l.startsWith("framesums="))
                    .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
            assertThat(kept).isNotEqualTo(text).contains("frames=");
            return kept;
        });
    }

    /** A {@code .db.zst} with its description rewritten by {@code change}, its frames as they were. */
    private static void rewrite(Path zst, java.util.function.UnaryOperator<String> change) throws IOException {
        byte[] all = Files.readAllBytes(zst);
        int start = descriptionStart(all);
        byte[] d = change.apply(description(zst)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(start + 8 + d.length + 16).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        out.put(all, 0, start).putInt(0x184D2A5D).putInt(d.length).put(d);
        out.putInt(0x184D2A5E).putInt(8).putInt(8 + d.length).put(new byte[]{'D', 'H', 'S', 'L'});
        Files.write(zst, out.array());
    }

    @Test
    void aBackupThatDoesNotReadBackAsWrittenIsDeletedAndTheUserToldTheDiskMayBeFailing() throws Exception {
        try (TestDb t = new TestDb(dir)) {
            fill(t, 80);
            Path target = dir.resolve("USB").resolve("sao-luu.db.zst");
            // a disk that changes one byte on its way down, as a failing one may
            BackupDisk failing = new BackupDisk() {
                @Override
                public OutputStream create(Path file) throws IOException {
                    OutputStream real = BackupDisk.REAL.create(file);
                    return new FilterOutputStream(real) {
                        long at;

                        @Override
                        public void write(byte[] b, int off, int len) throws IOException {
                            byte[] copy = java.util.Arrays.copyOfRange(b, off, off + len);
                            if (at <= 500 && 500 < at + len) {
                                copy[(int) (500 - at)] ^= 0x10;
                            }
                            at += len;
                            real.write(copy);
                        }
                    };
                }

                @Override
                public long usableSpace(Path folder) throws IOException {
                    return BackupDisk.REAL.usableSpace(folder);
                }
            };
            assertThatThrownBy(() -> new Maintenance(t.db).backupTo(target, failing, null))
                    .isInstanceOf(UserException.class)
                    .satisfies(x -> assertThat(((UserException) x).key()).isEqualTo("backup.verifyFailed"))
                    .hasMessageContaining("Ổ đĩa có thể bị lỗi");
            try (var files = Files.list(target.getParent())) {
                assertThat(files.toList()).as("nothing left behind").isEmpty();
            }
        }
    }

    @Test
    void aDatabaseWithADamagedTableIsNotBackedUpAndTheBackupsAlreadyThereAreKept() throws Exception {
        Path db;
        Path kept;
        try (TestDb t = new TestDb(dir)) {
            db = t.db.file();
            fill(t, 400);
            kept = new vn.dienhinh.service.BackupService(new Maintenance(t.db), db, TestDb.CLOCK,
                    vn.dienhinh.model.BackupPolicy.DEFAULT).backupNow().file();
        }
        vn.dienhinh.testutil.DamagedFiles.breakFirstPage(db, "deed");
        byte[] before = Files.readAllBytes(kept);
        try (TestDb t = new TestDb(dir)) {
            assertThat(t.registry.count(ExemplarFilter.ALL)).isEqualTo(400);
            Path target = dir.resolve("USB").resolve("sao-luu.db.zst");
            assertThatThrownBy(() -> new Maintenance(t.db).backupTo(target, BackupDisk.REAL, kept))
                    .isInstanceOf(UserException.class)
                    .satisfies(x -> assertThat(((UserException) x).key()).isEqualTo("backup.sourceDamaged"));
            try (var files = Files.list(target.getParent())) {
                assertThat(files.toList()).isEmpty();
            }
        }
        assertThat(Files.readAllBytes(kept)).as("the earlier backup").isEqualTo(before);
        assertThat(Maintenance.inspect(kept).sound()).isTrue();
    }

    @Test
    void theDamageTheSecondConnectionFindsIsReportedToo() throws Exception {
        Path db;
        try (TestDb t = new TestDb(dir)) {
            db = t.db.file();
            fill(t, 50);
        }
        vn.dienhinh.testutil.DamagedFiles.breakFirstPage(db, "deed");
        try (var first = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             var second = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db)) {
            // the second connection takes every table before the first begins
            java.util.List<String> damage = TableCheck.damage(first,
                    left -> java.util.concurrent.CompletableFuture.completedFuture(check(second, left)));
            assertThat(damage).isNotEmpty().anySatisfy(d -> assertThat(d).startsWith("deed"));
            assertThat(TableCheck.damage(first, null)).as("on one connection").isEqualTo(damage);
        }
    }

    private static java.util.List<String> check(java.sql.Connection c, java.util.Queue<String> left) {
        try {
            return TableCheck.check(c, left);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aDaysBackupIsRestoredWithTheDaysWork() throws Exception {
        Path db;
        Path tuesday;
        try (TestDb t = new TestDb(dir)) {
            db = t.db.file();
            fill(t, 300);
            var backups = new vn.dienhinh.service.BackupService(new Maintenance(t.db), db, TestDb.CLOCK,
                    vn.dienhinh.model.BackupPolicy.DEFAULT);
            backups.backupNow();
            Exemplar e = t.registry.require(17);
            t.registry.save(e.toBuilder().note("Ghi chú của thứ ba").build());
            fill(t, 5);
            DatabaseReport r = backups.backupNow();
            tuesday = r.file();
            assertThat(r.exemplars()).isEqualTo(305);
            fill(t, 7);
        }
        RestoreService.restore(db, tuesday, TestDb.CLOCK);
        try (TestDb t = new TestDb(dir)) {
            assertThat(t.registry.count(ExemplarFilter.ALL)).isEqualTo(305);
            assertThat(t.registry.require(17).note()).isEqualTo("Ghi chú của thứ ba");
        }
    }
}
