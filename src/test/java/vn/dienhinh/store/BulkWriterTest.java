package vn.dienhinh.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dienhinh.testutil.ExemplarFixtures.collective;
import static vn.dienhinh.testutil.ExemplarFixtures.person;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.Deed;
import vn.dienhinh.model.Evaluation;
import vn.dienhinh.model.EvaluationRating;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.ExemplarImport;
import vn.dienhinh.model.ExemplarRow;
import vn.dienhinh.model.ExemplarStatus;
import vn.dienhinh.model.StatusChange;
import vn.dienhinh.model.Unit;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.util.UserException;

class BulkWriterTest {

    private static final LocalDate D = LocalDate.of(2024, 1, 5);

    @TempDir
    Path dir;
    TestDb single;
    TestDb bulk;

    @BeforeEach
    void open() {
        single = new TestDb(dir.resolve("single"));
        bulk = new TestDb(dir.resolve("bulk"));
    }

    @AfterEach
    void close() {
        single.close();
        bulk.close();
    }

    private static Exemplar anh(long unitId) {
        return person("Nguyễn Thị Ánh", 1985).unitId(unitId).fieldIds(List.of(6L, 13L)).position("Điều dưỡng")
                .workplace("Trạm Y tế phường Bến Nghé").phone("0903 123 456").foundOn(D)
                .newModel("Mô hình “Bác sĩ gia đình”").account("Đoạn một.\nĐoạn hai.").build();
    }

    @Test
    void writesTheSameRowsSortKeysAndSearchEntriesAsASingleInsert() {
        Unit u = single.catalogRepo.insertUnit(Unit.named("Trạm Y tế phường Bến Nghé", "Trạm y tế"));
        Exemplar one = single.exemplarRepo.insert(anh(u.id()), D, null);

        bulk.exemplarRepo.bulkLoad(w -> w.add(new ExemplarImport(anh(w.unit(Unit.named("Trạm Y tế phường Bến Nghé",
                "Trạm y tế")).id()), List.of(), List.of(), List.of())));

        assertThat(bulk.exemplarRepo.find(one.id())).isEqualTo(one);
        String cols = "SELECT " + ExemplarRepository.INSERT_COLUMNS + " FROM exemplar";
        assertThat(rows(bulk.db, cols)).isEqualTo(rows(single.db, cols));
        String fts = bulk.db.isShared() ? "SELECT rowid, CAST(terms AS text) FROM exemplar_fts"
                : "SELECT rowid, name, unit, body FROM exemplar_fts";
        assertThat(rows(bulk.db, fts)).isEqualTo(rows(single.db, fts));
        String hist = "SELECT exemplar_id, from_status, to_status, changed_on, reason FROM status_change";
        assertThat(rows(bulk.db, hist)).isEqualTo(rows(single.db, hist));
        assertThat(bulk.exemplarRepo.page(ExemplarFilter.ALL.withSearch("ng t anh"), 0, 10))
                .extracting(ExemplarRow::name).containsExactly("Nguyễn Thị Ánh");
        assertThat(bulk.exemplarRepo.page(ExemplarFilter.ALL.withSearch("tram y te"), 0, 10)).hasSize(1);
    }

    @Test
    void writesTheLifecycleDeedsAndEvaluationsOfEachExemplar() {
        StatusChange found = new StatusChange(null, 0, null, ExemplarStatus.FOUND, D, "Đơn vị giới thiệu");
        StatusChange recognised = new StatusChange(null, 0, ExemplarStatus.FOUND, ExemplarStatus.RECOGNISED,
                D.plusMonths(3), "Công nhận quý 2/2024");
        long id = bulk.exemplarRepo.bulkLoad(w -> w.add(new ExemplarImport(
                person("Lê Văn Tám", 1970).foundOn(D).status(ExemplarStatus.RECOGNISED).build(),
                List.of(found, recognised),
                List.of(new Deed(null, 0, D.minusDays(3), "Nhặt được của rơi trả người mất", null)),
                List.of(new Evaluation(null, 0, D.plusMonths(4), "Quý 2/2024", EvaluationRating.MAINTAINED,
                        "Duy trì tốt", "Phòng Nội vụ")))));

        assertThat(bulk.exemplarRepo.find(id).status()).isEqualTo(ExemplarStatus.RECOGNISED);
        assertThat(bulk.exemplarRepo.timeline().history(id)).extracting(StatusChange::to)
                .containsExactly(ExemplarStatus.FOUND, ExemplarStatus.RECOGNISED);
        assertThat(bulk.exemplarRepo.timeline().deeds(id)).extracting(Deed::title).containsExactly("Nhặt được của rơi trả người mất");
        assertThat(bulk.exemplarRepo.timeline().evaluations(id)).extracting(Evaluation::period).containsExactly("Quý 2/2024");
    }

