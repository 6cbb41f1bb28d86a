package vn.dienhinh.service.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.testutil.Workbooks;
import vn.dienhinh.util.Progress;
import vn.dienhinh.util.UserException;

/** Each kind of file that cannot be imported gets its own message, and nothing is written. */
class BadFilesTest {

    @TempDir
    Path dir;
    TestDb t;

    @BeforeEach
    void open() {
        t = new TestDb(dir.resolve("db"));
    }

    @AfterEach
    void close() {
        assertThat(t.registry.count(ExemplarFilter.ALL)).isZero();
        assertThat(t.catalog.units()).isEmpty();
        t.close();
    }

    private UserException refused(Path file) {
        UserException e = catchThrowableOfType(UserException.class,
                () -> ImportFixture.service(t).preview(file, null, Progress.NONE));
        assertThat(e).as("refused: " + file).isNotNull();
        assertThat(e.getMessage()).doesNotContain("Exception", "null");
        return e;
    }

    private Path goodList(String name) {
        return Workbooks.create().sheet("Sheet1").row(1, "STT", "Họ và tên", "Năm sinh")
                .row(2, 1, "Nguyễn Thị Ánh", 1985).write(dir.resolve(name));
    }

    @Test
    void aLegacyXlsFile() throws Exception {
        Path xls = dir.resolve("danh-sach.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("Họ và tên");
            wb.write(out);
        }
        UserException e = refused(xls);
        assertThat(e.key()).isEqualTo("import.file.xls");
        assertThat(e.getMessage()).contains("danh-sach.xls", ".xlsx");
        // renamed to .xlsx it is still recognised for what it is
        Path renamed = Files.copy(xls, dir.resolve("doi-ten.xlsx"));
        assertThat(refused(renamed).key()).isEqualTo("import.file.xls");
    }

    @Test
    void aPasswordProtectedWorkbook() throws Exception {
        Path plain = goodList("plain.xlsx");
        Path locked = dir.resolve("co-mat-khau.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("matkhau");
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        UserException e = refused(locked);
        assertThat(e.key()).isEqualTo("import.file.encrypted");
        assertThat(e.getMessage()).contains("co-mat-khau.xlsx", "mật khẩu");
    }

    @Test
    void aTruncatedWorkbook() throws Exception {
        byte[] whole = Files.readAllBytes(goodList("whole.xlsx"));
        Path cut = Files.write(dir.resolve("chua-tai-xong.xlsx"), Arrays.copyOf(whole, whole.length * 2 / 3));
        UserException e = refused(cut);
        assertThat(e.key()).isEqualTo("import.file.truncated");
        assertThat(e.getMessage()).contains("chua-tai-xong.xlsx");
    }

    @Test
    void filesThatAreNotExcelWorkbooks() throws Exception {
        Path text = Files.writeString(dir.resolve("ghi-chu.xlsx"), "Họ và tên;Năm sinh\nAn;1985", StandardCharsets.UTF_8);
        assertThat(refused(text).key()).isEqualTo("import.file.notExcel");
        Path pdf = Files.write(dir.resolve("to-trinh.pdf"), "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(refused(pdf).key()).isEqualTo("import.file.notExcel");
        assertThat(refused(zip("bao-cao.docx", "word/document.xml")).key()).isEqualTo("import.file.notExcel");
        assertThat(refused(zip("bang.ods", "mimetype", "content.xml")).key()).isEqualTo("import.file.ods");
        assertThat(refused(zip("nhi-phan.xlsb", "xl/workbook.bin")).key()).isEqualTo("import.file.xlsb");
        Path empty = Files.write(dir.resolve("rong.xlsx"), new byte[0]);
        assertThat(refused(empty).key()).isEqualTo("import.file.empty");
        assertThat(refused(dir.resolve("khong-co.xlsx")).key()).isEqualTo("import.file.missing");
    }

    @Test
    void anEmptySheetASheetWithoutAListAndASheetThatIsNotThere() {
        Path empty = Workbooks.create().sheet("Trống").write(dir.resolve("trong.xlsx"));
        UserException e = refused(empty);
        assertThat(e.key()).isEqualTo("import.sheet.empty");
        assertThat(e.getMessage()).contains("Trống");

        Path noList = Workbooks.create().sheet("Ghi chú").row(1, "Danh sách sẽ gửi sau").row(2, "Người lập: An")
                .write(dir.resolve("khong-danh-sach.xlsx"));
        assertThat(refused(noList).key()).isEqualTo("import.sheet.noHeader");

        UserException notThere = catchThrowableOfType(UserException.class, () -> ImportFixture.service(t)
                .preview(goodList("ds.xlsx"), "Tập thể", Progress.NONE));
        assertThat(notThere.key()).isEqualTo("import.sheet.notFound");
        assertThat(notThere.getMessage()).contains("“Tập thể”", "Sheet1");
    }

    private Path zip(String name, String... entries) throws Exception {
        Path file = dir.resolve(name);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
            for (String e : entries) {
                z.putNextEntry(new ZipEntry(e));
                z.write("<x/>".getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return file;
    }
}
