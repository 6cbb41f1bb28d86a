package vn.dienhinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** eligible on the demo registry, whose history makes one person due for the provincial title this year. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EligibleCliTest {

    @TempDir
    static Path dir;
    Path db;
    final String year = String.valueOf(LocalDate.now().getYear());

    private CliTest.Run onDb(String... args) {
        return CliTest.runOn(db, args);
    }

    @BeforeAll
    void loadDemo() {
        db = dir.resolve("e.db");
        assertThat(onDb("demo").exit()).isZero();
    }

    @Test
    void theProvincialTitleListsTheOneWithThreeBaseTitlesInARowAndThoseMissingOne() {
        CliTest.Run r = onDb("eligible", "--year", year, "--form", "chien si thi dua cap tinh", "--format", "csv");
        assertThat(r.exit()).as(r.err()).isZero();
        List<List<String>> rows = r.csv();
        assertThat(rows.get(0)).containsExactly("Mã", "Họ và tên / Tên tập thể", "Đơn vị đề xuất", "Danh hiệu, hình thức",
                "Kết luận", "Còn thiếu", "Căn cứ đã có");
        List<List<String>> due = rows.stream().filter(x -> x.get(4).equals("Đủ điều kiện")).toList();
        assertThat(due).singleElement().satisfies(x -> {
            assertThat(x.get(3)).isEqualTo("Chiến sĩ thi đua cấp tỉnh");
            assertThat(x.get(5)).isEqualTo("—");
            assertThat(x.get(6)).contains("3 năm liên tục đạt “Chiến sĩ thi đua cơ sở” đến năm " + year);
        });
        assertThat(rows.subList(1, rows.size())).filteredOn(x -> x.get(4).equals("Chưa đủ điều kiện"))
                .isNotEmpty().allSatisfy(x -> assertThat(x.get(5)).doesNotContain(";"));
    }

    @Test
    void everyFormWithAConditionInForceIsJudgedAndAllListsEveryone() {
        List<List<String>> some = onDb("eligible", "--year", year, "--format", "csv").csv();
        List<List<String>> all = onDb("eligible", "--year", year, "--all", "--format", "csv").csv();
        assertThat(some.subList(1, some.size())).extracting(x -> x.get(3)).contains("Lao động tiên tiến",
                "Chiến sĩ thi đua cơ sở", "Chiến sĩ thi đua cấp tỉnh", "Bằng khen").doesNotContain("Giấy khen");
        assertThat(all.size()).isGreaterThan(some.size());
        assertThat(some.subList(1, some.size())).filteredOn(x -> x.get(3).equals("Chiến sĩ thi đua cơ sở"))
                .anySatisfy(x -> assertThat(x.get(4)).isEqualTo("Đủ điều kiện"));
    }

    @Test
    void aWrongYearOrFormIsSaidInOneLine() {
        CliTest.Run bad = onDb("eligible", "--year", "20255");
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.err().strip()).startsWith("Năm “20255” không hợp lệ").doesNotContain("\n");
        CliTest.Run form = onDb("eligible", "--year", year, "--form", "Huân chương Sao Vàng");
        assertThat(form.err().strip()).isEqualTo("Không có danh hiệu, hình thức “Huân chương Sao Vàng” trong danh mục "
                + "(xem Danh mục > Danh hiệu, hình thức).");
        assertThat(onDb("eligible").err().strip()).isEqualTo("Lệnh eligible cần --year NĂM (ví dụ --year 2025).");
    }
}
