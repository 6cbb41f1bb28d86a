package vn.dienhinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.util.VietnameseText;

/** The command line as a user runs it, on one demo registry of 50 exemplars. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliTest {

    @TempDir
    static Path dir;
    Path db;

    /** What one run printed and returned. */
    record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\\R"));
        }

        List<List<String>> csv() {
            return lines().stream().map(CliTest::csvCells).toList();
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The command run on the database file {@code db} ("--db FILE" before the arguments). */
    static Run runOn(java.nio.file.Path db, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return run(all);
    }

    private Run onDb(String... args) {
        return runOn(db, args);
    }

    @BeforeAll
    void loadDemo() {
        db = dir.resolve("x.db");
        Run r = onDb("demo", "--count", "50");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().strip()).isEqualTo("Đã nạp 50 điển hình mẫu vào " + db.toAbsolutePath() + ".");
    }

    @Test
    void demoIntoARegistryThatHasExemplarsIsRefusedInOneVietnameseLine() {
        Run r = onDb("demo");
        assertThat(r.exit()).isNotZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).contains("đã có 50 điển hình").doesNotContain("\n", "Exception");
        assertThat(onDb("stats").out()).contains("Tổng số điển hình: 50;");
    }

    @Test
    void csvListHasAHeaderAndEveryExemplarInVietnameseOrder() {
        Run r = onDb("list", "--format", "csv");
        assertThat(r.exit()).isZero();
        // RFC 4180 line ends on every system; no byte order mark on standard output, so pipes see "Mã" as it is
        assertThat(r.out()).startsWith("Mã,").endsWith("\r\n");
        assertThat(r.out().replace("\r\n", "")).doesNotContain("\n");
        List<List<String>> rows = r.csv();
        assertThat(rows.get(0)).containsExactly("Mã", "Loại", "Họ và tên / Tên tập thể", "Năm sinh", "Đơn vị đề xuất",
                "Lĩnh vực", "Trạng thái");
        List<List<String>> data = rows.subList(1, rows.size());
        assertThat(data).hasSize(50).allSatisfy(row -> assertThat(row).hasSize(7));
        // people by given name then full name, collectives by their name, as the repository sorts
        for (int i = 1; i < data.size(); i++) {
            assertThat(key(data.get(i - 1))).as("%s before %s", data.get(i - 1), data.get(i))
                    .isLessThanOrEqualTo(key(data.get(i)));
        }
        assertThat(data).extracting(row -> row.get(1)).contains("Cá nhân", "Tập thể", "Hộ gia đình");
        assertThat(data).extracting(row -> row.get(4)).anyMatch(u -> u.contains(", phường "));
    }

    @Test
    void searchIgnoresDiacriticsAndMatchesWordPrefixes() {
        List<List<String>> all = onDb("list", "--format", "csv").csv();
        Run r = onDb("list", "--search", "ng v", "--format", "csv");
        assertThat(r.exit()).isZero();
        List<List<String>> found = r.csv().subList(1, r.csv().size());
        assertThat(found).isNotEmpty().hasSizeLessThan(all.size() - 1);
        assertThat(all).containsAll(found);
        assertThat(found).extracting(row -> VietnameseText.fold(row.get(2)))
                .anyMatch(name -> name.matches("(.* )?ng\\S* v.*"));
    }

    @Test
    void listByKind() {
        Run r = onDb("list", "--kind", "collective", "--format", "csv");
        assertThat(r.exit()).isZero();
        List<List<String>> rows = r.csv().subList(1, r.csv().size());
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.get(1)).isEqualTo("Tập thể"));
        assertThat(onDb("stats").lines()).contains("  Tập thể: " + rows.size());
    }

    @Test
    void anUnknownKindIsOneVietnameseLineOnStderr() {
        Run r = onDb("list", "--kind", "robot");
        assertThat(r.exit()).isNotZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).isEqualTo("Loại “robot” không hợp lệ; dùng individual, collective hoặc household.");
    }

    @Test
    void aFieldByShortNameOrFoldedNameGivesTheSameList() {
        Run shortName = onDb("list", "--field", "GD&ĐT", "--format", "csv");
        Run folded = onDb("list", "--field", "giao duc", "--format", "csv");
        assertThat(shortName.exit()).isZero();
        assertThat(folded.out()).isEqualTo(shortName.out());
        List<List<String>> rows = shortName.csv().subList(1, shortName.csv().size());
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.get(5)).as("the field written in full").contains("Giáo dục và đào tạo"));
        Run none = onDb("list", "--field", "thiên văn");
        assertThat(none.exit()).isNotZero();
        assertThat(none.err()).contains("Không tìm thấy lĩnh vực “thiên văn”");
    }

    @Test
    void anUnknownFormatIsRefused() {
        Run r = onDb("list", "--format", "xml");
        assertThat(r.exit()).isNotZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).isEqualTo("Định dạng “xml” không hợp lệ; dùng table hoặc csv.");
    }

    @Test
    void statsShowTheTotalsByKindStatusAndField() {
        Run r = onDb("stats");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Tổng số điển hình: 50; đơn vị: ", "lĩnh vực: 14", "Theo loại:", "Cá nhân: ",
                "Theo trạng thái:", "Phát hiện: ", "Theo lĩnh vực:", "Giáo dục và đào tạo: ");
        int byKind = 0;
        for (String kind : new String[]{"Cá nhân", "Tập thể", "Hộ gia đình"}) {
            String line = r.lines().stream().filter(l -> l.startsWith("  " + kind + ": ")).findFirst().orElseThrow();
            byKind += Integer.parseInt(line.substring(line.indexOf(": ") + 2));
        }
        assertThat(byKind).isEqualTo(50);
    }

    @Test
    void helpListsEveryCommandTheReadmeDocuments() {
        Run r = run("help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("  report quarterly --year", "  report plan --campaign", "  report summary --from",
                "  report summary --campaign", "  export exemplars --out", "  export introductions --year",
                "  dossier --nomination MÃ --out THƯ_MỤC [--number SỐ] [--date NGÀY]", "  decision --nomination",
                "  report reminder --year", "  report statistics --year",
                "  migrate-to ĐÍCH", "NGÀY viết YYYY-MM-DD");
        assertThat(r.lines().stream().filter(l -> l.startsWith("  help "))).hasSize(1);
        // the note on dates and numbers closes the help, after every command
        assertThat(r.lines().get(r.lines().size() - 1)).startsWith("NGÀY viết YYYY-MM-DD");
    }

    @Test
    void anUnknownCommandIsRefused() {
        Run r = onDb("xoa-het");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err().strip()).isEqualTo("Không có lệnh “xoa-het”. Gõ “help” để xem các lệnh.");
    }

    @Test
    void aFileThatIsNotADatabaseGetsOneClearLineAndIsLeftUntouched() throws Exception {
        Path notDb = dir.resolve("danh-sach.xlsx");
        byte[] content = "PK\u0003\u0004 Danh sách điển hình quý 3".getBytes(StandardCharsets.UTF_8);
        Files.write(notDb, content);
        for (String[] args : new String[][]{{"stats"}, {"demo", "--count", "5"}, {"list"}}) {
            String[] all = new String[args.length + 2];
            all[0] = "--db";
            all[1] = notDb.toString();
            System.arraycopy(args, 0, all, 2, args.length);
            Run r = run(all);
            assertThat(r.exit()).isNotZero();
            assertThat(r.out()).isEmpty();
            assertThat(r.err().lines().count()).isEqualTo(1);
            assertThat(r.err()).contains("không phải là cơ sở dữ liệu của Điển Hình");
        }
        assertThat(Files.readAllBytes(notDb)).isEqualTo(content);
        assertThat(dir.resolve("danh-sach.xlsx.lock")).doesNotExist();
    }

    private static String key(List<String> row) {
        return row.get(1).equals("Tập thể") ? VietnameseText.sortKey(row.get(2))
                : VietnameseText.personSortKey(row.get(2));
    }

    /** Cells of one CSV line (RFC 4180; the list has no line breaks inside cells). */
    static List<String> csvCells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
