package vn.dienhinh.testutil;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds officers' workbooks in tests, the way they are really laid out: rows of values placed from a
 * column, merged regions, dates, formulas with a stored result, several sheets.
 */
public final class Workbooks {

    /** A formula with the result Excel stored for it (null: never calculated). */
    public record Formula(String formula, Object cached) {
    }

    /** A value in a cell with its own number format ("dd/mm/yyyy", "yyyy", "0"), as an officer formats a column. */
    public record Formatted(Object value, String format) {
    }

    private final List<SheetSpec> sheets = new ArrayList<>();

    public static Workbooks create() {
        return new Workbooks();
    }

    public SheetSpec sheet(String name) {
        SheetSpec s = new SheetSpec(this, name);
        sheets.add(s);
        return s;
    }

    /** One worksheet: rows (1-based as Excel shows them), merges by reference ("A1:H1"). */
    public static final class SheetSpec {
        private final Workbooks book;
        private final String name;
        private final List<Object[]> rows = new ArrayList<>();
        private final List<String> merges = new ArrayList<>();

        private SheetSpec(Workbooks book, String name) {
            this.book = book;
            this.name = name;
        }

        /** Values of row {@code number} from column {@code firstCol} (0 is A); null leaves a cell empty. */
        public SheetSpec rowAt(int number, int firstCol, Object... values) {
            rows.add(new Object[]{number, firstCol, values});
            return this;
        }

        public SheetSpec row(int number, Object... values) {
            return rowAt(number, 0, values);
        }

        public SheetSpec merge(String... refs) {
            merges.addAll(List.of(refs));
            return this;
        }

        public SheetSpec sheet(String other) {
            return book.sheet(other);
        }

        public Path write(Path file) {
            return book.write(file);
        }
    }

    /** A plain list of {@code rows} individuals in 10 wards, as a streaming workbook (fast to write). */
    public static Path bigList(Path file, int rows) throws IOException {
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            org.apache.poi.xssf.streaming.SXSSFSheet sh = wb.createSheet("Danh sách");
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

    public Path write(Path file) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (SheetSpec spec : sheets) {
                Sheet sh = wb.createSheet(spec.name);
                for (Object[] r : spec.rows) {
                    int number = (Integer) r[0];
                    int first = (Integer) r[1];
                    Object[] values = (Object[]) r[2];
                    Row row = sh.getRow(number - 1) != null ? sh.getRow(number - 1) : sh.createRow(number - 1);
                    for (int i = 0; i < values.length; i++) {
                        if (values[i] != null) {
                            set(row.createCell(first + i), values[i], date, wb);
                        }
                    }
                }
                for (String m : spec.merges) {
                    sh.addMergedRegion(CellRangeAddress.valueOf(m));
                }
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void set(Cell c, Object v, CellStyle date, XSSFWorkbook wb) {
        if (v instanceof Formatted f) {
            set(c, f.value(), date, wb);
            CellStyle own = wb.createCellStyle();
            own.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat(f.format()));
            c.setCellStyle(own);
        } else if (v instanceof Number n) {
            c.setCellValue(n.doubleValue());
        } else if (v instanceof LocalDate d) {
            c.setCellValue(d);
            c.setCellStyle(date);
        } else if (v instanceof Formula f) {
            c.setCellFormula(f.formula());
            if (f.cached() instanceof Number n) {
                c.setCellValue(n.doubleValue());
            } else if (f.cached() != null) {
                c.setCellValue(f.cached().toString());
            }
        } else {
            c.setCellValue(v.toString());
        }
    }
}
