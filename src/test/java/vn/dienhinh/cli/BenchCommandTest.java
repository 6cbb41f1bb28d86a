package vn.dienhinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.testutil.OnPostgres;
import vn.dienhinh.util.Messages;

/**
 * The benchmark kept working at a small size (a few hundred exemplars, one run), in this JVM and
 * without windows. Times are not asserted: only that every line of the table is there with
 * a verdict, and that the CSV is written.
 */
class BenchCommandTest {

    private static final List<String> OPERATIONS = List.of("bench.op.searchP95", "bench.op.searchMedian",
            "bench.op.firstPage", "bench.op.lastPage", "bench.op.import", "bench.op.quarterly", "bench.op.excelList",
            "bench.op.fileSize", "bench.op.backup", "bench.op.firstBackup", "bench.op.compression", "bench.op.backupSize", "bench.op.restore",
            "bench.op.startup", "bench.op.heap");

    @TempDir
    Path dir;

    @Test
    void measuresEveryLineOfTheTableAndWritesItAsCsv() throws Exception {
        Path csv = dir.resolve("bench.csv");
        CliTest.Run r = CliTest.run("bench", "--rows", "300", "--runs", "1", "--no-fork", "--no-startup",
                "--data", dir.resolve("data").toString(), "--out", csv.toString());

        assertThat(r.exit()).as(r.err()).isIn(0, 1); // 1: some target missed, as at this size and heap it may be
        String building = Messages.get("bench.building", 300, "");
        assertThat(r.err()).contains(building.substring(0, building.indexOf('(')));
        for (String op : OPERATIONS) {
            String name = Messages.get(op, 100); // the import's list: a tenth of the registry, at least 100 rows
            assertThat(r.out()).as(op).contains(name);
        }
        // a file for Excel on Windows: UTF-8 with its byte order mark, lines ending in CRLF
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFoperation,").endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        List<String> lines = text.substring(1).lines().toList();
        assertThat(lines).hasSize(1 + OPERATIONS.size());
        assertThat(lines.get(0)).isEqualTo("operation,unit,median,min,max,floor,ratio,target,verdict,note");
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = CliTest.csvCells(line);
            assertThat(cells).hasSize(10);
            assertThat(cells.get(8)).as(line).isIn("ok", "miss", "skipped");
        }
        // the lines, in its order; start-up is skipped without windows
        assertThat(lines.subList(1, lines.size()).stream().map(l -> CliTest.csvCells(l).get(0)))
                .containsExactlyElementsOf(OPERATIONS.stream().map(op -> Messages.get(op, 100)).toList());
        int startup = OPERATIONS.indexOf("bench.op.startup") + 1;
        assertThat(CliTest.csvCells(lines.get(startup)).get(8)).isEqualTo("skipped");
        // every other line is measured, the import through the real preview and commit
        for (String line : lines.subList(1, startup)) {
            assertThat(CliTest.csvCells(line).get(8)).as(line).isIn("ok", "miss");
            assertThat(CliTest.csvCells(line).get(2)).as(line).isNotBlank();
        }
        // the registry is kept for the next run, and the work folder is gone
        assertThat(Files.list(dir.resolve("data")).map(p -> p.getFileName().toString()))
                .anyMatch(n -> n.startsWith("registry-300-")).noneMatch(n -> n.startsWith("run-"));
    }

    /**
     * With a shared registry on a server: search and pages measured there beside the file's lines, and ten
     * officers at once on the file and on the server, each kind of operation measured (none failed: an
     * error makes a miss, not a crash), the server's officers named apart in its change history.
     */
    @Test
    void measuresTheServerLinesBesideTheFileAndTenOfficersAtOnce() throws Exception {
        String url = OnPostgres.newDatabase();
        Path csv = dir.resolve("bench-server.csv");
        CliTest.Run r = CliTest.run("bench", "--db", url, "--rows", "300", "--runs", "1", "--officer-seconds", "2",
                "--no-fork", "--no-startup", "--data", dir.resolve("data").toString(), "--out", csv.toString());

        assertThat(r.exit()).as(r.err()).isIn(0, 1);
        assertThat(r.err()).contains(Messages.get("bench.server.building", 300, url.substring(0, url.indexOf('?'))))
                .doesNotContain("password");
        List<String> expected = new ArrayList<>();
        for (String op : List.of("bench.op.searchP95", "bench.op.searchMedian", "bench.op.firstPage",
                "bench.op.lastPage")) {
            expected.add(Messages.get(op));
            expected.add(Messages.get("bench.onServer", Messages.get(op)));
        }
        for (String kind : List.of("SEARCH", "OPEN", "SAVE", "ADD")) {
            String name = Messages.get("bench.op.officers." + kind, 10);
            expected.add(name);
            expected.add(Messages.get("bench.onServer", name));
        }
        for (String op : OPERATIONS.subList(4, OPERATIONS.size())) {
            expected.add(Messages.get(op, 100));
        }
        List<String> lines = Files.readString(csv, StandardCharsets.UTF_8).substring(1).lines().skip(1).toList();
        assertThat(lines.stream().map(l -> CliTest.csvCells(l).get(0))).containsExactlyElementsOf(expected);
        for (String line : lines.subList(0, 16)) {
            List<String> cells = CliTest.csvCells(line);
            assertThat(cells.get(8)).as(line).isIn("ok", "miss");
            assertThat(cells.get(2)).as(line).isNotBlank();
            boolean officers = cells.get(0).startsWith(Messages.get("bench.op.officers.SEARCH", 10).split(":")[0]);
            boolean onServer = cells.get(0).endsWith(Messages.get("bench.onServer", ""));
            if (officers && onServer) {
                assertThat(cells.get(9)).as(line).endsWith("; 0 lỗi");
            } else if (officers) {
                assertThat(cells.get(7)).as(line).isEqualTo(Messages.get("bench.target.comparison"));
            } else {
                assertThat(cells.get(5)).as("the floor, measured in the same run: " + line).isNotBlank();
            }
        }
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(DISTINCT user_name) FROM change_log WHERE user_name LIKE '"
                     + Messages.get("bench.officers.user", "") + "%'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("officers named apart in the history").isGreaterThan(1);
        }
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM exemplar")) {
            rs.next();
            assertThat(rs.getInt(1)).as("the exemplars the officers added are gone again").isEqualTo(300);
        }
    }
}
