package vn.dienhinh.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.util.UserException;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void emptyFileIsMigratedToCurrentSchemaWithTheFourteenFields() throws Exception {
        try (Database db = Database.open(dir.resolve("a/b/new.db"))) {
            assertThat(new CatalogRepository(db).fields()).hasSize(14)
                    .first().extracting(f -> f.name()).isEqualTo("Xây dựng Đảng, chính quyền, đoàn thể");
            String mode = db.read(c -> Sql.one(c, "PRAGMA journal_mode", rs -> rs.getString(1)));
            assertThat(mode).isEqualToIgnoringCase("wal");
            int fk = db.read(c -> Sql.one(c, "PRAGMA foreign_keys", rs -> rs.getInt(1)));
            assertThat(fk).isEqualTo(1);
        }
    }

    @Test
    void aWriteThatReadFirstWaitsForAnotherWriterInsteadOfBeingRefused() throws Exception {
        try (Database db = Database.open(dir.resolve("two-writers.db"))) {
            CatalogRepository catalog = new CatalogRepository(db);
            var reading = new java.util.concurrent.CountDownLatch(1);
            var pool = java.util.concurrent.Executors.newSingleThreadExecutor();
            try {
                // one save reads, then writes a little later, as a form's save does
                var first = pool.submit(() -> db.inTransaction(c -> {
                    long before = Sql.count(c, "SELECT count(*) FROM cluster");
                    reading.countDown();
                    pause();
                    return CatalogRepository.insertCluster(c, "Cụm thi đua số " + (before + 1));
                }));
                reading.await();
                // meanwhile another save of the same program writes and commits
                long second = catalog.insertCluster("Cụm thi đua các phường").id();
                assertThat(first.get(20, java.util.concurrent.TimeUnit.SECONDS)).isNotEqualTo(second);
            } finally {
                pool.shutdownNow();
            }
            assertThat(catalog.clusters()).hasSize(2);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void reopeningKeepsDataAndDoesNotMigrateTwice() {
        Path file = dir.resolve("r.db");
        try (Database db = Database.open(file)) {
            new CatalogRepository(db).insertCluster("Cụm thi đua số 1");
        }
        try (Database db = Database.open(file)) {
            assertThat(new CatalogRepository(db).clusters()).hasSize(1);
            assertThat(new CatalogRepository(db).fields()).hasSize(14);
        }
    }

    @Test
    void aSecondOpenOfTheSameFileIsRefusedWithAClearMessage() {
        Path file = dir.resolve("locked.db");
        try (Database first = Database.open(file)) {
            assertThatThrownBy(() -> Database.open(file))
                    .isInstanceOf(UserException.class)
                    .hasMessageContaining("đang được mở")
                    .extracting(e -> ((UserException) e).key()).isEqualTo("db.inUse");
        }
        // released on close
        Database.open(file).close();
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedAndLeftAlone() throws Exception {
        Path file = dir.resolve("danh-sach.db");
        Files.writeString(file, "Họ và tên;Năm sinh\nNguyễn Văn A;1980\n");
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("không phải là cơ sở dữ liệu");
        assertThat(Files.readString(file)).startsWith("Họ và tên");
    }

    @Test
    void aDatabaseFromANewerVersionIsRefused() {
        Path file = dir.resolve("newer.db");
        try (Database db = Database.open(file)) {
            db.inTransaction(c -> Sql.update(c, "INSERT INTO flyway_schema_history (installed_rank, version, description, "
                    + "type, script, checksum, installed_by, execution_time, success) "
                    + "VALUES (999, '999', 'future', 'SQL', 'V999__future.sql', 0, 'x', 0, 1)"));
        }
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("phiên bản Điển Hình mới hơn");
    }

    @Test
    void theVersionsThatOpenWithoutFlywayAreExactlyTheMigrationsOnDisk() throws Exception {
        java.util.List<Integer> onDisk = new java.util.ArrayList<>();
        for (Path folder : java.util.List.of(Path.of("src/main/resources/db/migration"),
                Path.of("src/main/java/vn/dienhinh/store"))) {
            try (var files = Files.list(folder)) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.(sql|java)"))
                        .forEach(n -> onDisk.add(Integer.parseInt(n.substring(1, n.indexOf("__")))));
            }
        }
        java.util.Collections.sort(onDisk);
        assertThat(Database.VERSIONS).isEqualTo(onDisk.stream().map(String::valueOf).toList());
        // and a database at those versions opens without asking Flyway, keeping its data
        Path file = dir.resolve("fast.db");
        Database.open(file).close();
        try (Database db = Database.open(file)) {
            long applied = db.read(c -> Sql.count(c, "SELECT count(*) FROM flyway_schema_history WHERE success = 1"));
            assertThat(applied).isGreaterThanOrEqualTo(Database.VERSIONS.size());
        }
    }

    @Test
    void aRegistryFromBeforeVersion7GetsItsSearchIndexRebuiltInListOrder() throws Exception {
        Path file = dir.resolve("old.db");
        org.sqlite.SQLiteDataSource ds = new org.sqlite.SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + file);
        org.flywaydb.core.Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("4").load()
                .migrate();
        try (var c = ds.getConnection(); var st = c.createStatement()) {
            st.execute("INSERT INTO unit (id, name, sort_key, name_fold) VALUES (1, 'Phường Bến Nghé', 'b', 'phuong ben nghe')");
            st.execute("INSERT INTO exemplar (id, kind, name, unit_id, summary, status, sort_key, name_fold) VALUES "
                    + "(1, 'INDIVIDUAL', 'Trần Thị Bé', 1, 'Hiến máu nhân đạo 12 lần.', 'FOUND', 'be', 'tran thi be'), "
                    + "(2, 'INDIVIDUAL', 'Lê Văn An', 1, 'Nhặt được của rơi.', 'FOUND', 'an', 'le van an')");
            st.execute("INSERT INTO exemplar_fts (rowid, name, unit, body) VALUES (1, 'tran thi be', 'phuong ben nghe', "
                    + "'hien mau'), (2, 'le van an', 'phuong ben nghe', 'nhat duoc cua roi')");
        }
        try (Database db = Database.open(file)) {
            ExemplarRepository repo = new ExemplarRepository(db);
            assertThat(repo.page(vn.dienhinh.model.ExemplarFilter.ALL.withSearch("phuong ben"), 0, 10))
                    .extracting(r -> r.name()).containsExactly("Lê Văn An", "Trần Thị Bé");
            assertThat(repo.count(vn.dienhinh.model.ExemplarFilter.ALL.withSearch("hien mau"))).isEqualTo(1);
            java.util.List<Long> places = db.read(c -> Sql.list(c, "SELECT exemplar_id FROM exemplar_order ORDER BY pos",
                    rs -> rs.getLong(1)));
            assertThat(places).containsExactly(2L, 1L);
        }
    }
}