    @Test
    void aLifecycleThatDoesNotEndAtTheStatusIsRefused() {
        Exemplar e = person("Lê Văn Tám", 1970).foundOn(D).status(ExemplarStatus.HONOURED).build();
        List<StatusChange> broken = List.of(new StatusChange(null, 0, null, ExemplarStatus.FOUND, D, null));
        assertThatThrownBy(() -> bulk.exemplarRepo.bulkLoad(w -> w.add(new ExemplarImport(e, broken, null, null))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(bulk.exemplarRepo.figures().total("exemplar")).isZero();
    }

    @Test
    void sendsManyBatchesAndReusesAUnitThatIsAlreadyThere() {
        Unit existing = bulk.catalogRepo.insertUnit(Unit.named("Phường Bến Nghé", "Phường"));
        int n = BulkWriter.BATCH * 2 + 7;
        bulk.exemplarRepo.bulkLoad(w -> {
            Unit u = w.unit(Unit.named("PHƯỜNG BẾN NGHÉ", "Phường"));
            assertThat(u.id()).isEqualTo(existing.id());
            for (int i = 0; i < n; i++) {
                w.add(new ExemplarImport(collective("Tổ dân phố " + i).unitId(u.id()).foundOn(D).build(), null, null,
                        null));
            }
            return null;
        });
        assertThat(bulk.exemplarRepo.count(ExemplarFilter.ALL)).isEqualTo(n);
        assertThat(bulk.exemplarRepo.count(ExemplarFilter.ALL.withSearch("ben nghe"))).isEqualTo(n);
        assertThat(bulk.catalogRepo.units()).hasSize(1);
    }

    @Test
    void aFailureLeavesNothingBehindNotEvenTheUnitsAndClusters() {
        assertThatThrownBy(() -> bulk.exemplarRepo.bulkLoad(w -> {
            long cluster = w.cluster("Cụm thi đua các phường");
            Unit u = w.unit(new Unit(null, null, "Phường Đa Kao", "Phường", cluster, null, null, null, null, true,
                    null));
            w.add(new ExemplarImport(person("Hồ Thị Thu", 1990).unitId(u.id()).foundOn(D).build(), null, null, null));
            // no such field: the foreign key fails when the batch is sent
            w.add(new ExemplarImport(person("Phạm Văn Đồng", 1960).fieldIds(List.of(999L)).foundOn(D).build(), null,
                    null, null));
            return null;
        })).isInstanceOf(UserException.class);
        assertThat(bulk.exemplarRepo.figures().total("exemplar")).isZero();
        assertThat(bulk.catalogRepo.units()).isEmpty();
        assertThat(bulk.catalogRepo.clusters()).isEmpty();
        assertThat(bulk.exemplarRepo.count(ExemplarFilter.ALL.withSearch("thu"))).isZero();
    }

    @Test
    void anOfficerSavingDuringALoadWaitsForItAndTakesNoIdTheLoadGave() throws Exception {
        var halfway = new java.util.concurrent.CountDownLatch(1);
        var goOn = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var load = pool.submit(() -> bulk.exemplarRepo.bulkLoad(w -> {
                List<Long> ids = new ArrayList<>();
                for (int i = 1; i <= 3; i++) {
                    ids.add(w.add(new ExemplarImport(collective("Tổ dân phố " + i).foundOn(D).build(), null, null, null)));
                }
                w.flush(); // the rows are sent to the database, not yet committed
                halfway.countDown();
                await(goOn);
                ids.add(w.add(new ExemplarImport(collective("Tổ dân phố 4").foundOn(D).build(), null, null, null)));
                return ids;
            }));
            halfway.await();
            // a second officer, on connections of their own, saves a new exemplar meanwhile
            ExemplarRepository other = new ExemplarRepository(bulk.db);
            var save = pool.submit(() -> other.insert(person("Võ Thị Sáu", 1990).foundOn(D).build(), D, null));
            Thread.sleep(300);
            assertThat(save.isDone()).as("the save waits for the load").isFalse();
            goOn.countDown();

            List<Long> loaded = load.get(20, java.util.concurrent.TimeUnit.SECONDS);
            Exemplar saved = save.get(20, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(loaded).hasSize(4).doesNotContain(saved.id());
            assertThat(bulk.exemplarRepo.count(ExemplarFilter.ALL)).isEqualTo(5);
            assertThat(bulk.exemplarRepo.find(saved.id()).name()).isEqualTo("Võ Thị Sáu");
            assertThat(bulk.exemplarRepo.find(loaded.get(3)).name()).isEqualTo("Tổ dân phố 4");
            // and after both, a new exemplar still gets a fresh id
            Exemplar next = bulk.exemplarRepo.insert(person("Lý Tự Trọng", 1991).foundOn(D).build(), D, null);
            assertThat(next.id()).isNotIn(loaded).isNotEqualTo(saved.id());
        } finally {
            goOn.countDown();
            pool.shutdownNow();
        }
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<List<Object>> rows(Database db, String sql) {
        return db.read(c -> Sql.list(c, sql, rs -> {
            List<Object> row = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.add(rs.getObject(i));
            }
            return row;
        }));
    }
}
