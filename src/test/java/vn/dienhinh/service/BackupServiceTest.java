package vn.dienhinh.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dienhinh.testutil.ExemplarFixtures.person;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.BackupPolicy;
import vn.dienhinh.model.DatabaseReport;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.store.Maintenance;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.util.UserException;

class BackupServiceTest {

    @TempDir
    Path dir;

    private static BackupService backups(TestDb t, Clock clock, int days) {
        return new BackupService(new Maintenance(t.db), t.db.file(), clock, new BackupPolicy(days, 0, 0, 1.0));
    }

    @Test
    void anAutomaticBackupIsTakenAtMostOnceADayAndOnlyTheNewestAreKept() throws Exception {
        try (TestDb t = new TestDb(dir)) {
            t.registry.save(person("Nguyễn Thị Ánh", 1985).build());
            for (int day = 0; day < 5; day++) {
                Clock c = Clock.offset(TestDb.CLOCK, Duration.ofDays(day).plusHours(8));
                assertThat(backups(t, c, 3).dailyBackup()).isPresent();
                assertThat(backups(t, Clock.offset(c, Duration.ofHours(5)), 3).dailyBackup()).isEmpty();
            }
            Path folder = BackupService.folderOf(t.db.file());
            try (var files = Files.list(folder)) {
                assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                        "test-2026-11-25-0800.db.zst", "test-2026-11-26-0800.db.zst", "test-2026-11-27-0800.db.zst");
            }
            assertThat(BackupService.backups(t.db.file())).hasSize(3);
            DatabaseReport r = BackupService.inspect(folder.resolve("test-2026-11-27-0800.db.zst"));
            assertThat(r.sound()).isTrue();
            assertThat(r.exemplars()).isEqualTo(1);
        }
    }

    @Test
    void aManualBackupIsAConsistentCopyTakenWhileTheDatabaseIsOpen() {
        try (TestDb t = new TestDb(dir)) {
            t.registry.save(person("Nguyễn Thị Ánh", 1985).build());
            t.registry.save(person("Lê Văn Tám", 1970).build());
            Path target = dir.resolve("USB").resolve("sao-luu.db");
            assertThat(backups(t, TestDb.CLOCK, 10).backupTo(target).file()).isEqualTo(target);
            DatabaseReport r = BackupService.inspect(target);
            assertThat(r.state()).isEqualTo(DatabaseReport.State.SOUND);
            assertThat(r.exemplars()).isEqualTo(2);
            assertThat(r.version()).isEqualTo(currentSchemaVersion());
            assertThatThrownBy(() -> backups(t, TestDb.CLOCK, 10).backupTo(t.db.file()))
                    .isInstanceOf(UserException.class);
        }
    }

    @Test
    void restoreBringsBackTheBackupAndKeepsTheDatabaseItReplaced() {
        Path backup = dir.resolve("truoc.db");
        Path db;
        try (TestDb t = new TestDb(dir)) {
            db = t.db.file();
            t.registry.save(person("Nguyễn Thị Ánh", 1985).build());
            backups(t, TestDb.CLOCK, 10).backupTo(backup);
            t.registry.save(person("Lê Văn Tám", 1970).build());
            t.registry.save(person("Hồ Thị Thu", 1990).build());
            // never over a file that is open
            assertThatThrownBy(() -> RestoreService.restore(db, backup, TestDb.CLOCK))
                    .isInstanceOf(UserException.class).hasMessageContaining("đang được mở");
        }
        Path kept = RestoreService.restore(db, backup, TestDb.CLOCK);
        try (TestDb t = new TestDb(dir)) {
            assertThat(t.registry.count(ExemplarFilter.ALL)).isEqualTo(1);
        }
        assertThat(kept.getFileName().toString()).isEqualTo("test-truoc-khoi-phuc-2026-11-23-0000.db");
        assertThat(BackupService.inspect(kept).exemplars()).isEqualTo(3);
        assertThat(BackupService.backups(db)).contains(kept);
    }

    @Test
    void aBackupThatIsNotSoundOrNotOursIsRefusedAndTheDatabaseIsLeftAsItWas() throws Exception {
        Path db;
        try (TestDb t = new TestDb(dir)) {
            db = t.db.file();
            t.registry.save(person("Nguyễn Thị Ánh", 1985).build());
        }
        Path text = Files.writeString(dir.resolve("ghi-chu.db"), "không phải cơ sở dữ liệu", StandardCharsets.UTF_8);
        Path foreign = dir.resolve("khac.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign)) {
            c.createStatement().execute("CREATE TABLE x (a)");
        }
        for (Path bad : List.of(text, foreign, dir.resolve("khong-co.db"))) {
            assertThatThrownBy(() -> RestoreService.restore(db, bad, TestDb.CLOCK)).isInstanceOf(UserException.class);
        }
        assertThat(BackupService.inspect(foreign).state()).isEqualTo(DatabaseReport.State.NOT_OURS);
        assertThat(BackupService.inspect(text).state()).isEqualTo(DatabaseReport.State.NOT_SQLITE);
        try (TestDb t = new TestDb(dir)) {
            assertThat(t.registry.count(ExemplarFilter.ALL)).isEqualTo(1);
        }
        assertThat(BackupService.backups(db)).isEmpty();
    }

    /** The schema version a brand-new database gets from this build's migrations. */
    private String currentSchemaVersion() {
        Path fresh = dir.resolve("fresh").resolve("new.db");
        vn.dienhinh.store.Database.open(fresh).close();
        return BackupService.inspect(fresh).version();
    }
}
