package vn.dienhinh.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.service.BackupService;
import vn.dienhinh.testutil.TestDb;

/** Start-up: a sound database opens and is backed up; a damaged one is refused with the newest sound backup offered. */
class StartupTest {

    @TempDir
    Path dir;

    @Test
    void aSoundDatabaseOpensAndGetsTodaysBackupOnce() {
        Path db = dir.resolve("dienhinh.db");
        Startup.Ready first = (Startup.Ready) Startup.open(db, TestDb.CLOCK);
        first.context().close();
        assertThat(first.dailyBackup()).isNotNull().exists();
        Startup.Ready again = (Startup.Ready) Startup.open(db, TestDb.CLOCK);
        again.context().close();
        assertThat(again.dailyBackup()).isNull();
    }

    @Test
    void aDamagedDatabaseIsNotUsedAndTheNewestSoundBackupRestoresIt() throws Exception {
        Path db = damagedWithYesterdaysBackup();

        Startup.Outcome outcome = Startup.open(db, TestDb.CLOCK);
        assertThat(outcome).isInstanceOf(Startup.Damaged.class);
        Startup.Damaged damaged = (Startup.Damaged) outcome;
        assertThat(damaged.damage()).isNotEmpty();
        assertThat(damaged.newestBackup()).isPresent();
        assertThat(damaged.newestBackup().get().exemplars()).isEqualTo(400);
        // nothing was taken today: a damaged file must not push good backups out of the rotation
        assertThat(BackupService.backups(db)).hasSize(1);

        Startup.Restored restored = Startup.restore(null, db, damaged.newestBackup().get().file(), TestDb.CLOCK);
        try (AppContext ctx = restored.context()) {
            assertThat(restored.failure()).isNull();
            assertThat(ctx.registry().count(ExemplarFilter.ALL)).isEqualTo(400);
            assertThat(ctx.backups().fullCheck()).isEmpty();
        }
        assertThat(restored.keptCopy()).exists();
        assertThat(BackupService.inspect(restored.keptCopy()).sound()).isFalse();
        assertThat(Startup.open(db, TestDb.CLOCK)).isInstanceOf(Startup.Ready.class)
                .satisfies(o -> ((Startup.Ready) o).context().close());
    }

    @Test
    void theWindowsOpeningDefersTheCheckAndTheCheckFindsTheDamageWithTheDatabaseStillOpen() throws Exception {
        Path db = damagedWithYesterdaysBackup();

        // the window opens on the file at once: its header and schema are readable
        Startup.Outcome opened = Startup.openUnchecked(db, TestDb.CLOCK);
        assertThat(opened).isInstanceOf(Startup.Ready.class);
        AppContext ctx = ((Startup.Ready) opened).context();
        assertThat(((Startup.Ready) opened).dailyBackup()).isNull();
        // the check after it finds the damage, takes no backup of it, and offers yesterday's
        Startup.Outcome checked = Startup.check(ctx);
        assertThat(checked).isInstanceOf(Startup.Damaged.class);
        assertThat(((Startup.Damaged) checked).newestBackup()).hasValueSatisfying(b -> assertThat(b.exemplars())
                .isEqualTo(400));
        assertThat(BackupService.backups(db)).hasSize(1);
        // restoring closes the open context first, as the window's restore does
        Startup.Restored restored = Startup.restore(ctx, db, ((Startup.Damaged) checked).newestBackup().get().file(),
                TestDb.CLOCK);
        try (AppContext again = restored.context()) {
            assertThat(restored.failure()).isNull();
            assertThat(again.registry().count(ExemplarFilter.ALL)).isEqualTo(400);
            assertThat(Startup.check(again)).isInstanceOf(Startup.Ready.class);
        }
    }

    /** A registry of 400 exemplars whose start yesterday took a backup, damaged since. */
    private Path damagedWithYesterdaysBackup() throws Exception {
        Path db = dir.resolve("dienhinh.db");
        try (AppContext ctx = AppContext.open(db, TestDb.CLOCK)) {
            ctx.demo().load(400);
        }
        Clock yesterday = Clock.offset(TestDb.CLOCK, Duration.ofDays(-1));
        ((Startup.Ready) Startup.open(db, yesterday)).context().close();
        damage(db);
        return db;
    }

    /**
     * Overwrites every other page of the exemplars' rows and indexes with garbage, as a failing disk
     * would; the file's header, its schema and its small tables stay readable.
     */
    static void damage(Path db) throws Exception {
        long pageSize;
        java.util.List<Long> pages = new java.util.ArrayList<>();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement()) {
            try (var rs = st.executeQuery("SELECT page_size FROM pragma_page_size")) {
                rs.next();
                pageSize = rs.getLong(1);
            }
            try (var rs = st.executeQuery("SELECT pageno FROM dbstat WHERE name IN (SELECT name FROM sqlite_master "
                    + "WHERE tbl_name IN ('exemplar', 'exemplar_order', 'status_change')) ORDER BY pageno")) {
                while (rs.next()) {
                    pages.add(rs.getLong(1));
                }
            }
        }
        assertThat(pages).hasSizeGreaterThan(16);
        byte[] junk = new byte[(int) pageSize];
        Arrays.fill(junk, (byte) 0x5A);
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            for (int i = 0; i < pages.size(); i += 2) {
                f.seek((pages.get(i) - 1) * pageSize); // pages are numbered from 1
                f.write(junk);
            }
        }
    }
}
