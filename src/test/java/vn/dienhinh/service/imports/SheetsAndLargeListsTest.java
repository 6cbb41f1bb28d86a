package vn.dienhinh.service.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.testutil.Workbooks;
import vn.dienhinh.util.Progress;

/** Several sheets to choose from; a 10,000-row list read and written in seconds; a cancel that leaves nothing. */
class SheetsAndLargeListsTest {

    @TempDir
    Path dir;
    TestDb t;

    @BeforeEach
    void open() {
        t = new TestDb(dir.resolve("db"));
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void theFirstSheetWithAListIsTakenAndTheOthersCanBeChosen() {
        Path file = Workbooks.create()
                .sheet("Hướng dẫn").row(1, "Điền danh sách vào các trang sau, mỗi trang một loại.")
                .sheet("Cá nhân").row(1, "STT", "Họ và tên", "Năm sinh").row(2, 1, "Nguyễn Thị Ánh", 1985)
                .sheet("Tập thể").row(1, "STT", "Tên", "Thành tích").row(2, 1, "Ban bảo vệ dân phố", "Giữ an ninh")
                .row(3, 2, "Đội văn nghệ", "Hội diễn")
                .write(dir.resolve("nhieu-trang.xlsx"));
        ImportService s = ImportFixture.service(t);
        ImportPreview p = s.preview(file, null, Progress.NONE);
        assertThat(p.sheetName()).isEqualTo("Cá nhân");
        assertThat(p.candidates()).containsExactly("Cá nhân", "Tập thể");
        assertThat(p.sheets()).hasSize(3);

        ImportPreview collectives = s.withSheet(p, "Tập thể", Progress.NONE);
        // "Tên" names nothing, the sheet's name says collectives
        assertThat(collectives.rows()).extracting(ImportFixture::line)
                .containsExactly("2 Ban bảo vệ dân phố COLLECTIVE", "3 Đội văn nghệ COLLECTIVE");
        assertThat(s.preview(file, "tap the", Progress.NONE).sheetName()).isEqualTo("Tập thể");
    }

    @Test
    void tenThousandRowsArePreviewedAndWrittenInAFewSeconds() throws Exception {
        Path file = Workbooks.bigList(dir.resolve("lon.xlsx"), 10_000);
        ImportService s = ImportFixture.service(t);
        AtomicLong updates = new AtomicLong();
        Progress counting = (done, total) -> updates.incrementAndGet();
        long start = System.nanoTime();
        ImportPreview p = s.preview(file, null, counting);
        ImportResult r = s.commit(p, ImportOptions.defaults(p), counting);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("10,000-row import: %.1f s%n", seconds);
        assertThat(r.imported()).isEqualTo(10_000);
        assertThat(r.byKind()).containsEntry(ExemplarKind.INDIVIDUAL, 10_000);
        assertThat(r.unitsCreated()).hasSize(10);
        assertThat(t.registry.count(ExemplarFilter.ALL.withSearch("thanh 9999"))).isEqualTo(1);
        assertThat(updates.get()).isGreaterThan(10);
        assertThat(seconds).as("seconds for 10,000 rows").isLessThan(20);
    }

    @Test
    void aCancelDuringTheWriteLeavesNothingNotEvenTheNewUnits() throws Exception {
        Path file = Workbooks.bigList(dir.resolve("lon.xlsx"), 3_000);
        ImportService s = ImportFixture.service(t);
        ImportPreview p = s.preview(file, null, Progress.NONE);
        Progress cancelHalfWay = new Progress() {
            private long last;

            @Override
            public void update(long done, long total) {
                last = done;
            }

            @Override
            public boolean cancelled() {
                return last >= 1_500;
            }
        };
        assertThatThrownBy(() -> s.commit(p, ImportOptions.defaults(p), cancelHalfWay))
                .isInstanceOf(CancellationException.class);
        assertThat(t.registry.count(ExemplarFilter.ALL)).isZero();
        assertThat(t.catalog.units()).isEmpty();
    }
}
