package vn.dienhinh.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.testutil.Workbooks;
import vn.dienhinh.testutil.Workbooks.Formatted;
import vn.dienhinh.util.Progress;

/**
 * A number is a year unless its cell is formatted as a date; only a date cell is a date; no value is
 * turned into another without a word (a birth year 19855 typed for 1985 is not Excel's day 11/05/1954).
 */
class NumbersAndDatesTest {

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

    private static String impossible(int row, String shown) {
        return row + " C (Năm sinh) ERROR: Năm sinh “" + shown + "” không hợp lệ (phải từ 1900 đến "
                + TestDb.TODAY.getYear() + "); dòng này không được nhập.";
    }

    @Test
    void aNumberInACellNotFormattedAsADateIsAYearAndIsChecked() {
        int nextYear = TestDb.TODAY.getYear() + 1;
        Path file = Workbooks.create().sheet("DS")
                .row(1, "STT", "Họ và tên", "Năm sinh")
                .row(2, 1, "Nguyễn Văn Một", 19855)
                .row(3, 2, "Nguyễn Văn Hai", 0)
                .row(4, 3, "Nguyễn Văn Ba", -1)
                .row(5, 4, "Nguyễn Văn Bốn", 1899)
                .row(6, 5, "Nguyễn Văn Năm", nextYear)
                .row(7, 6, "Nguyễn Văn Sáu", 1985.0)
                .row(8, 7, "Nguyễn Văn Bảy", LocalDate.of(1990, 5, 12))
                .row(9, 8, "Nguyễn Văn Tám", "19855")
                .row(10, 9, "Nguyễn Văn Chín", 1985.5)
                .row(11, 10, "Nguyễn Văn Mười", new Formatted(1900, "0"))
                .write(dir.resolve("nam-sinh.xlsx"));
        ImportPreview p = ImportFixture.preview(t, file);
        assertThat(p.problems()).extracting(ImportFixture::problem).containsExactly(
                impossible(2, "19855"), impossible(3, "0"), impossible(4, "-1"), impossible(5, "1899"),
                impossible(6, String.valueOf(nextYear)), impossible(9, "19855"),
                "10 C (Năm sinh) ERROR: Năm sinh “1985.5” không đọc được (ghi năm như 1985 hoặc ngày như 05/01/1985); "
                        + "dòng này không được nhập.");
        assertThat(p.rows()).extracting(ImportFixture::line).containsExactly(
                "2 Nguyễn Văn Một INDIVIDUAL 19855 ERROR", "3 Nguyễn Văn Hai INDIVIDUAL 0 ERROR",
                "4 Nguyễn Văn Ba INDIVIDUAL -1 ERROR", "5 Nguyễn Văn Bốn INDIVIDUAL 1899 ERROR",
                "6 Nguyễn Văn Năm INDIVIDUAL " + nextYear + " ERROR", "7 Nguyễn Văn Sáu INDIVIDUAL 1985",
                "8 Nguyễn Văn Bảy INDIVIDUAL 1990", "9 Nguyễn Văn Tám INDIVIDUAL 19855 ERROR",
                "10 Nguyễn Văn Chín INDIVIDUAL ERROR", "11 Nguyễn Văn Mười INDIVIDUAL 1900");
        assertThat(p.rows().get(0).draft().birthDate()).isNull(); // never 11/05/1954
        assertThat(p.rows().get(5).draft().birthDate()).isNull();
        assertThat(p.rows().get(6).draft().birthDate()).isEqualTo(LocalDate.of(1990, 5, 12));

        ImportService s = ImportFixture.service(t);
        ImportResult r = s.commit(s.preview(file, null, Progress.NONE), new ImportOptions(Set.of(), false), Progress.NONE);
        assertThat(r.imported()).isEqualTo(3);
        assertThat(t.registry.count(ExemplarFilter.ALL.withSearch("nguyen van mot"))).isZero();
    }

