package vn.dienhinh.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dienhinh.testutil.ExemplarFixtures.person;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.BackupFile;
import vn.dienhinh.model.BackupPolicy;
import vn.dienhinh.model.DatabaseReport;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.store.BackupDisk;
import vn.dienhinh.store.Maintenance;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.util.UserException;

/**
 * Compressed backups (.db.zst, and zips): what is in them, how they are read back and restored, which are kept, and a disk
 * that is or becomes full while one is written.
 */
class CompressedBackupTest {

    @TempDir
    Path dir;

    private static BackupService service(TestDb t, Clock clock, BackupDisk disk) {
        return new BackupService(new Maintenance(t.db), t.db.file(), clock, BackupPolicy.DEFAULT, disk);
    }

    private static void fill(TestDb t, int n) {
        for (int i = 0; i < n; i++) {
            t.registry.save(person("Nguyễn Thị Ánh " + i, 1960 + i % 40)
                    .summary("Tích cực vận động nhân dân tham gia xây dựng đời sống văn hóa ở khu dân cư số " + i).build());
        }
    }

    @Test
    void aBackupIsTheDatabaseInZstandardFramesWithItsDescriptionAThirdOfItsSizeAndReadBackWhole() throws Exception {
        try (TestDb t = new TestDb(dir)) {
            fill(t, 60);
            DatabaseReport r = service(t, TestDb.CLOCK, BackupDisk.REAL).backupTo(dir.resolve("USB").resolve("sao-luu"));
            Path zst = dir.resolve("USB").resolve("sao-luu.db.zst");
            assertThat(r.file()).isEqualTo(zst);
            assertThat(r.exemplars()).isEqualTo(60);
            // what the zstd program gives back (it passes over the description's frames): the database file itself
            byte[] unpacked;
            try (var in = new com.github.luben.zstd.ZstdInputStream(Files.newInputStream(zst))) {
                unpacked = in.readAllBytes();
            }
            assertThat(unpacked).isEqualTo(Files.readAllBytes(t.db.file()));
            assertThat(Files.size(zst)).isLessThan(Files.size(t.db.file()) / 3);
            assertThat(BackupService.inspect(zst)).satisfies(i -> {
                assertThat(i.sound()).isTrue();
                assertThat(i.exemplars()).isEqualTo(60);
            });
            try (var files = Files.list(zst.getParent())) {
                assertThat(files.map(p -> p.getFileName().toString()).toList()).as("no temporary file left")
                        .containsExactly("sao-luu.db.zst");
            }
        }
    }

    @Test
    void aBackupNamedZipIsStillAZipOfTheDatabaseWithItsDescription() throws Exception {
        try (TestDb t = new TestDb(dir)) {
            fill(t, 20);
            Path zip = dir.resolve("USB").resolve("sao-luu.zip");
            DatabaseReport r = service(t, TestDb.CLOCK, BackupDisk.REAL).backupTo(zip);
            assertThat(r.file()).isEqualTo(zip);
            try (ZipFile z = new ZipFile(zip.toFile())) {
                assertThat(z.stream().map(e -> e.getName()).toList()).containsExactly("test.db",
                        "dien-hinh-sao-luu.properties");
            }
            assertThat(BackupService.inspect(zip).exemplars()).isEqualTo(20);
        }
    }

