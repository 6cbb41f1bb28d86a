package vn.dienhinh.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhinh.testutil.ExemplarFixtures.person;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.dienhinh.model.BackupFile;
import vn.dienhinh.model.BackupPolicy;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.service.BackupService;
import vn.dienhinh.store.Maintenance;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.TaskRunner;

/** The backup and maintenance part of Cài đặt: a backup now, the list of backups, compacting old history. */
@ExtendWith(ApplicationExtension.class)
class MaintenancePaneTest {

    @TempDir
    static Path dir;
    private static int run;
    private TestDb t;

    @Start
    void start(Stage stage) {
        t = new TestDb(dir.resolve("run" + (++run)));
        BackupService backups = new BackupService(new Maintenance(t.db), t.db.file(), TestDb.CLOCK, BackupPolicy.DEFAULT);
        SettingsView view = new SettingsView(t.office, backups, t.history, () -> TestDb.TODAY, new TaskRunner(),
                new Dialogs(stage));
        stage.setScene(new Scene(view.getRoot(), 1100, 900));
        stage.show();
    }

    @AfterEach
    void close() {
        t.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String dialogText(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane .content").queryLabeled().getText();
    }

    @Test
    void aBackupNowIsListedWithItsSizeAndOldHistoryIsCompactedAfterAsking(FxRobot robot) throws Exception {
        Label database = robot.lookup("#maintenanceDatabase").queryAs(Label.class);
        waitUntil(() -> database.getText().contains(t.db.file().toString()));
        @SuppressWarnings("unchecked")
        ListView<BackupFile> list = robot.lookup("#backupList").queryAs(ListView.class);
        assertThat(list.getItems()).isEmpty();

        javafx.application.Platform.runLater(() -> robot.lookup("#backupNowButton").queryButton().fire());
        assertThat(dialogText(robot)).startsWith("Đã sao lưu vào ").contains("-thu-cong-");
        robot.clickOn("Đóng");
        waitUntil(() -> list.getItems().size() == 1);
        assertThat(robot.lookup("#maintenanceFolder").queryAs(Label.class).getText()).contains(": 1 bản, tổng ");
        assertThat(list.getItems().get(0).compressed()).isTrue();

        Exemplar e = t.registry.save(person("Nguyễn Thị Ánh", 1985).build());
        e = t.registry.save(e.toBuilder().position("Tổ viên").build());
        t.registry.save(e.toBuilder().position("Tổ trưởng").build());
        t.db.inTransaction(c -> {
            try (var st = c.createStatement()) {
                return st.executeUpdate("UPDATE change_log SET at = '2024-05-0' || id || 'T08:00:00'");
            }
        });
        javafx.application.Platform.runLater(() -> robot.lookup("#compactButton").queryButton().fire());
        assertThat(dialogText(robot)).contains("trước ngày 23/11/2025");
        robot.clickOn("#dialog-yes");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogText(robot)).startsWith("Đã gộp lịch sử thay đổi trước ngày 23/11/2025: 1 bản ghi, bớt 1 dòng");
        robot.clickOn("Đóng");
        assertThat(t.history.ofExemplar(e.id()).get(0).merged()).isEqualTo(2);
    }
}
