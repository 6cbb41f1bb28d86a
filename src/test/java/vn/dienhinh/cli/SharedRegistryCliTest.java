package vn.dienhinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.dienhinh.testutil.OnPostgres;

/** The command line on a shared registry: {@code --db jdbc:postgresql://HOST/DB}, as every workstation of an office. */
class SharedRegistryCliTest {

    @Test
    void demoStatsAndListRunOnTheServerAndAFileOnlyCommandSaysSo() {
        String url = OnPostgres.newDatabase();
        CliTest.Run demo = CliTest.run("--db", url, "demo", "--count", "20");
        assertThat(demo.err()).isEmpty();
        assertThat(demo.exit()).isZero();
        String server = url.substring(0, url.indexOf('?'));
        assertThat(demo.out().strip()).isEqualTo("Đã nạp 20 điển hình mẫu vào " + server + ".");

        assertThat(CliTest.run("--db", url, "stats").out()).contains(server).contains("Tổng số điển hình: 20;");
        CliTest.Run list = CliTest.run("--db", url, "list", "--format", "csv");
        assertThat(list.exit()).isZero();
        assertThat(list.lines()).hasSize(21);

        CliTest.Run check = CliTest.run("--db", url, "check");
        assertThat(check.exit()).isNotZero();
        assertThat(check.err()).contains("sổ dùng chung").doesNotContain("Exception");
    }
}
