package vn.dienhinh.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.imports.Target;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.testutil.Workbooks;
import vn.dienhinh.util.Progress;

/** Less common shapes: the name split over "Họ đệm" and "Tên", "Ông"/"Bà" before names, a list of units. */
class MoreShapesTest {

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

    private ImportPreview preview(Workbooks.SheetSpec s) {
        return ImportFixture.preview(t, s.write(dir.resolve("list.xlsx")));
    }

    @Test
    void aNameSplitIntoFamilyAndGivenColumnsIsJoined() {
        ImportPreview separate = preview(Workbooks.create().sheet("Sheet1")
                .row(1, "STT", "Họ đệm", "Tên", "Năm sinh")
                .row(2, 1, "Nguyễn Thị", "Ánh", 1985));
        assertThat(separate.layout().columns()).extracting(c -> c.target())
                .containsExactly(Target.NUMBER, Target.NAME, Target.NAME_GIVEN, Target.BIRTH);
        assertThat(separate.rows()).extracting(ImportFixture::line).containsExactly("2 Nguyễn Thị Ánh INDIVIDUAL 1985");

        ImportPreview merged = preview(Workbooks.create().sheet("Sheet1")
                .row(1, "STT", "Họ và tên", null, "Năm sinh")
                .row(2, null, "Họ và tên đệm", "Tên")
                .row(3, 1, "Lê Văn", "Tám", 1970)
                .merge("A1:A2", "B1:C1", "D1:D2"));
        assertThat(merged.rows()).extracting(ImportFixture::line).containsExactly("3 Lê Văn Tám INDIVIDUAL 1970");
    }

    @Test
    void ongAndBaBeforeANameGiveTheGenderAndAreNotPartOfTheName() {
        ImportPreview p = preview(Workbooks.create().sheet("Sheet1")
                .row(1, "TT", "Họ và tên", "Năm sinh", "Địa chỉ")
                .row(2, 1, "Ông Trần Văn Bảy", 1950, "Tổ 3, khu phố 2")
                .row(3, 2, "Bà Hồ Thị Tư", 1952, "Tổ 5, khu phố 2")
                .row(4, 3, "Hộ ông Lý Văn Năm", 1949, "Tổ 1, khu phố 1"));
        assertThat(p.rows()).extracting(ImportFixture::line).containsExactly("2 Trần Văn Bảy INDIVIDUAL 1950 MALE",
                "3 Hồ Thị Tư INDIVIDUAL 1952 FEMALE", "4 Hộ ông Lý Văn Năm HOUSEHOLD 1949");
        assertThat(p.rows().get(0).draft().residence()).isEqualTo("Tổ 3, khu phố 2");
        assertThat(p.rows().get(2).draft().address()).isEqualTo("Tổ 1, khu phố 1");
    }

    @Test
    void aListOfUnitsIsTakenOverATableOfFiguresOnAnEarlierSheet() {
        Path file = Workbooks.create()
                .sheet("Tổng hợp").row(1, "STT", "Đơn vị", "Số lượng", "Ghi chú").row(2, 1, "Phường 1", 4)
                .sheet("Tập thể").row(1, "STT", "Đơn vị", "Thành tích", "Ghi chú")
                .row(2, 1, "Trường Mầm non 19/5", "Trường chuẩn quốc gia")
                .sheet("Cá nhân").row(1, "STT", "Họ và tên", "Năm sinh", "Đơn vị", "Thành tích")
                .row(2, 1, "Phan Thị Sáu", 1980, "Phường 1", "Hiến máu")
                .write(dir.resolve("list.xlsx"));
        ImportService s = ImportFixture.service(t);
        ImportPreview p = s.preview(file, null, Progress.NONE);
        assertThat(p.sheetName()).isEqualTo("Cá nhân");
        assertThat(p.candidates()).containsExactly("Tổng hợp", "Tập thể", "Cá nhân");
        ImportPreview units = s.withSheet(p, "Tập thể", Progress.NONE);
        assertThat(units.rows()).extracting(ImportFixture::line).containsExactly("2 Trường Mầm non 19/5 COLLECTIVE");
        assertThat(units.rows().get(0).draft().summary()).isEqualTo("Trường chuẩn quốc gia");
    }
}
