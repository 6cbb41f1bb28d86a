package vn.dienhinh.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.ExemplarRow;
import vn.dienhinh.model.Field;
import vn.dienhinh.service.CatalogService;
import vn.dienhinh.service.RegistryService;

/**
 * The list an officer of a ward or school sends up, as the import reads it: the agency and motto
 * lines, the title, then the header "STT | Họ và tên | Năm sinh | Giới tính | Chức vụ, đơn vị công tác |
 * Lĩnh vực | Đơn vị đề xuất | Tóm tắt thành tích" and one row per person. People are new (names made
 * from common family, middle and given names, seeded); positions, units, fields and achievements are
 * taken from the registry, so they read as the office's own. Written with SXSSF: memory stays flat.
 */
final class OfficerList {

    static final String[] HEADER = {"STT", "Họ và tên", "Năm sinh", "Giới tính", "Chức vụ, đơn vị công tác",
        "Lĩnh vực", "Đơn vị đề xuất", "Tóm tắt thành tích"};
    /** The header row (0-based); data follows it. */
    static final int HEADER_ROW = 6;

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh", "Lâm", "Mai"};
    private static final String[] MIDDLE_M = {"Văn", "Minh", "Quốc", "Đức", "Thanh", "Hữu", "Công", "Gia", "Hoàng"};
    private static final String[] MIDDLE_F = {"Thị", "Thị", "Ngọc", "Thanh", "Thu", "Kim", "Mỹ", "Bảo", "Phương"};
    private static final String[] GIVEN_M = {"Anh", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khang", "Lâm", "Long",
        "Nam", "Phúc", "Quân", "Sơn", "Tài", "Thắng", "Toàn", "Trung", "Tuấn", "Việt", "Vinh"};
    private static final String[] GIVEN_F = {"An", "Châu", "Dung", "Giang", "Hà", "Hằng", "Hoa", "Hương", "Lan",
        "Linh", "Mai", "Nga", "Ngân", "Nhung", "Oanh", "Phượng", "Thảo", "Trang", "Vân", "Yến"};

    private OfficerList() {
    }

    /** Writes {@code rows} people to {@code file}. */
    static void write(Path file, int rows, RegistryService registry, CatalogService catalog) throws IOException {
        List<ExemplarRow> material = material(registry);
        List<String> fields = catalog.fields().stream().map(Field::name).toList();
        Random r = new Random(2026);
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        try (OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet sh = wb.createSheet("Danh sách");
            line(sh, 0, "ỦY BAN NHÂN DÂN QUẬN 1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            line(sh, 1, "ỦY BAN NHÂN DÂN PHƯỜNG BẾN NGHÉ", "Độc lập - Tự do - Hạnh phúc");
            line(sh, 3, "DANH SÁCH ĐỀ NGHỊ CÔNG NHẬN ĐIỂN HÌNH TIÊN TIẾN NĂM 2026", null);
            line(sh, 4, "(Kèm theo Tờ trình số 45/TTr-UBND ngày 15 tháng 10 năm 2026 của Ủy ban nhân dân phường)", null);
            sh.addMergedRegion(new CellRangeAddress(3, 3, 0, HEADER.length - 1));
            sh.addMergedRegion(new CellRangeAddress(4, 4, 0, HEADER.length - 1));
            Row header = sh.createRow(HEADER_ROW);
            for (int c = 0; c < HEADER.length; c++) {
                header.createCell(c).setCellValue(HEADER[c]);
            }
            for (int i = 1; i <= rows; i++) {
                boolean woman = r.nextBoolean();
                ExemplarRow m = material.get(r.nextInt(material.size()));
                Row row = sh.createRow(HEADER_ROW + i);
                row.createCell(0).setCellValue(i);
                row.createCell(1).setCellValue(name(r, woman));
                row.createCell(2).setCellValue(1955 + r.nextInt(50));
                row.createCell(3).setCellValue(woman ? "Nữ" : "Nam");
                row.createCell(4).setCellValue(position(r) + ", " + m.unitName());
                row.createCell(5).setCellValue(fields.get(r.nextInt(fields.size())));
                row.createCell(6).setCellValue(m.unitName());
                row.createCell(7).setCellValue(m.summary());
            }
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    /** Some hundred individuals of the registry whose units and achievements the list borrows. */
    private static List<ExemplarRow> material(RegistryService registry) {
        ExemplarFilter people = ExemplarFilter.ALL.withKind(ExemplarKind.INDIVIDUAL);
        long n = registry.count(people);
        Random r = new Random(7);
        List<ExemplarRow> out = new ArrayList<>();
        for (int i = 0; i < 20 && n > 0; i++) {
            registry.page(people, (long) (r.nextDouble() * Math.max(0, n - 25)), 25).stream()
                    .filter(x -> x.unitName() != null && x.summary() != null).forEach(out::add);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("the registry has no individual to borrow from");
        }
        return out;
    }

    static String name(Random r, boolean woman) {
        String[] middle = woman ? MIDDLE_F : MIDDLE_M;
        String[] given = woman ? GIVEN_F : GIVEN_M;
        return FAMILY[r.nextInt(FAMILY.length)] + " " + middle[r.nextInt(middle.length)] + " "
                + given[r.nextInt(given.length)];
    }

    static String position(Random r) {
        String[] p = {"Tổ trưởng tổ dân phố", "Giáo viên", "Điều dưỡng", "Công chức văn hóa - xã hội", "Đoàn viên",
            "Hội viên Hội Phụ nữ", "Trưởng khu phố", "Nhân viên", "Bác sĩ", "Cựu chiến binh"};
        return p[r.nextInt(p.length)];
    }

    private static void line(SXSSFSheet sh, int r, String left, String right) {
        Row row = sh.createRow(r);
        row.createCell(0).setCellValue(left);
        if (right != null) {
            row.createCell(5).setCellValue(right);
        }
    }
}
