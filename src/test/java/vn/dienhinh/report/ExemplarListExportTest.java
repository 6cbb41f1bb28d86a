package vn.dienhinh.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.ExemplarRow;
import vn.dienhinh.model.ExemplarStatus;

class ExemplarListExportTest {

    @TempDir
    Path dir;

    @Test
    void writesTheRegistryColumnsWithVietnameseLabels() throws Exception {
        List<ExemplarRow> rows = new ArrayList<>();
        rows.add(new ExemplarRow(11, ExemplarKind.INDIVIDUAL, "Nguyễn Thị Ánh", 1985, "Phường Bến Nghé", "Y tế",
                ExemplarStatus.FOUND, LocalDate.of(2024, 3, 3), "Cứu người đuối nước"));
        rows.add(new ExemplarRow(12, ExemplarKind.COLLECTIVE, "Tổ dân phố 3", null, "Phường Đa Kao",
                "Đời sống xã hội", ExemplarStatus.HONOURED, null, null));
        for (int i = 0; i < 200; i++) {
            rows.add(new ExemplarRow(100 + i, ExemplarKind.HOUSEHOLD, "Hộ ông Lê Văn " + i, null, "Phường Tân Định",
                    "An sinh xã hội", ExemplarStatus.REPLICATED, LocalDate.of(2023, 12, 15), "Gia đình văn hóa"));
        }
        Path file = dir.resolve("diem-hinh.xlsx");
        long n = new ExemplarListExport(new ExcelListWriter()).write(file, "DANH SÁCH ĐIỂN HÌNH NĂM 2024", rows);
        assertThat(n).isEqualTo(202);
        try (XSSFWorkbook wb = ExcelListWriterTest.open(file)) {
            var sh = wb.getSheetAt(0);
            assertThat(sh.getRow(0).getCell(0).getStringCellValue()).isEqualTo("DANH SÁCH ĐIỂN HÌNH NĂM 2024");
            assertThat(texts(sh.getRow(2))).containsExactly("STT", "Họ và tên / Tên tập thể", "Loại", "Năm sinh",
                    "Đơn vị đề xuất", "Lĩnh vực", "Trạng thái", "Ngày phát hiện", "Tóm tắt thành tích");
            Row first = sh.getRow(3);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Nguyễn Thị Ánh");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Cá nhân");
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(1985);
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo("Phát hiện");
            assertThat(first.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 3));
            assertThat(first.getCell(8).getStringCellValue()).isEqualTo("Cứu người đuối nước");
            Row second = sh.getRow(4);
            assertThat(second.getCell(2).getStringCellValue()).isEqualTo("Tập thể");
            assertThat(second.getCell(3).getStringCellValue()).isEmpty();
            assertThat(second.getCell(6).getStringCellValue()).isEqualTo("Biểu dương, khen thưởng");
            assertThat(sh.getRow(204).getCell(0).getNumericCellValue()).isEqualTo(202);
            assertThat(sh.getRow(204).getCell(2).getStringCellValue()).isEqualTo("Hộ gia đình");
        }
    }

    private static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        row.forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }
}