    @Test
    void aBackupTakenWhileTheProgramWritesHoldsOneStateWhole() throws Exception {
        try (TestDb t = new TestDb(dir)) {
            fill(t, 400);
            java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
            Thread writer = new Thread(() -> {
                for (int i = 0; !stop.get(); i++) {
                    t.registry.save(person("Trần Văn Bình " + i, 1970).summary("Gương sáng ở tổ dân phố " + i).build());
                }
            });
            writer.start();
            List<Path> made = new ArrayList<>();
            try {
                for (int i = 0; i < 6; i++) {
                    made.add(service(t, TestDb.CLOCK, BackupDisk.REAL).backupTo(dir.resolve("dang-ghi-" + i + ".db.zst")).file());
                }
            } finally {
                stop.set(true);
                writer.join();
            }
            // a reader of an older state keeps the log from emptying: the backup takes a snapshot instead
            try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + t.db.file());
                 var st = c.createStatement()) {
                st.execute("BEGIN");
                st.executeQuery("SELECT count(*) FROM exemplar").close();
                fill(t, 3);
                made.add(service(t, TestDb.CLOCK, BackupDisk.REAL).backupTo(dir.resolve("nguoi-doc.db.zst")).file());
                st.execute("ROLLBACK");
            }
            long now = t.registry.count(ExemplarFilter.ALL);
            for (Path p : made) {
                Path out = dir.resolve(p.getFileName() + ".db");
                vn.dienhinh.store.BackupArchive.Manifest m = vn.dienhinh.store.BackupArchive.extract(p, out, BackupDisk.REAL);
                DatabaseReport full = Maintenance.check(out, true);
                assertThat(full.damage()).as(p.getFileName().toString()).isEmpty();
                assertThat(full.exemplars()).as("what %s holds is what it says", p.getFileName()).isEqualTo(m.exemplars());
            }
            assertThat(BackupService.inspect(made.get(made.size() - 1)).exemplars()).isEqualTo(now);
        }
    }

    @Test
    void aDamagedFrameIsFoundOutAndRefusedAndTheDatabaseIsLeftAsItWas() throws Exception {
        Path db;
        Path zst;
        try (TestDb t = new TestDb(dir)) {
            db = t.db.file();
            fill(t, 40);
            zst = service(t, TestDb.CLOCK, BackupDisk.REAL).backupNow().file();
        }
        assertThat(zst.getFileName().toString()).endsWith(".db.zst");
        vn.dienhinh.testutil.DamagedFiles.flipByte(zst, 300); // inside the first frame's compressed bytes
        assertThat(BackupService.inspect(zst).state()).isEqualTo(DatabaseReport.State.DAMAGED);
        assertThatThrownBy(() -> RestoreService.restore(db, zst, TestDb.CLOCK)).isInstanceOf(UserException.class)
                .hasMessageStartingWith("Bản sao lưu " + zst + " bị hỏng");
        try (TestDb t = new TestDb(dir)) {
            assertThat(t.registry.count(ExemplarFilter.ALL)).isEqualTo(40);
        }
    }

    @Test
    void aZipIsRestoredDirectlyAndAnOldUncompressedBackupStillIsListedAndRestorable() throws Exception {
        Path db;
        Path zip;
        Path old;
        try (TestDb t = new TestDb(dir)) {
            db = t.db.file();
            fill(t, 3);
            zip = service(t, TestDb.CLOCK, BackupDisk.REAL).backupNow().file();
            fill(t, 2);
            // a backup from an earlier version: the bare file, with its name
            old = BackupService.folderOf(db).resolve("test-2026-11-01-0800.db");
            new Maintenance(t.db).backupTo(old);
            fill(t, 4);
        }
        assertThat(BackupService.list(db)).extracting(BackupFile::file, BackupFile::compressed)
                .contains(org.assertj.core.groups.Tuple.tuple(zip, true), org.assertj.core.groups.Tuple.tuple(old, false));
        Path kept = RestoreService.restore(db, zip, TestDb.CLOCK);
        try (TestDb t = new TestDb(dir)) {
            assertThat(t.registry.count(ExemplarFilter.ALL)).isEqualTo(3);
        }
        assertThat(BackupService.inspect(kept).exemplars()).isEqualTo(9);
        RestoreService.restore(db, old, TestDb.CLOCK);
        try (TestDb t = new TestDb(dir)) {
            assertThat(t.registry.count(ExemplarFilter.ALL)).isEqualTo(5);
        }
    }

    @Test
    void aDamagedZipIsFoundOutAndRefusedAndTheDatabaseIsLeftAsItWas() throws Exception {
        Path db;
        Path zip;
        try (TestDb t = new TestDb(dir)) {
            db = t.db.file();
            fill(t, 40);
            zip = service(t, TestDb.CLOCK, BackupDisk.REAL).backupTo(BackupService.folderOf(db).resolve("test-thu-cong.zip")).file();
        }
        try (RandomAccessFile f = new RandomAccessFile(zip.toFile(), "rw")) {
            // a byte inside the database's compressed bytes (the first entry, after its local header), not in
            // a header field a reader may pass over
            f.seek(26);
            int nameLength = Short.toUnsignedInt(Short.reverseBytes(f.readShort()));
            int extraLength = Short.toUnsignedInt(Short.reverseBytes(f.readShort()));
            long inside = 30 + nameLength + extraLength + 200;
            f.seek(inside);
            int b = f.read();
            f.seek(inside);
            f.write(b ^ 0x5A);
        }
        assertThat(BackupService.inspect(zip).state()).isEqualTo(DatabaseReport.State.DAMAGED);
        assertThatThrownBy(() -> RestoreService.restore(db, zip, TestDb.CLOCK)).isInstanceOf(UserException.class)
                .hasMessageStartingWith("Bản sao lưu " + zip + " bị hỏng");
        try (TestDb t = new TestDb(dir)) {
            assertThat(t.registry.count(ExemplarFilter.ALL)).isEqualTo(40);
        }
        assertThat(BackupService.newestSound(db)).isEmpty();
    }

    @Test
    void aZipOrZstMadeByHandIsCheckedInFullBeforeItIsRestored() throws Exception {
        Path db;
        Path sound = dir.resolve("nen-tay").resolve("sao-luu-tay.zip");
        Path damaged = dir.resolve("nen-tay").resolve("sao-luu-tay-hong.zip");
        Path soundZst = dir.resolve("nen-tay").resolve("ban-sao.db.zst");
        Path damagedZst = dir.resolve("nen-tay").resolve("ban-sao-hong.db.zst");
        Path file = dir.resolve("nen-tay").resolve("ban-sao.db");
        try (TestDb t = new TestDb(dir)) {
            db = t.db.file();
            fill(t, 30);
            new Maintenance(t.db).backupTo(file);
            fill(t, 5);
        }
        // zipped by hand: the database alone, nothing that says what it passed
        zipAlone(file, sound);
        zstdAlone(file, soundZst);
        vn.dienhinh.testutil.DamagedFiles.breakFirstPage(file, "exemplar");
        zipAlone(file, damaged);
        zstdAlone(file, damagedZst);
        assertThatThrownBy(() -> RestoreService.restore(db, damaged, TestDb.CLOCK)).isInstanceOf(UserException.class)
                .hasMessageStartingWith("Bản sao lưu " + damaged + " bị hỏng");
        assertThatThrownBy(() -> RestoreService.restore(db, damagedZst, TestDb.CLOCK)).isInstanceOf(UserException.class)
                .hasMessageStartingWith("Bản sao lưu " + damagedZst + " bị hỏng");
        assertThat(BackupService.inspect(damagedZst).state()).isEqualTo(DatabaseReport.State.DAMAGED);
        try (TestDb t = new TestDb(dir)) {
            assertThat(t.registry.count(ExemplarFilter.ALL)).as("left as it was").isEqualTo(35);
        }
        RestoreService.restore(db, sound, TestDb.CLOCK);
        try (TestDb t = new TestDb(dir)) {
            assertThat(t.registry.count(ExemplarFilter.ALL)).isEqualTo(30);
            fill(t, 2);
        }
        assertThat(BackupService.inspect(soundZst).exemplars()).isEqualTo(30);
        RestoreService.restore(db, soundZst, TestDb.CLOCK);
        try (TestDb t = new TestDb(dir)) {
            assertThat(t.registry.count(ExemplarFilter.ALL)).isEqualTo(30);
        }
    }

    /** As the zstd program writes it: one stream, no description. */
    private static void zstdAlone(Path file, Path zst) throws IOException {
        try (var out = new com.github.luben.zstd.ZstdOutputStream(Files.newOutputStream(zst), 3)) {
            Files.copy(file, out);
        }
    }

    private static void zipAlone(Path file, Path zip) throws IOException {
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("dienhinh.db"));
            Files.copy(file, out);
            out.closeEntry();
        }
    }

    @Test
    void aDiskThatFillsUpHalfwayLeavesTheDatabaseAndThePreviousBackupsAsTheyWere() throws Exception {
        try (TestDb t = new TestDb(dir)) {
            fill(t, 80);
            Clock yesterday = Clock.offset(TestDb.CLOCK, Duration.ofHours(-16));
            assertThat(service(t, yesterday, BackupDisk.REAL).dailyBackup()).isPresent();
            Path manual = service(t, yesterday, BackupDisk.REAL).backupNow().file();
            fill(t, 5);
            Map<String, String> before = contents(BackupService.folderOf(t.db.file()));
            long dbBefore = t.registry.count(ExemplarFilter.ALL);

            FillingDisk disk = new FillingDisk(8 * 1024, Long.MAX_VALUE / 4);
            Clock today = Clock.offset(TestDb.CLOCK, Duration.ofHours(9));
            assertThatThrownBy(() -> service(t, today, disk).dailyBackup()).isInstanceOf(UserException.class)
                    .satisfies(e -> assertThat(((UserException) e).key()).isEqualTo("backup.diskFull"))
                    .hasMessageStartingWith("Ổ đĩa đã đầy trong khi sao lưu vào ")
                    .hasMessageContaining("Bản sao lưu dở dang đã được xóa; các bản sao lưu trước và cơ sở dữ liệu vẫn nguyên vẹn");
            assertThat(disk.failed).as("the disk did fill up partway through").isTrue();
            assertThat(contents(BackupService.folderOf(t.db.file()))).as("no half-written file, nothing removed")
                    .isEqualTo(before);
            assertThat(t.registry.count(ExemplarFilter.ALL)).isEqualTo(dbBefore);
            assertThat(service(t, today, BackupDisk.REAL).quickCheck()).isEmpty();
            assertThat(BackupService.inspect(manual).sound()).isTrue();

            // told beforehand when the room is not there: nothing written at all
            FillingDisk small = new FillingDisk(Long.MAX_VALUE, 50_000);
            assertThatThrownBy(() -> service(t, today, small).backupNow()).isInstanceOf(UserException.class)
                    .satisfies(e -> assertThat(((UserException) e).key()).isEqualTo("backup.noRoom"))
                    .hasMessageContaining("còn trống 49 KB").hasMessageContaining("Chưa ghi gì");
            assertThat(small.created).isEmpty();
            assertThat(contents(BackupService.folderOf(t.db.file()))).isEqualTo(before);

            // with room again, today's backup is taken
            assertThat(service(t, today, BackupDisk.REAL).dailyBackup()).hasValueSatisfying(p ->
                    assertThat(BackupService.inspect(p).exemplars()).isEqualTo(85));
        }
    }

    @Test
    void aRestoreThatFillsTheDiskLeavesTheDatabaseAsItWas() throws Exception {
        Path db;
        Path zip;
        try (TestDb t = new TestDb(dir)) {
            db = t.db.file();
            fill(t, 30);
            zip = service(t, TestDb.CLOCK, BackupDisk.REAL).backupNow().file();
            fill(t, 3);
        }
        FillingDisk disk = new FillingDisk(16 * 1024, Long.MAX_VALUE / 4);
        assertThatThrownBy(() -> RestoreService.restore(db, zip, TestDb.CLOCK, disk)).isInstanceOf(UserException.class)
                .hasMessageContaining("không đủ chỗ để giải nén bản sao lưu");
        try (TestDb t = new TestDb(dir)) {
            assertThat(t.registry.count(ExemplarFilter.ALL)).isEqualTo(33);
        }
        try (var files = Files.list(db.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("restore.tmp"));
        }
    }

    @Test
    void theRuleKeepsSevenDaysFourWeeksAndTwelveMonthsAndNeverMoreThanItsShareOfTheDisk() {
        List<BackupFile> daily = new ArrayList<>();
        LocalDateTime last = LocalDateTime.of(2026, 11, 23, 8, 0);
        for (int d = 0; d < 500; d++) {
            LocalDateTime when = last.minusDays(d);
            daily.add(new BackupFile(dir.resolve("test-" + d + ".zip"), BackupFile.Kind.DAILY, when, 1000, true));
        }
        List<BackupFile> kept = BackupService.kept(daily, BackupPolicy.DEFAULT, Long.MAX_VALUE / 4);
        List<String> days = kept.stream().map(b -> b.when().toLocalDate().toString()).toList();
        // the last 7 days; the newest of the 4 last weeks (Sundays, 2026-11-23 is a Monday); of the 12 months
        assertThat(days).containsExactly("2026-11-23", "2026-11-22", "2026-11-21", "2026-11-20", "2026-11-19",
                "2026-11-18", "2026-11-17", "2026-11-15", "2026-11-08", "2026-10-31", "2026-09-30", "2026-08-31",
                "2026-07-31", "2026-06-30", "2026-05-31", "2026-04-30", "2026-03-31", "2026-02-28", "2026-01-31",
                "2025-12-31");

        // 20 kept of 1000 bytes, 500 held in all: with 10,000 bytes free a quarter is 127,500 → all stay;
        // with no room left beyond what the backups hold, a quarter of 500,000 bytes still holds them all
        assertThat(BackupService.kept(daily, BackupPolicy.DEFAULT, 10_000)).hasSize(20);
        // backups of 100 MB on a disk with 1 GB free and 20 of them held: a quarter of 3 GB is 7 of them
        List<BackupFile> big = daily.subList(0, 20).stream().map(b -> new BackupFile(b.file(), b.kind(), b.when(),
                100_000_000, true)).toList();
        List<BackupFile> bounded = BackupService.kept(big, BackupPolicy.DEFAULT, 1_000_000_000);
        assertThat(bounded).hasSize(7).first().isEqualTo(big.get(0));
        assertThat(bounded.get(6)).isEqualTo(big.get(6));
        // however full the disk, the newest stays
        assertThat(BackupService.kept(big.subList(0, 3), new BackupPolicy(7, 4, 12, 0.01), 0)).containsExactly(big.get(0));
    }

    /** Each file's name and SHA-256. */
    private static Map<String, String> contents(Path folder) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) {
                out.put(p.getFileName().toString(),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return out;
    }

    /** A disk that fills up after {@code room} bytes of a file, and says it has {@code free} bytes free. */
    static final class FillingDisk implements BackupDisk {
        final long room;
        final long free;
        final List<Path> created = new ArrayList<>();
        volatile boolean failed;

        FillingDisk(long room, long free) {
            this.room = room;
            this.free = free;
        }

        @Override
        public OutputStream create(Path file) throws IOException {
            created.add(file);
            OutputStream real = BackupDisk.REAL.create(file);
            return new FilterOutputStream(real) {
                private long written;

                @Override
                public void write(int b) throws IOException {
                    write(new byte[]{(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    if (written + len > room) {
                        int part = (int) Math.max(0, room - written);
                        real.write(b, off, part);
                        written += part;
                        failed = true;
                        throw new IOException("No space left on device");
                    }
                    real.write(b, off, len);
                    written += len;
                }
            };
        }

        @Override
        public long usableSpace(Path folder) {
            return free;
        }
    }
}
