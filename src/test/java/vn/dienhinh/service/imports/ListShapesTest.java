package vn.dienhinh.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.imports.Target;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.Unit;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.testutil.Workbooks;
import vn.dienhinh.testutil.Workbooks.Formula;

/** Header positions, title blocks, number rows, sections, merged cells and formulas, one shape per test. */
class ListShapesTest {

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
    void aHeaderOnTheFirstRowWithoutTitles() {
        ImportPreview p = preview(Workbooks.create().sheet("Sheet1")
                .row(1, "Họ tên", "Năm sinh", "Đơn vị")
                .row(2, "Nguyễn Thị Ánh", 1985, "Phường Đa Kao")
                .row(3, "Lê Văn Tám", "1970", "Phường Đa Kao"));
        assertThat(p.layout().headerRowNumber()).isEqualTo(1);
        assertThat(p.layout().columns()).extracting(c -> c.target())
                .containsExactly(Target.NAME, Target.BIRTH, Target.UNIT);
        assertThat(p.rows()).extracting(ImportFixture::line)
                .containsExactly("2 Nguyễn Thị Ánh INDIVIDUAL 1985 WARNING", "3 Lê Văn Tám INDIVIDUAL 1970 WARNING");
        assertThat(p.newUnits()).containsExactly(new ImportPreview.NewUnit("Phường Đa Kao", 2));
    }

    @Test
    void aHeaderFarBelowTheTitlesAndStartingInColumnC() {
        Workbooks.SheetSpec s = Workbooks.create().sheet("DS");
        for (int r = 1; r <= 14; r++) {
            s.rowAt(r, 2, r == 3 ? "DANH SÁCH GƯƠNG NGƯỜI TỐT, VIỆC TỐT QUÝ I NĂM 2024" : "Dòng tiêu đề " + r);
        }
        s.merge("C3:I3");
        s.rowAt(16, 2, "TT", "Họ, tên", "Ngày tháng năm sinh", "Giới tính", "Nơi công tác", "Lĩnh vực", "Thành tích đạt được");
        s.rowAt(17, 2, 1, "Đặng Thị Hoa", "05/01/1985", "Nữ", "Trường Mầm non Hoa Sen", "Giáo dục", "Cứu bé bị đuối nước");
        s.rowAt(18, 2, 2, "Võ Văn Bình", "Năm 1970", "nam", "Công an phường", "An ninh", "Bắt cướp giật");
        ImportPreview p = preview(s);
        assertThat(p.layout().headerRowNumber()).isEqualTo(16);
        assertThat(p.rows()).extracting(ImportFixture::line)
                .containsExactly("17 Đặng Thị Hoa INDIVIDUAL 1985 FEMALE", "18 Võ Văn Bình INDIVIDUAL 1970 MALE");
        Exemplar hoa = p.rows().get(0).draft();
        assertThat(hoa.birthDate()).isEqualTo(LocalDate.of(1985, 1, 5));
        assertThat(hoa.workplace()).isEqualTo("Trường Mầm non Hoa Sen");
        assertThat(hoa.summary()).isEqualTo("Cứu bé bị đuối nước");
        assertThat(p.rows().get(0).fieldNames()).isEqualTo("Giáo dục và đào tạo");
        assertThat(p.rows().get(1).fieldNames()).isEqualTo("Quốc phòng, an ninh");
        assertThat(p.problems()).isEmpty();
    }

    @Test
    void plainNumberRowsLetteredSectionsRepeatedHeadersBlankRowsAndFormulaNumbers() {
        ImportPreview p = preview(Workbooks.create().sheet("Sheet1")
                .row(1, "STT", "Họ và tên", "Năm sinh", "Tóm tắt thành tích")
                .row(2, 1, 2, 3, 4)
                .row(3, "A.", "TẬP THỂ (02)")
                .row(4, 1, "Chi hội Phụ nữ khu phố 2", null, "Quỹ tiết kiệm giúp nhau")
                .row(5, new Formula("A4+1", 2), "Câu lạc bộ Dưỡng sinh", null, "Duy trì 10 năm")
                .row(7, "B.", "CÁ NHÂN (01)")
                .row(8, "STT", "Họ và tên", "Năm sinh", "Tóm tắt thành tích")
                .row(9, 1, "Tô Văn Ba", new Formula("2024-39", 1985), new Formula("\"Hiến máu \"&\"20 lần\"", null)));
        assertThat(p.rows()).extracting(ImportFixture::line).containsExactly(
                "4 Chi hội Phụ nữ khu phố 2 COLLECTIVE", "5 Câu lạc bộ Dưỡng sinh COLLECTIVE",
                "9 Tô Văn Ba INDIVIDUAL 1985");
        // the formula was never evaluated: no stored result, no summary
        assertThat(p.rows().get(2).draft().summary()).isNull();
        assertThat(p.problems()).isEmpty();
    }

