package vn.dienhinh.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.ExemplarRow;
import vn.dienhinh.model.Unit;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.testutil.Workbooks;

/**
 * Crash safety: a child JVM is killed (no shutdown hooks, no close) in the middle of a big import,
 * after it started writing; the database it leaves is sound, holds every earlier record, and none of
 * the half-written import.
 */
class KilledImportTest {

    @TempDir
    Path dir;

    @Test
    void killingTheProcessMidImportLeavesTheEarlierDataIntactAndNoneOfTheImport() throws Exception {
        Path db = dir.resolve("dienhinh.db");
        List<ExemplarRow> before = new ArrayList<>();
        long unitsBefore;
        try (AppContext ctx = AppContext.open(db, TestDb.CLOCK)) {
            ctx.demo().load(150);
            ctx.registry().forEachRow(ExemplarFilter.ALL, before::add);
            unitsBefore = ctx.catalog().units().size();
        }
        Path list = Workbooks.bigList(dir.resolve("lon.xlsx"), 12_000);

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), ImportChild.class.getName(),
                db.toString(), list.toString()).redirectErrorStream(true).start();
        List<String> said = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                said.add(line);
                if (line.startsWith("WRITING")) {
                    child.destroyForcibly();
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(said).as("child output").anyMatch(l -> l.startsWith("WRITING")).noneMatch(l -> l.equals("COMMITTED"));
        assertThat(Files.exists(db.resolveSibling(db.getFileName() + "-wal"))).as("killed with its log open").isTrue();

        try (AppContext ctx = AppContext.open(db, TestDb.CLOCK)) {
            assertThat(ctx.backups().fullCheck()).isEmpty();
            List<ExemplarRow> after = new ArrayList<>();
            ctx.registry().forEachRow(ExemplarFilter.ALL, after::add);
            assertThat(after).isEqualTo(before);
            assertThat(ctx.catalog().units()).hasSize((int) unitsBefore).extracting(Unit::name)
                    .doesNotContain("Phường 1", "Phường 10");
            assertThat(ctx.registry().count(ExemplarFilter.ALL.withSearch("nguyen van thanh 6000"))).isZero();
        }
    }
}
