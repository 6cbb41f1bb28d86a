package vn.dienhinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.testutil.OnPostgres;

/** {@code migrate-to}: a workstation's file onto the office's server, and the server's registry back out into a file. */
class MigrateCliTest {

    @TempDir
    Path dir;

    @Test
    void aFileMovesOntoTheServerAndACopyComesBackOutWithEveryTableCounted() throws Exception {
        Path file = dir.resolve("may-tram.db");
        assertThat(CliTest.runOn(file, "demo", "--count", "30").exit()).isZero();
        String url = OnPostgres.newDatabase();
        String server = url.substring(0, url.indexOf('?'));

        CliTest.Run in = CliTest.runOn(file, "migrate-to", url);
        assertThat(in.err()).isEmpty();
        assertThat(in.exit()).isZero();
        assertThat(in.out()).contains("Đang chép sổ " + file.toAbsolutePath())
                .contains("Đã chép vào " + server + ":")
                .contains("  Điển hình (exemplar): 30 dòng")
                .contains("  Lịch sử thay đổi (change_log): ")
                .containsPattern("Tổng cộng [\\d.]+ dòng của \\d+ bảng; số dòng từng bảng khớp với sổ nguồn.")
                .doesNotContain("password");
        assertThat(CliTest.run("--db", url, "stats").out()).contains("Tổng số điển hình: 30;");
        CliTest.Run found = CliTest.run("--db", url, "list", "--search", "nguyen", "--format", "csv");
        assertThat(found.lines().size()).isGreaterThan(1)
                .isEqualTo(CliTest.runOn(file, "list", "--search", "nguyen", "--format", "csv").lines().size());

        // a second move onto the same server is refused: it has records now
        CliTest.Run again = CliTest.runOn(file, "migrate-to", url);
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err().strip()).contains(server).contains("đã có dữ liệu").doesNotContain("Exception", "\n");
        assertThat(CliTest.run("--db", url, "stats").out()).contains("Tổng số điển hình: 30;");

        Path back = dir.resolve("ban-sao").resolve("so-chung.db");
        CliTest.Run out = CliTest.run("--db", url, "migrate-to", back.toString());
        assertThat(out.err()).isEmpty();
        assertThat(out.exit()).isZero();
        assertThat(out.out()).contains("  Điển hình (exemplar): 30 dòng");
        assertThat(CliTest.runOn(back, "list", "--format", "csv").out())
                .isEqualTo(CliTest.runOn(file, "list", "--format", "csv").out());
        try (var left = Files.list(back.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".copy"))).isEmpty();
        }

        // the copy is not written over a file that has records
        CliTest.Run over = CliTest.run("--db", url, "migrate-to", file.toString());
        assertThat(over.exit()).isEqualTo(1);
        assertThat(over.err()).contains("đã có dữ liệu");
    }

    @Test
    void withoutATargetItSaysWhatItNeeds() {
        CliTest.Run r = CliTest.runOn(dir.resolve("a.db"), "migrate-to");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("Lệnh migrate-to cần sổ đích: một tệp mới, hoặc jdbc:postgresql://MÁY/CSDL của sổ dùng chung.");
    }
}
