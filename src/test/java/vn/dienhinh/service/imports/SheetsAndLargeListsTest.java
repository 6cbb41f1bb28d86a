package vn.dienhinh.service.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
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

    static Path bigList(Path file, int rows) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet sh = wb.createSheet("Danh sách");
            sh.createRow(0).createCell(0).setCellValue("DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN");
            String[] header = {"STT", "Họ và tên", "Năm sinh", "Giới tính", "Chức vụ", "Lĩnh vực", "Đơn vị đề xuất",
                "Tóm tắt thành tích"};
            var h = sh.createRow(2);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            String[] fields = {"Y tế", "GD&ĐT", "CCHC", "Nông nghiệp", "An sinh xã hội"};
            for (int i = 0; i < rows; i++) {
                var r = sh.createRow(3 + i);
                r.createCell(0).setCellValue(i + 1);
                r.createCell(1).setCellValue("Nguyễn Văn Thành " + (i + 1));
                r.createCell(2).setCellValue(1950 + i % 50);
                r.createCell(3).setCellValue(i % 2 == 0 ? "Nam" : "Nữ");
                r.createCell(4).setCellValue("Tổ trưởng tổ dân phố " + (i % 40 + 1));
                r.createCell(5).setCellValue(fields[i % fields.length]);
                r.createCell(6).setCellValue("Phường " + (i % 10 + 1));
                r.createCell(7).setCellValue("Tích cực tham gia phong trào thi đua, vận động " + i + " hộ dân");
            }
            wb.write(out);
            wb.dispose();
        }
        return file;
    }

    @Test
    void tenThousandRowsArePreviewedAndWrittenInAFewSeconds() throws Exception {
        Path file = bigList(dir.resolve("lon.xlsx"), 10_000);
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
        Path file = bigList(dir.resolve("lon.xlsx"), 3_000);
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
