package vn.dienhinh.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.Gender;
import vn.dienhinh.model.Unit;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.testutil.Workbooks;
import vn.dienhinh.util.Progress;

/** A list laid out as a ward office sends it: every part of the real shape at once. */
class OfficerListTest {

    @TempDir
    Path dir;
    TestDb t;

    @BeforeEach
    void open() {
        t = new TestDb(dir);
        t.catalog.saveUnit(Unit.named("Phường Bến Nghé", "Phường"));
    }

    @AfterEach
    void close() {
        t.close();
    }

    static Path wardList(Path file) {
        return Workbooks.create().sheet("Danh sách")
                .row(1, "ỦY BAN NHÂN DÂN QUẬN 1", null, null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .row(2, "ỦY BAN NHÂN DÂN PHƯỜNG BẾN NGHÉ", null, null, null, null, "Độc lập - Tự do - Hạnh phúc")
                .row(4, "DANH SÁCH")
                .row(5, "Cá nhân, tập thể, hộ gia đình điển hình tiên tiến năm 2024")
                .row(6, "(Kèm theo Tờ trình số 25/TTr-UBND ngày 05/01/2024 của Ủy ban nhân dân phường Bến Nghé)")
                .row(8, "STT", "Họ và tên", "Năm sinh", null, "Chức vụ, đơn vị công tác", "Lĩnh vực", "Đơn vị đề xuất",
                        "Tóm tắt thành tích", "Ghi chú")
                .row(9, null, null, "Nam", "Nữ")
                .row(10, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)")
                .row(11, "I", "CÁ NHÂN")
                .row(12, 1, "Nguyễn  Văn An", 1975, null, "Tổ trưởng tổ dân phố 5, phường Bến Nghé",
                        "An ninh trật tự", "Phường Bến Nghé", "Vận động nhân dân giữ gìn an ninh trật tự")
                .row(13, 2, "Trần Thị Bích", null, "1988", "Giáo viên, Trường Tiểu học Kim Đồng", "GD&ĐT",
                        "P. Bến Nghé", "Giáo viên dạy giỏi cấp thành phố", "Dân tộc Hoa")
                .row(15, 3, "Le\u0302 Thi\u0323 Cu\u0301c", null, LocalDate.of(1990, 5, 12), "Điều dưỡng", "Y tế",
                        "Trạm Y tế phường Bến Nghé", "Tận tình chăm sóc người bệnh")
                .row(16, null, "Cộng: 3 cá nhân")
                .row(17, "II", "TẬP THỂ")
                .row(18, 1, "Tổ dân phố 5", null, null, null, "Đời sống xã hội", "Phường Bến Nghé",
                        "Khu dân cư văn hóa tiêu biểu")
                .row(19, 2, "Trường Tiểu học Kim Đồng", null, null, null, "Giáo dục - Đào tạo",
                        "Phòng Giáo dục và Đào tạo", "Tập thể lao động xuất sắc")
                .row(20, "III", "HỘ GIA ĐÌNH")
                .row(21, 1, "Hộ ông Phạm Văn Dũng", 1960, null, null, "CCHC", "Phường Bến Nghé",
                        "Gia đình văn hóa 10 năm liền")
                .row(23, null, null, null, null, null, "Bến Nghé, ngày 05 tháng 01 năm 2024")
                .row(24, null, "NGƯỜI LẬP BIỂU", null, null, null, "TM. ỦY BAN NHÂN DÂN")
                .row(25, null, null, null, null, null, "CHỦ TỊCH")
                .row(28, null, "Hồ Thị Lập", null, null, null, "Nguyễn Văn Chủ")
                .merge("A1:C1", "F1:I1", "A2:C2", "F2:I2", "A4:I4", "A5:I5", "A6:I6", "A8:A9", "B8:B9", "C8:D8",
                        "E8:E9", "F8:F9", "G8:G9", "H8:H9", "I8:I9", "B11:I11", "B17:I17", "B20:I20", "F23:I23",
                        "F24:I24", "F25:I25", "F28:I28")
                .write(file);
    }

    @Test
    void readsTheListUnderItsTitlesBySectionAndStopsAtTheSignatures() {
        ImportPreview p = ImportFixture.preview(t, wardList(dir.resolve("ds.xlsx")));

        assertThat(p.layout().headerRowNumber()).isEqualTo(8);
        assertThat(p.layout().headerRows()).isEqualTo(2);
        assertThat(p.rows()).extracting(ImportFixture::line).containsExactly(
                "12 Nguyễn Văn An INDIVIDUAL 1975 MALE",
                "13 Trần Thị Bích INDIVIDUAL 1988 FEMALE",
                "15 Lê Thị Cúc INDIVIDUAL 1990 FEMALE WARNING",
                "18 Tổ dân phố 5 COLLECTIVE",
                "19 Trường Tiểu học Kim Đồng COLLECTIVE WARNING",
                "21 Hộ ông Phạm Văn Dũng HOUSEHOLD 1960 MALE");
        Exemplar an = p.rows().get(0).draft();
        assertThat(an.position()).isEqualTo("Tổ trưởng tổ dân phố 5");
        assertThat(an.workplace()).isEqualTo("phường Bến Nghé");
        assertThat(p.rows().get(0).fieldNames()).isEqualTo("Quốc phòng, an ninh");
        assertThat(p.rows().get(0).unitName()).isEqualTo("Phường Bến Nghé");
        assertThat(p.rows().get(1).unitName()).isEqualTo("Phường Bến Nghé");
        assertThat(p.rows().get(1).fieldNames()).isEqualTo("Giáo dục và đào tạo");
        assertThat(p.rows().get(1).draft().note()).isEqualTo("Dân tộc Hoa");
        assertThat(p.rows().get(2).draft().birthDate()).isEqualTo(LocalDate.of(1990, 5, 12));
        assertThat(p.rows().get(4).fieldNames()).isEqualTo("Giáo dục và đào tạo");
        assertThat(p.rows().get(5).fieldNames()).isEqualTo("Cải cách hành chính");
        assertThat(p.newUnits()).extracting(ImportPreview.NewUnit::name)
                .containsExactly("Trạm Y tế phường Bến Nghé", "Phòng Giáo dục và Đào tạo");
        assertThat(p.problems()).extracting(ImportFixture::problem).containsExactly(
                "15 G (Đơn vị đề xuất) WARNING: Đơn vị “Trạm Y tế phường Bến Nghé” chưa có trong danh mục.",
                "19 G (Đơn vị đề xuất) WARNING: Đơn vị “Phòng Giáo dục và Đào tạo” chưa có trong danh mục.");
    }

    @Test
    void writesEveryAcceptedRowWithTheNewUnitsInOneGo() {
        ImportService s = ImportFixture.service(t);
        ImportPreview p = s.preview(wardList(dir.resolve("ds.xlsx")), null, Progress.NONE);
        ImportResult r = s.commit(p, ImportOptions.defaults(p), Progress.NONE);

        assertThat(r.imported()).isEqualTo(6);
        assertThat(r.byKind()).containsEntry(ExemplarKind.INDIVIDUAL, 3).containsEntry(ExemplarKind.COLLECTIVE, 2)
                .containsEntry(ExemplarKind.HOUSEHOLD, 1);
        assertThat(r.unitsCreated()).containsExactly("Trạm Y tế phường Bến Nghé", "Phòng Giáo dục và Đào tạo");
        assertThat(t.registry.count(ExemplarFilter.ALL)).isEqualTo(6);
        assertThat(t.catalog.units()).hasSize(3);
        Exemplar cuc = t.registry.require(t.registry.page(ExemplarFilter.ALL.withSearch("le thi cuc"), 0, 1).get(0).id());
        assertThat(cuc.name()).isEqualTo("Lê Thị Cúc").matches(n -> java.text.Normalizer.isNormalized(n, java.text.Normalizer.Form.NFC));
        assertThat(cuc.gender()).isEqualTo(Gender.FEMALE);
        assertThat(t.catalog.unit(cuc.unitId()).name()).isEqualTo("Trạm Y tế phường Bến Nghé");
        assertThat(t.registry.history(cuc.id())).extracting(h -> h.reason()).containsExactly("Nhập từ tệp ds.xlsx");

        // the same list again: everything is already registered
        ImportPreview again = s.preview(dir.resolve("ds.xlsx"), null, Progress.NONE);
        assertThat(again.rows()).allSatisfy(x -> assertThat(x.verdict()).isEqualTo(PreviewRow.Verdict.DUPLICATE));
        assertThat(again.acceptedCount(ImportOptions.defaults(again))).isZero();
        assertThat(List.copyOf(again.newUnits())).isEmpty();
    }
}
