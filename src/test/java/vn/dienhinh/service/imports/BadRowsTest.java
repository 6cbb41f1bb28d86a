package vn.dienhinh.service.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhinh.testutil.ExemplarFixtures.person;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.ExemplarRow;
import vn.dienhinh.model.Unit;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.testutil.Workbooks;
import vn.dienhinh.util.Progress;

/** Each kind of bad row: what is reported, by row and column, and what is imported. */
class BadRowsTest {

    @TempDir
    Path dir;
    TestDb t;
    Unit daKao;

    @BeforeEach
    void open() {
        t = new TestDb(dir);
        daKao = t.catalog.saveUnit(Unit.named("Phường Đa Kao", "Phường"));
        t.registry.save(person("Nguyễn Thị Ánh", 1985).unitId(daKao.id()).build());
    }

    @AfterEach
    void close() {
        t.close();
    }

    private Path badList() {
        return Workbooks.create().sheet("Sheet1")
                .row(1, "STT", "Họ và tên", "Năm sinh", "Lĩnh vực", "Đơn vị đề xuất", "Điện thoại", "Thành tích")
                .row(2, 1, "Phạm Thị Hằng", 1979, "Y tế", "Phường Đa Kao", 903123456, "Hiến máu")
                .row(3, 2, null, 1990, "Y tế", "Phường Đa Kao", null, "Không ghi tên")
                .row(4, 3, "Lý Văn Thông", 2099, null, "Phường Đa Kao")
                .row(5, 4, "Mai Thị Xuân", 1850, null, "Phường Đa Kao")
                .row(6, 5, "Quách Văn Tuấn", "không rõ", null, "Phường Đa Kao")
                .row(7, 6, "Hà Thị Yến", 1995, "Môi trường; Y tế", "Phường Đa Kao")
                .row(8, 7, "Kiều Văn Sơn", 1988, "GD&ĐT", "Phường Tân Định")
                .row(9, 8, "Pham Thi Hang", 1979, "Y tế", "phuong da kao")
                .row(10, 9, "NGUYỄN THỊ ÁNH", 1985, null, "Phường Đa Kao")
                .row(11, 10, "Nguyễn Thị Ánh", 1986, null, "Phường Đa Kao", "090-abc", "Cùng tên, khác năm sinh")
                .write(dir.resolve("loi.xlsx"));
    }

    @Test
    void everyProblemIsReportedByRowAndColumn() {
        ImportPreview p = ImportFixture.preview(t, badList());
        assertThat(p.problems()).extracting(ImportFixture::problem).containsExactly(
                "3 B (Họ và tên) ERROR: Thiếu họ và tên (tên tập thể); dòng này không được nhập.",
                "4 C (Năm sinh) ERROR: Năm sinh “2099” không hợp lệ (phải từ 1900 đến 2026); dòng này không được nhập.",
                "5 C (Năm sinh) ERROR: Năm sinh “1850” không hợp lệ (phải từ 1900 đến 2026); dòng này không được nhập.",
                "6 C (Năm sinh) ERROR: Năm sinh “không rõ” không đọc được (ghi năm như 1985 hoặc ngày như 05/01/1985); "
                        + "dòng này không được nhập.",
                "7 D (Lĩnh vực) WARNING: Lĩnh vực “Môi trường” không có trong danh mục; đã ghi vào Ghi chú.",
                "8 E (Đơn vị đề xuất) WARNING: Đơn vị “Phường Tân Định” chưa có trong danh mục.",
                "9  DUPLICATE: Trùng với dòng 2 trong tệp (cùng tên, năm sinh và đơn vị); không nhập, trừ khi chọn nhập "
                        + "cả dòng trùng.",
                "10  DUPLICATE: Sổ đã có “Nguyễn Thị Ánh” (mã 1) cùng tên, năm sinh và đơn vị; không nhập, trừ khi chọn "
                        + "nhập cả dòng trùng.",
                "11 F (Điện thoại) WARNING: Số điện thoại “090-abc” không đúng dạng; đã ghi vào Ghi chú.");
        assertThat(p.rows()).extracting(r -> r.rowNumber() + " " + r.verdict()).containsExactly("2 OK", "3 ERROR",
                "4 ERROR", "5 ERROR", "6 ERROR", "7 WARNING", "8 WARNING", "9 DUPLICATE", "10 DUPLICATE", "11 WARNING");
        Exemplar hang = p.rows().get(0).draft();
        assertThat(hang.phone()).isEqualTo("0903123456"); // Excel dropped the leading zero of the number
        assertThat(p.rows().get(5).fieldNames()).isEqualTo("Y tế");
        assertThat(p.rows().get(5).draft().note()).isEqualTo("Lĩnh vực: Môi trường");
        assertThat(p.rows().get(9).draft().note()).isEqualTo("Điện thoại: 090-abc");
    }

    @Test
    void onlyTheAcceptedRowsAreWrittenAndDuplicatesOnlyWhenAskedFor() {
        ImportService s = ImportFixture.service(t);
        ImportPreview p = s.preview(badList(), null, Progress.NONE);
        ImportResult r = s.commit(p, new ImportOptions(Set.of(), false), Progress.NONE);
        assertThat(r.imported()).isEqualTo(4);
        assertThat(r.unitsCreated()).isEmpty();
        List<String> names = t.registry.page(ExemplarFilter.ALL, 0, 100).stream().map(ExemplarRow::name).toList();
        assertThat(names).containsExactlyInAnyOrder("Nguyễn Thị Ánh", "Nguyễn Thị Ánh", "Phạm Thị Hằng", "Hà Thị Yến",
                "Kiều Văn Sơn");
        Exemplar son = t.registry.require(t.registry.page(ExemplarFilter.ALL.withSearch("kieu van son"), 0, 1).get(0).id());
        assertThat(son.unitId()).isNull();
        assertThat(son.note()).isEqualTo("Đơn vị đề xuất: Phường Tân Định");
        assertThat(son.foundOn()).isNull();
        assertThat(t.registry.history(son.id()).get(0).date()).isEqualTo(TestDb.TODAY);
    }

    @Test
    void duplicatesAreImportedWhenTheUserAsksForThem() {
        ImportService s = ImportFixture.service(t);
        ImportPreview p = s.preview(badList(), null, Progress.NONE);
        assertThat(s.commit(p, new ImportOptions(Set.of("Phường Tân Định"), true), Progress.NONE).imported())
                .isEqualTo(6);
        assertThat(t.catalog.unitByName("Phường Tân Định")).isNotNull();
        assertThat(t.registry.count(ExemplarFilter.ALL)).isEqualTo(7);
        assertThat(LocalDate.now(TestDb.CLOCK)).isEqualTo(TestDb.TODAY);
    }
}