    @Test
    void onlyACellFormattedAsADateIsADate() {
        Path file = Workbooks.create().sheet("DS")
                .row(1, "STT", "Họ và tên", "Năm sinh")
                .row(2, 1, "Trần Thị Một", new Formatted(19855, "dd/mm/yyyy")) // a real date cell: 11/05/1954
                .row(3, 2, "Trần Thị Hai", new Formatted(1985, "dd/mm/yyyy")) // 1985 typed into a date column
                .row(4, 3, "Trần Thị Ba", new Formatted(LocalDate.of(1985, 1, 1), "yyyy")) // shows 1985
                .row(5, 4, "Trần Thị Bốn", new Formatted(LocalDate.of(1985, 3, 1), "mm/yyyy")) // shows 03/1985
                .write(dir.resolve("o-ngay.xlsx"));
        ImportPreview p = ImportFixture.preview(t, file);
        assertThat(p.rows()).extracting(ImportFixture::line).containsExactly("2 Trần Thị Một INDIVIDUAL 1954",
                "3 Trần Thị Hai INDIVIDUAL 1985 WARNING", "4 Trần Thị Ba INDIVIDUAL 1985",
                "5 Trần Thị Bốn INDIVIDUAL 1985");
        assertThat(p.rows().get(0).draft().birthDate()).isEqualTo(LocalDate.of(1954, 5, 11));
        assertThat(p.rows().get(1).draft().birthDate()).isNull();
        assertThat(p.rows().get(2).draft().birthDate()).as("a cell showing only the year gets no made-up day").isNull();
        assertThat(p.rows().get(3).draft().birthDate()).isNull();
        assertThat(p.problems()).extracting(ImportFixture::problem).containsExactly(
                "3 C (Năm sinh) WARNING: Ô năm sinh được định dạng ngày nên Excel hiện “07/06/1905”; số gõ vào là 1985, "
                        + "được hiểu là năm sinh 1985.");
    }

    @Test
    void otherColumnsNeitherTruncateNorGuess() {
        Path file = Workbooks.create().sheet("DS")
                .row(1, "STT", "Họ và tên", "Giới tính", null, "Ngày phát hiện", "Số thành viên", "Điện thoại")
                .row(2, null, null, "Nam", "Nữ")
                .row(3, 1, "Lê Văn An", 1975, null, 45_000, null, 912_345_678)
                .row(4, 2, "Lê Thị Bình", "x", "x", new Formatted(LocalDate.of(2024, 3, 1), "mm/yyyy"))
                .row(5, 3, "Tổ dân phố 5", null, null, LocalDate.of(2024, 3, 5), 25.5, 2_838_123_456L)
                .row(6, 4, "Tổ dân phố 6", null, null, null, "1.200 người")
                .row(7, 5, "Lê Văn Cường", 85, null, "FALSE")
                .merge("C1:D1", "A1:A2", "B1:B2", "E1:E2", "F1:F2", "G1:G2")
                .write(dir.resolve("cot-khac.xlsx"));
        ImportPreview p = ImportFixture.preview(t, file);
        assertThat(p.problems()).extracting(ImportFixture::problem).containsExactly(
                "3 E (Ngày phát hiện) WARNING: Ngày phát hiện “45000” không hợp lệ; đã ghi vào Ghi chú.",
                "4 D (Giới tính – Nữ) WARNING: Cả cột Nam và cột Nữ đều được đánh dấu; giới tính để trống.",
                "4 E (Ngày phát hiện) WARNING: Ngày phát hiện “03/2024” không hợp lệ; đã ghi vào Ghi chú.",
                "5 F (Số thành viên) WARNING: Số thành viên “25.5” không phải số nguyên dương; đã ghi vào Ghi chú.",
                "7 E (Ngày phát hiện) WARNING: Ngày phát hiện “FALSE” không hợp lệ; đã ghi vào Ghi chú.",
                "7 C (Giới tính – Nam) ERROR: Năm sinh “85” không hợp lệ (phải từ 1900 đến " + TestDb.TODAY.getYear()
                        + "); dòng này không được nhập.");
        var an = p.rows().get(0).draft();
        assertThat(an.birthYear()).isEqualTo(1975);
        assertThat(an.foundOn()).isNull();
        assertThat(an.note()).isEqualTo("Ngày phát hiện: 45000");
        assertThat(an.phone()).isEqualTo("0912345678");
        assertThat(p.rows().get(1).draft().gender()).isNull();
        var to5 = p.rows().get(2).draft();
        assertThat(to5.memberCount()).isNull();
        assertThat(to5.note()).isEqualTo("Số thành viên: 25.5");
        assertThat(to5.foundOn()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(to5.phone()).isEqualTo("02838123456");
        assertThat(p.rows().get(3).draft().memberCount()).isEqualTo(1200);
    }
}
