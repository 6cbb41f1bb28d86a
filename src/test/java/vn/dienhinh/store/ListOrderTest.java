package vn.dienhinh.store;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhinh.testutil.ExemplarFixtures.person;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.ExemplarRow;
import vn.dienhinh.testutil.TestDb;

/** The search index's rowids follow the list order however exemplars arrive, change and leave. */
class ListOrderTest {

    private static final LocalDate D = LocalDate.of(2024, 1, 5);

    @TempDir
    Path dir;
    TestDb t;

    @BeforeEach
    void open() {
        t = new TestDb(dir);
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void placesAreFreeNumbersBetweenNeighbours() {
        assertThat(ListOrder.between(null, null)).isEqualTo(ListOrder.FIRST);
        assertThat(ListOrder.between(10L, null)).isEqualTo(10 + ListOrder.GAP);
        assertThat(ListOrder.between(null, 3 * ListOrder.GAP)).isEqualTo(2 * ListOrder.GAP);
        assertThat(ListOrder.between(10L, 20L)).isEqualTo(15);
        assertThat(ListOrder.between(10L, 11L)).isZero();
        assertThat(ListOrder.between(null, 1L)).isZero();
        assertThat(ListOrder.between(Long.MAX_VALUE - 1, null)).isZero();
    }

    @Test
    void manyArrivalsInOneGapSpreadTheirNeighboursAndKeepTheOrder() {
        t.exemplarRepo.insert(person("Lê Văn A", 1980).build(), D, null);
        t.exemplarRepo.insert(person("Lê Văn Z", 1980).build(), D, null);
        // each newcomer lands just after the previous one, halving the same gap: more than 64 halvings
        List<Exemplar> between = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            between.add(person(String.format("Lê Văn B%03d", i), 1980).build());
        }
        t.exemplarRepo.insertAll(between, D, null);
        assertConsistent(152, "le van");
        // and in reverse, each before the previous one
        List<Exemplar> reverse = new ArrayList<>();
        for (int i = 99; i >= 0; i--) {
            reverse.add(person(String.format("Lê Văn C%03d", i), 1980).build());
        }
        t.exemplarRepo.insertAll(reverse, D, null);
        assertConsistent(252, "le");
        assertThat(t.exemplarRepo.page(ExemplarFilter.ALL.withSearch("le van c0"), 0, 5)).extracting(ExemplarRow::name)
                .containsExactly("Lê Văn C000", "Lê Văn C001", "Lê Văn C002", "Lê Văn C003", "Lê Văn C004");
    }

    @Test
    void aRenamedExemplarMovesToItsNewPlaceAndADeletedOneLeaves() {
        Exemplar a = t.exemplarRepo.insert(person("Trần Thị An", 1980).build(), D, null);
        Exemplar b = t.exemplarRepo.insert(person("Trần Thị Bình", 1980).build(), D, null);
        t.exemplarRepo.insert(person("Trần Thị Cúc", 1980).build(), D, null);
        t.exemplarRepo.update(a.toBuilder().name("Trần Thị Yến").build());
        assertConsistent(3, "tran thi");
        assertThat(t.exemplarRepo.page(ExemplarFilter.ALL.withSearch("tran thi"), 0, 10)).extracting(ExemplarRow::name)
                .containsExactly("Trần Thị Bình", "Trần Thị Cúc", "Trần Thị Yến");
        assertThat(t.exemplarRepo.positionOf(ExemplarFilter.ALL.withSearch("tran"), a.id())).isEqualTo(2);
        t.exemplarRepo.delete(b.id());
        assertConsistent(2, "tran");
        assertThat(t.exemplarRepo.positionOf(ExemplarFilter.ALL.withSearch("tran"), b.id())).isEqualTo(-1);
    }

    /** Every exemplar has one place; places, index rowids and the list's sort order agree, also when searching. */
    private void assertConsistent(int n, String search) {
        List<Long> bySortKey = t.db.read(c -> Sql.list(c, "SELECT id FROM exemplar ORDER BY sort_key, id",
                rs -> rs.getLong(1)));
        List<Long> byPlace = t.db.read(c -> Sql.list(c, "SELECT exemplar_id FROM exemplar_order ORDER BY pos",
                rs -> rs.getLong(1)));
        List<Long> places = t.db.read(c -> Sql.list(c, "SELECT pos FROM exemplar_order ORDER BY pos", rs -> rs.getLong(1)));
        List<Long> rowids = t.db.read(c -> Sql.list(c, "SELECT rowid FROM exemplar_fts ORDER BY rowid", rs -> rs.getLong(1)));
        assertThat(bySortKey).hasSize(n);
        assertThat(byPlace).isEqualTo(bySortKey);
        assertThat(rowids).isEqualTo(places);
        assertThat(places).allMatch(p -> p > 0);
        List<Long> searched = new ArrayList<>();
        t.exemplarRepo.forEachRow(ExemplarFilter.ALL.withSearch(search), r -> searched.add(r.id()));
        assertThat(searched).isNotEmpty().isEqualTo(bySortKey.stream().filter(searched::contains).toList());
        List<Long> listed = new ArrayList<>();
        t.exemplarRepo.forEachRow(ExemplarFilter.ALL, r -> listed.add(r.id()));
        assertThat(listed).isEqualTo(bySortKey);
    }
}
