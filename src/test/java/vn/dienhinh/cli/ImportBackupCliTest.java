package vn.dienhinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.testutil.Workbooks;

/** {@code import}, {@code backup}, {@code restore} and {@code check} as a user types them. */
class ImportBackupCliTest {

    @TempDir
    Path dir;

    private CliTest.Run on(Path db, String... args) {
        return CliTest.runOn(db, args);
    }

    private Path list() {
        return Workbooks.create().sheet("Danh sách")
                .row(1, "DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN")
                .row(3, "STT", "Họ và tên", "Năm sinh", "Lĩnh vực", "Đơn vị đề xuất")
                .row(4, "I", "CÁ NHÂN")
                .row(5, 1, "Nguyễn Thị Ánh", 1985, "Y tế", "Phường Bến Nghé")
                .row(6, 2, "Lê Văn Tám", 2099, "CCHC", "Phường Bến Nghé")
                .row(7, "II", "TẬP THỂ")
                .row(8, 1, "Tổ dân phố 5", null, "Đời sống xã hội", "Phường Bến Nghé")
                .row(10, null, "NGƯỜI LẬP BIỂU")
                .row(12, null, "Trần Văn Lập")
                .write(dir.resolve("ds.xlsx"));
    }

    @Test
    void aDryRunPrintsTheRowsByKindAndTheProblemsByRowAndWritesNothing() {
        Path db = dir.resolve("a.db");
        CliTest.Run r = on(db, "import", "--dry-run", list().toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("trang tính “Danh sách”", "Dòng tiêu đề: 3 (1 dòng); dữ liệu từ dòng 4.",
                "B  Họ và tên → Họ và tên / Tên tập thể", "Cá nhân (2 dòng):", "Tập thể (1 dòng):",
                "Dòng 6, cột C (Năm sinh): Năm sinh “2099” không hợp lệ (phải từ 1900 đến ",
                "Đơn vị mới sẽ được thêm vào danh mục: Phường Bến Nghé (3 dòng).",
                "Sẽ nhập 2/3 dòng (1 cá nhân, 1 tập thể); bỏ qua 1 dòng lỗi và 0 dòng trùng.",
                "Chạy thử (--dry-run): chưa ghi gì vào sổ.");
        assertThat(r.out()).doesNotContain("Trần Văn Lập");
        assertThat(on(db, "stats").out()).contains("Tổng số điển hình: 0;");
    }

    @Test
    void anImportWritesAllAcceptedRowsAndASecondOneFindsThemRegistered() {
        Path db = dir.resolve("b.db");
        CliTest.Run r = on(db, "import", list().toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Đã nhập 2 điển hình (1 cá nhân, 1 tập thể) và thêm 1 đơn vị vào");
        assertThat(on(db, "stats").out()).contains("Tổng số điển hình: 2; đơn vị: 1;");
        CliTest.Run again = on(db, "import", list().toString());
        assertThat(again.out()).contains("Sổ đã có “Nguyễn Thị Ánh”", "Không có dòng nào để nhập; sổ giữ nguyên.");
        assertThat(on(db, "stats").out()).contains("Tổng số điển hình: 2;");
    }

    @Test
    void aFileThatCannotBeImportedIsOneVietnameseLine() throws Exception {
        Path db = dir.resolve("c.db");
        Path text = Files.writeString(dir.resolve("ds.xlsx"), "không phải Excel", StandardCharsets.UTF_8);
        CliTest.Run r = on(db, "import", text.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).isEqualTo("Tệp ds.xlsx không phải bảng tính Excel (.xlsx). Chỉ nhập được danh sách "
                + "lưu bằng Excel dạng .xlsx.");
        assertThat(on(db, "import").err()).contains("Lệnh import cần đúng một tệp .xlsx");
    }

    @Test
    void backupCheckAndRestoreBringBackTheRegistryAsItWas() {
        Path db = dir.resolve("d.db");
        assertThat(on(db, "demo", "--count", "20").exit()).isZero();
        Path copy = dir.resolve("sao-luu.db");
        CliTest.Run b = on(db, "backup", copy.toString());
        assertThat(b.exit()).isZero();
        assertThat(b.out().strip()).startsWith("Đã sao lưu vào " + copy.toAbsolutePath() + " (20 điển hình,");
        CliTest.Run auto = on(db, "backup");
        assertThat(auto.out()).contains("backups", "-thu-cong-");

        assertThat(on(db, "import", list().toString()).exit()).isZero();
        assertThat(on(db, "stats").out()).contains("Tổng số điển hình: 22;");

        CliTest.Run check = on(db, "check");
        assertThat(check.exit()).isZero();
        assertThat(check.out()).contains("không phát hiện lỗi", "22 điển hình", "Có 1 bản sao lưu");

        CliTest.Run restore = on(db, "restore", copy.toString(), "--yes");
        assertThat(restore.err()).isEmpty();
        assertThat(restore.exit()).isZero();
        assertThat(restore.out()).contains("20 điển hình", "Đã khôi phục", "truoc-khoi-phuc");
        assertThat(on(db, "stats").out()).contains("Tổng số điển hình: 20;");

        CliTest.Run bad = on(db, "restore", dir.resolve("ds.xlsx").toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("không phải bản sao lưu của Điển Hình");
    }

    @Test
    void helpNamesTheNewCommands() {
        assertThat(CliTest.run("help").out()).contains("import TỆP.xlsx", "backup [TỆP]", "restore TỆP", "check");
    }

    @Test
    void historyCompactMergesEachRecordsOldChangesAndSaysWhatItDid() throws Exception {
        Path db = dir.resolve("h.db");
        assertThat(on(db, "import", list().toString()).exit()).isZero();
        try (vn.dienhinh.store.Database d = vn.dienhinh.store.Database.open(db)) {
            d.inTransaction(c -> {
                try (var st = c.createStatement()) {
                    st.execute("UPDATE exemplar SET position = 'Tổ viên' WHERE name = 'Nguyễn Thị Ánh'");
                    st.execute("UPDATE exemplar SET position = 'Tổ trưởng' WHERE name = 'Nguyễn Thị Ánh'");
                    st.execute("UPDATE change_log SET at = '2024-05-0' || id || 'T08:00:00'");
                }
                return null;
            });
        }
        CliTest.Run r = on(db, "history", "compact", "--before", "01/01/2025");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Đã gộp lịch sử thay đổi trước ngày 01/01/2025: 1 bản ghi, bớt 1 dòng (còn ")
                .contains("Tệp dữ liệu từ ");
        assertThat(on(db, "history", "compact", "--before", "2025-01-01").out())
                .startsWith("Lịch sử thay đổi trước ngày 01/01/2025 không có gì để gộp");
        CliTest.Run bad = on(db, "history");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err().strip()).isEqualTo("Lệnh history cần việc phải làm: history compact [--before NGÀY].");
        assertThat(on(db, "history", "compact", "--before", "32/01/2025").err()).contains("Ngày “32/01/2025” không hợp lệ");
    }
}
