package vn.dienhinh.testutil;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes a messy, real-shaped officer workbook to look at the import by hand:
 * {@code java -cp <test class path> vn.dienhinh.testutil.SampleLists /tmp/ds.xlsx}.
 */
public final class SampleLists {

    private SampleLists() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "danh-sach-mau.xlsx");
        wardList(file);
        System.out.println(file.toAbsolutePath());
    }

    /** A ward's list: titles, a two-row header, column numbers, sections, totals, problems, signatures. */
    public static Path wardList(Path file) {
        return Workbooks.create().sheet("Hướng dẫn").row(1, "Nhập danh sách ở trang tính “DS đề nghị”.")
                .sheet("DS đề nghị")
                .row(1, "ỦY BAN NHÂN DÂN QUẬN 1", null, null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .row(2, "ỦY BAN NHÂN DÂN PHƯỜNG BẾN NGHÉ", null, null, null, null, "Độc lập - Tự do - Hạnh phúc")
                .row(4, "DANH SÁCH")
                .row(5, "Cá nhân, tập thể, hộ gia đình điển hình tiên tiến năm 2024")
                .row(6, "(Kèm theo Tờ trình số 25/TTr-UBND ngày 05/01/2024 của Ủy ban nhân dân phường Bến Nghé)")
                .row(8, "STT", "Họ và tên", "Năm sinh", null, "Chức vụ, đơn vị công tác", "Lĩnh vực",
                        "Đơn vị đề xuất", "Tóm tắt thành tích", "Hình thức khen thưởng")
                .row(9, null, null, "Nam", "Nữ")
                .row(10, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)")
                .row(11, "I", "CÁ NHÂN")
                .row(12, 1, "Nguyễn  Văn An", 1975, null, "Tổ trưởng tổ dân phố 5, phường Bến Nghé",
                        "An ninh trật tự", "Phường Bến Nghé", "Vận động nhân dân giữ gìn an ninh trật tự", "Giấy khen")
                .row(13, 2, "Trần Thị Bích", null, "1988", "Giáo viên, Trường Tiểu học Kim Đồng", "GD&ĐT",
                        "P. Bến Nghé", "Giáo viên dạy giỏi cấp thành phố", "Giấy khen")
                .row(14, 3, "Lê Thị Cúc", null, LocalDate.of(1990, 5, 12), "Điều dưỡng", "Y tế; Môi trường",
                        "Trạm Y tế phường Bến Nghé", "Tận tình chăm sóc người bệnh")
                .row(15, 4, null, 1980, null, "Bảo vệ dân phố", "An ninh", "Phường Bến Nghé", "Bắt trộm")
                .row(16, 5, "Võ Văn Em", 2099, null, "Thanh niên tình nguyện", "Đời sống xã hội", "Phường Bến Nghé")
                .row(17, 6, "Nguyen Van An", 1975, null, null, null, "phường Bến Nghé", "Ghi trùng ở trên")
                .row(18, null, "Cộng: 6 cá nhân")
                .row(19, "II", "TẬP THỂ")
                .row(20, 1, "Tổ dân phố 5", null, null, null, "Đời sống xã hội", "Phường Bến Nghé",
                        "Khu dân cư văn hóa tiêu biểu", "Giấy khen")
                .row(21, 2, "Trường Tiểu học Kim Đồng", null, null, null, "Giáo dục - Đào tạo",
                        "Phòng Giáo dục và Đào tạo", "Tập thể lao động xuất sắc", "Bằng khen")
                .row(22, "III", "HỘ GIA ĐÌNH")
                .row(23, 1, "Hộ ông Phạm Văn Dũng", 1960, null, null, "CCHC", "Phường Bến Nghé",
                        "Gia đình văn hóa 10 năm liền")
                .row(25, null, null, null, null, null, "Bến Nghé, ngày 05 tháng 01 năm 2024")
                .row(26, null, "NGƯỜI LẬP BIỂU", null, null, null, "TM. ỦY BAN NHÂN DÂN")
                .row(27, null, null, null, null, null, "CHỦ TỊCH")
                .row(30, null, "Hồ Thị Lập", null, null, null, "Nguyễn Văn Chủ")
                .merge("A1:C1", "F1:I1", "A2:C2", "F2:I2", "A4:I4", "A5:I5", "A6:I6", "A8:A9", "B8:B9", "C8:D8",
                        "E8:E9", "F8:F9", "G8:G9", "H8:H9", "I8:I9", "B11:I11", "B19:I19", "B22:I22", "F25:I25",
                        "F26:I26", "F27:I27", "F30:I30")
                .write(file);
    }
}