    @Test
    void sectionRowsNamingUnitsAndFieldsAndAKindFromTheTitle() {
        t.catalog.saveUnit(Unit.named("Phường Bến Nghé", "Phường"));
        ImportPreview p = preview(Workbooks.create().sheet("Sheet1")
                .row(1, "DANH SÁCH CÁ NHÂN ĐIỂN HÌNH TIÊN TIẾN NĂM 2024")
                .row(3, "STT", "Họ và tên", "Năm sinh", "Chức vụ", "Thành tích")
                .row(4, "I", "Phường Bến Nghé")
                .row(5, "1", "Lĩnh vực Y tế")
                .row(6, 1, "Trương Văn Trọng", 1966, "Trưởng trạm", "Khám bệnh miễn phí")
                .row(7, "2", "Cải cách hành chính")
                .row(8, 2, "Đoàn Thị Thu", 1990, "Công chức một cửa", "Giải quyết hồ sơ đúng hạn")
                .row(9, "II", "Phường Đa Kao")
                .row(10, 1, "Khổng Minh Lộc", 1980, "Bảo vệ dân phố", "Bắt trộm")
                .merge("A1:E1"));
        assertThat(p.rows()).extracting(ImportFixture::line).containsExactly(
                "6 Trương Văn Trọng INDIVIDUAL 1966", "8 Đoàn Thị Thu INDIVIDUAL 1990",
                "10 Khổng Minh Lộc INDIVIDUAL 1980 WARNING");
        assertThat(p.rows()).extracting(PreviewRow::unitName)
                .containsExactly("Phường Bến Nghé", "Phường Bến Nghé", "Phường Đa Kao");
        assertThat(p.rows()).extracting(PreviewRow::fieldNames).containsExactly("Y tế", "Cải cách hành chính", "");
    }

    @Test
    void aListOfCollectivesAndTheKindFromTheNameWhenNothingElseSaysIt() {
        ImportPreview collectives = preview(Workbooks.create().sheet("Sheet1")
                .row(2, "STT", "Tên tập thể", "Người đứng đầu", "Số thành viên", "Thành tích")
                .row(3, 1, "Ban điều hành khu phố 1", "Lê Văn Lợi", "15 người", "Khu phố văn hóa"));
        assertThat(collectives.rows()).extracting(ImportFixture::line)
                .containsExactly("3 Ban điều hành khu phố 1 COLLECTIVE");
        assertThat(collectives.rows().get(0).draft().headName()).isEqualTo("Lê Văn Lợi");
        assertThat(collectives.rows().get(0).draft().memberCount()).isEqualTo(15);

        ImportPreview mixed = preview(Workbooks.create().sheet("Sheet1")
                .row(1, "STT", "Họ và tên / Tên tập thể", "Năm sinh", "Thành tích")
                .row(2, 1, "Trường THCS Văn Lang", null, "Tập thể lao động xuất sắc")
                .row(3, 2, "Hộ bà Lê Thị Mai", 1955, "Gia đình văn hóa")
                .row(4, 3, "Tô Văn Ba", 1980, "Hiến máu"));
        assertThat(mixed.rows()).extracting(ImportFixture::line).containsExactly(
                "2 Trường THCS Văn Lang COLLECTIVE", "3 Hộ bà Lê Thị Mai HOUSEHOLD 1955", "4 Tô Văn Ba INDIVIDUAL 1980");
    }

    @Test
    void mergedNameCellsAndLineBreaksKeepOneExemplarPerPerson() {
        ImportPreview p = preview(Workbooks.create().sheet("Sheet1")
                .row(1, "STT", "Họ và tên", "Giới tính", null, "Tóm tắt thành tích")
                .row(2, null, null, "Nam", "Nữ")
                .row(3, 1, "Phan Văn Minh\nTổ trưởng tổ dân phố 7", "x", null, "Vận động hiến đất làm đường;")
                .row(4, null, null, null, null, "xây 3 căn nhà tình thương")
                .row(5, 2, "Bùi Thị Lan", null, "X", "Nuôi 5 trẻ mồ côi")
                .row(6, null, null, null, null, "(tiếp) và giúp các em đi học")
                .merge("A1:A2", "B1:B2", "C1:D1", "E1:E2", "A3:A4", "B3:B4", "C3:C4"));
        assertThat(p.layout().columns()).extracting(c -> c.target())
                .containsExactly(Target.NUMBER, Target.NAME, Target.MALE, Target.FEMALE, Target.SUMMARY);
        assertThat(p.rows()).extracting(ImportFixture::line)
                .containsExactly("3 Phan Văn Minh INDIVIDUAL MALE", "5 Bùi Thị Lan INDIVIDUAL FEMALE");
        assertThat(p.rows().get(0).draft().position()).isEqualTo("Tổ trưởng tổ dân phố 7");
        assertThat(p.rows().get(0).draft().summary()).isEqualTo("Vận động hiến đất làm đường; xây 3 căn nhà tình thương");
        assertThat(p.rows().get(1).draft().summary()).isEqualTo("Nuôi 5 trẻ mồ côi (tiếp) và giúp các em đi học");
    }

    @Test
    void theUserCanCorrectTheMappingAndTheHeaderRow() {
        Path file = Workbooks.create().sheet("Sheet1")
                .row(1, "Danh sách đề nghị")
                .row(2, "Họ và tên", "Năm sinh", "Danh hiệu đề nghị")
                .row(3, "Ngô Thị Lụa", 1979, "Chiến sĩ thi đua cơ sở")
                .write(dir.resolve("list.xlsx"));
        ImportService s = ImportFixture.service(t);
        ImportPreview p = s.preview(file, null, vn.dienhinh.util.Progress.NONE);
        assertThat(p.layout().columns().get(2).target()).isEqualTo(Target.EXTRA);
        assertThat(p.rows().get(0).draft().note()).isEqualTo("Danh hiệu đề nghị: Chiến sĩ thi đua cơ sở");

        ImportPreview corrected = s.withLayout(p, p.layout().withTarget(2, Target.SUMMARY), vn.dienhinh.util.Progress.NONE);
        assertThat(corrected.rows().get(0).draft().summary()).isEqualTo("Chiến sĩ thi đua cơ sở");
        assertThat(corrected.rows().get(0).draft().note()).isNull();

        ImportPreview lower = s.withHeaderRow(p, 1, vn.dienhinh.util.Progress.NONE);
        assertThat(lower.layout().headerRowNumber()).isEqualTo(1);
    }
}
