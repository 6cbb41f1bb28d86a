package vn.dienhinh.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dienhinh.model.Field;
import vn.dienhinh.model.Unit;
import vn.dienhinh.testutil.TestDb;

/** Titles, fields, units and births written the many ways offices write them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchersTest {

    @TempDir
    static Path dir;
    TestDb t;
    FieldMatcher fields;

    @BeforeAll
    void catalogue() {
        t = new TestDb(dir);
        fields = new FieldMatcher(t.catalog.fields());
    }

    @AfterAll
    void close() {
        t.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "STT|NUMBER", "Số TT|NUMBER", "TT|NUMBER",
        "Họ và tên|NAME", "HỌ VÀ TÊN|NAME", "Ho ten|NAME", "Họ, tên|NAME", "Tên tập thể|NAME",
        "Họ và tên cá nhân/ Tên tập thể|NAME", "Họ và tên (1)|NAME", "Tên|NAME", "Họ đệm|NAME",
        "Họ và tên, chức vụ|NAME_POSITION",
        "Năm sinh|BIRTH", "Ngày sinh|BIRTH", "Ngày, tháng, năm sinh|BIRTH", "Sinh năm|BIRTH",
        "Giới tính|GENDER", "Nam/Nữ|GENDER",
        "Chức vụ, đơn vị công tác|POSITION_WORKPLACE", "Chức danh, nơi công tác|POSITION_WORKPLACE",
        "Chức vụ|POSITION", "Nghề nghiệp|POSITION", "Đơn vị công tác|WORKPLACE", "Nơi công tác|WORKPLACE",
        "Đơn vị đề xuất|UNIT", "Đơn vị đề nghị|UNIT", "Đơn vị|UNIT", "Xã, phường|UNIT", "Đơn vị/Địa phương|UNIT",
        "Lĩnh vực|FIELD", "Lĩnh vực hoạt động|FIELD",
        "Tóm tắt thành tích|SUMMARY", "Thành tích đạt được|SUMMARY", "Nội dung việc tốt|SUMMARY",
        "Mô hình mới, cách làm hay|NEW_MODEL", "Địa chỉ|ADDRESS", "Nơi cư trú|ADDRESS", "Số điện thoại|PHONE",
        "SĐT|PHONE", "Số CCCD|ID_NUMBER", "Người đứng đầu|HEAD_NAME", "Số thành viên|MEMBER_COUNT",
        "Ghi chú|NOTE", "Loại|KIND", "Trạng thái|STATUS", "Ngày phát hiện|FOUND_ON",
        "Dân tộc|EXTRA", "Hình thức khen thưởng|EXTRA", "|IGNORE"})
    void columnTitles(String title, Target target) {
        assertThat(HeaderTitles.classify(title == null ? "" : title)).isEqualTo(target);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GD&ĐT|Giáo dục và đào tạo", "GD-ĐT|Giáo dục và đào tạo", "Giáo dục - Đào tạo|Giáo dục và đào tạo",
        "giao duc va dao tao|Giáo dục và đào tạo", "Giáo dục|Giáo dục và đào tạo", "CCHC|Cải cách hành chính",
        "Cải cách thủ tục hành chính|Cải cách hành chính", "Y tế dự phòng|Y tế", "KH&CN|Khoa học và công nghệ", "TT&TT|Thông tin và truyền thông",
        "QP-AN|Quốc phòng, an ninh", "An ninh trật tự|Quốc phòng, an ninh", "ANTT|Quốc phòng, an ninh",
        "Y tế|Y tế", "YT|Y tế", "y te|Y tế", "Văn hóa|Văn hóa, nghệ thuật, thể dục, thể thao",
        "TDTT|Văn hóa, nghệ thuật, thể dục, thể thao", "Thuế|Tài chính, ngân hàng, thuế, bảo hiểm xã hội",
        "ASXH|An sinh xã hội", "Lao động - Thương binh và Xã hội|An sinh xã hội", "Xây dựng|", "Xã hội|",
        "Môi trường|", "Nông thôn mới|Nông nghiệp", "Lĩnh vực Y tế|Y tế"})
    void fieldNames(String written, String expected) {
        Long id = fields.one(written);
        assertThat(id == null ? null : fields.name(id)).isEqualTo(expected);
    }

    @Test
    void aCellMayNameSeveralFields() {
        FieldMatcher.Match m = fields.match("Y tế; GD&ĐT\nVăn hóa, thể thao / Môi trường");
        assertThat(m.fieldIds()).extracting(fields::name).containsExactly("Y tế", "Giáo dục và đào tạo",
                "Văn hóa, nghệ thuật, thể dục, thể thao");
        assertThat(m.unknown()).containsExactly("Môi trường");
        assertThat(fields.match("Xây dựng Đảng, chính quyền, đoàn thể").fieldIds()).hasSize(1);
    }

    @Test
    void unitsWrittenDifferently() {
        UnitMatcher units = new UnitMatcher(List.of(new Unit(1L, null, "Phường Bến Nghé", null, null, null, null, null,
                null, true, null), new Unit(2L, null, "Phường 3", null, null, null, null, null, null, true, null),
                new Unit(3L, null, "Tổ dân phố 5", null, null, null, null, null, null, true, null)));
        for (String w : List.of("Phường Bến Nghé", "PHƯỜNG BẾN NGHÉ", "phuong ben nghe", "P. Bến Nghé",
                "UBND phường Bến Nghé", "Ủy ban nhân dân phường Bến Nghé")) {
            assertThat(units.match(w)).as(w).extracting(Unit::id).containsExactly(1L);
        }
        assertThat(units.match("Phường 03")).extracting(Unit::id).containsExactly(2L);
        assertThat(units.match("TDP 5")).extracting(Unit::id).containsExactly(3L);
        assertThat(units.match("Phường Đa Kao")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1985|1985|", "năm 1985|1985|", "1985.0|1985|", "Sinh năm 1985|1985|",
        "05/01/1985|1985|1985-01-05", "5-1-1985|1985|1985-01-05", "1985-01-05|1985|1985-01-05",
        "ngày 5 tháng 1 năm 1985|1985|1985-01-05", "01/1985|1985|"})
    void birthsWrittenAsText(String text, int year, LocalDate date) {
        Values.Birth b = Values.birth(SheetCell.text(text), text);
        assertThat(b.year()).isEqualTo(year);
        assertThat(b.date()).isEqualTo(date);
        assertThat(b.unreadable()).isFalse();
    }

    @Test
    void birthsAsNumbersAndDatesAndUnreadableOnes() {
        assertThat(Values.birth(new SheetCell("1985", 1985.0, null), "1985").year()).isEqualTo(1985);
        // a year typed into a date-formatted cell is still the year
        assertThat(Values.birth(new SheetCell("07/06/1905", 1985.0, LocalDate.of(1905, 6, 7)), "07/06/1905").year())
                .isEqualTo(1985);
        assertThat(Values.birth(new SheetCell("21/02/1990", 32_925.0, LocalDate.of(1990, 2, 21)), "21/02/1990").date())
                .isEqualTo(LocalDate.of(1990, 2, 21));
        for (String bad : List.of("không rõ", "31/02/1985", "1985-1986", "1985,5")) {
            assertThat(Values.birth(SheetCell.text(bad), bad).unreadable()).as(bad).isTrue();
        }
        // a whole number typed as text is a year as typed, checked as such (85 is not 1985)
        assertThat(Values.birth(SheetCell.text("85"), "85").year()).isEqualTo(85);
        assertThat(Values.birth(SheetCell.text("19855"), "19855").year()).isEqualTo(19855);
        assertThat(Values.birth(SheetCell.text("1985.0"), "1985.0").year()).isEqualTo(1985);
        // a number that is not whole is no year
        assertThat(Values.birth(new SheetCell("1985.5", 1985.5, null), "1985.5").unreadable()).isTrue();
        // a date cell formatted to show only the year: the year, no made-up day
        Values.Birth yearOnly = Values.birth(new SheetCell("1985", 31_048.0, LocalDate.of(1985, 1, 1), false), "1985");
        assertThat(yearOnly.year()).isEqualTo(1985);
        assertThat(yearOnly.date()).isNull();
    }

    @Test
    void countsAreOneWholeNumberOrNothing() {
        assertThat(Values.count(new SheetCell("25", 25.0, null), "25")).isEqualTo(25);
        assertThat(Values.count(SheetCell.text("25 người"), "25 người")).isEqualTo(25);
        assertThat(Values.count(SheetCell.text("1.200 hội viên"), "1.200 hội viên")).isEqualTo(1200);
        for (String bad : List.of("25,5", "25.5", "20-25", "khoảng 25", "0", "1.20")) {
            assertThat(Values.count(SheetCell.text(bad), bad)).as(bad).isNull();
        }
        assertThat(Values.count(new SheetCell("25.5", 25.5, null), "25.5")).isNull();
        assertThat(Values.count(new SheetCell("25/01/1900", 25.0, LocalDate.of(1900, 1, 25)), "25/01/1900")).isNull();
    }

    @Test
    void phoneNumbersGetBackTheZeroExcelDropped() {
        assertThat(Values.phone(new SheetCell("912345678", 912_345_678.0, null), "912345678")).isEqualTo("0912345678");
        assertThat(Values.phone(new SheetCell("2838123456", 2_838_123_456.0, null), "2838123456"))
                .isEqualTo("02838123456");
        assertThat(Values.phone(new SheetCell("84912345678", 84_912_345_678.0, null), "84912345678"))
                .isEqualTo("+84912345678");
        assertThat(Values.phone(new SheetCell("1234", 1234.0, null), "1234")).isEqualTo("1234");
        assertThat(Values.idNumber(new SheetCell("79085012345", 79_085_012_345.0, null), "79085012345"))
                .isEqualTo("079085012345");
    }

    @Test
    void marksInTheNamAndNuColumns() {
        for (String mark : List.of("x", "X", "✓", "1", "TRUE", "1985")) {
            assertThat(Values.marked(mark)).as(mark).isTrue();
        }
        for (String none : List.of("", "0", "-", "không", "FALSE")) {
            assertThat(Values.marked(none)).as(none).isFalse();
        }
        assertThat(Values.birthInMark(SheetCell.text("x"), "x")).isFalse();
        assertThat(Values.birthInMark(new SheetCell("1", 1.0, null), "1")).isFalse();
        assertThat(Values.birthInMark(new SheetCell("85", 85.0, null), "85")).isTrue();
        assertThat(Values.birthInMark(SheetCell.text("1985"), "1985")).isTrue();
    }
}
