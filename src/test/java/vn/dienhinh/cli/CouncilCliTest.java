package vn.dienhinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** council, decision and council-settings on the demo registry, whose last nomination went through a council. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CouncilCliTest {

    @TempDir
    static Path dir;
    Path db;
    String councilled;

    private CliTest.Run onDb(String... args) {
        return CliTest.runOn(db, args);
    }

    @BeforeAll
    void loadDemo() {
        db = dir.resolve("c.db");
        assertThat(onDb("demo").exit()).isZero();
        List<List<String>> rows = onDb("nominations", "--format", "csv").csv();
        // the demo's newest approved nomination is the one put to the council (a newer one is already decided)
        councilled = rows.subList(1, rows.size()).stream().filter(r -> r.get(5).equals("Đã duyệt")).map(r -> r.get(0))
                .max((a, b) -> Integer.valueOf(a)
                .compareTo(Integer.valueOf(b))).orElseThrow();
    }

    @Test
    void theMinutesOfTheDemosCouncilAreWritten() {
        Path out = dir.resolve("bb.docx");
        CliTest.Run r = onDb("council", "--nomination", councilled, "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo(out.toAbsolutePath().toString());
        assertThat(Files.exists(out)).isTrue();
    }

    @Test
    void aNominationNoCouncilTookHasNoMinutesSaidInOneLine() {
        CliTest.Run r = onDb("council", "--nomination", "1", "--out", dir.resolve("x.docx").toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err().strip()).contains("chưa được Hội đồng xét").doesNotContain("\n", "Exception");
    }

    @Test
    void theDecisionIsWrittenAndRecordedOnlyWithANumber() {
        CliTest.Run refused = onDb("decision", "--nomination", councilled, "--out", dir.resolve("q0.docx").toString(),
                "--record");
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.err()).contains("cần có số quyết định (--number)");

        Path out = dir.resolve("qd.docx");
        CliTest.Run r = onDb("decision", "--nomination", councilled, "--out", out.toString(), "--number", "231",
                "--record");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.lines()).hasSize(2);
        assertThat(r.lines().get(1)).startsWith("Đã ghi Quyết định số 231/QĐ-").endsWith(": 2 trường hợp được khen thưởng.");
        assertThat(Files.exists(out)).isTrue();
        assertThat(onDb("nominations", "--format", "csv").out()).contains("231/QĐ-");
    }

    @Test
    void theSettingsAreSetAndShown() {
        CliTest.Run r = onDb("council-settings", "--share", "2/3", "--of", "present", "--base-salary", "2340000");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.lines().get(0)).contains("2/3 số thành viên có mặt").contains("2340000");
        assertThat(r.out()).contains("“Chiến sĩ thi đua cơ sở”: cá nhân 1").contains("Điều 54 Nghị định số 98/2023/NĐ-CP");
        CliTest.Run bad = onDb("council-settings", "--of", "some");
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.err()).contains("--of chỉ nhận all");
    }
}
