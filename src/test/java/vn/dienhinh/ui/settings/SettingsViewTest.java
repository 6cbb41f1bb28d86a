package vn.dienhinh.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.model.SigningAuthority;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.TaskRunner;

/** Cài đặt as the officer fills it in: checked as typed, previewed, saved to the database. */
@ExtendWith(ApplicationExtension.class)
class SettingsViewTest {

    @TempDir
    static Path dir;
    private static int run;
    private TestDb t;

    @Start
    void start(Stage stage) {
        t = new TestDb(dir.resolve("run" + (++run)));
        SettingsView view = new SettingsView(t.office, new TaskRunner(), new Dialogs(stage));
        stage.setScene(new Scene(view.getRoot(), 1100, 760));
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

    private static void type(FxRobot robot, String id, String text) {
        TextField f = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> f.setText(text));
    }

    @Test
    void fillingTheProfileEnablesSaveShowsThePreviewAndStoresIt(FxRobot robot) throws Exception {
        Button save = robot.lookup("#saveButton").queryButton();
        Label problems = robot.lookup("#problemsLabel").queryAs(Label.class);
        waitUntil(save::isDisabled);
        assertThat(problems.getText()).contains("Hãy ghi tên cơ quan ban hành văn bản");
        type(robot, "#parentAgencyField", "Ủy ban nhân dân tỉnh Tây Ninh");
        type(robot, "#agencyField", "Văn phòng Ủy ban nhân dân tỉnh");
        type(robot, "#placeField", "Tây Ninh");
        type(robot, "#symbolField", "VP");
        type(robot, "#signerNameField", "Trần Văn Chiến");
        type(robot, "#signerTitleField", "Phó Chánh Văn phòng");
        waitUntil(() -> !save.isDisabled());
        assertThat(problems.getText()).isEmpty();
        TextArea recipients = robot.lookup("#recipientsArea").queryAs(TextArea.class);
        robot.interact(() -> recipients.setText("Lãnh đạo Văn phòng\nLưu: VT, HCTC"));
        ComboBox<SigningAuthority> how = robot.lookup("#authorityBox").queryComboBox();
        robot.interact(() -> how.setValue(SigningAuthority.DEPUTY));
        waitUntil(save::isDisabled);
        assertThat(problems.getText()).contains("cần chức vụ của người đứng đầu");
        type(robot, "#principalTitleField", "Chánh Văn phòng");
        waitUntil(() -> !save.isDisabled());
        Label preview = robot.lookup("#previewLabel").queryAs(Label.class);
        assertThat(preview.getText()).isEqualTo("Số: 07/BC-VP\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nTrần Văn Chiến");
        type(robot, "#draftingUnitField", "TH/HC");
        waitUntil(save::isDisabled);
        assertThat(problems.getText()).contains("đơn vị soạn thảo “TH/HC”");
        type(robot, "#draftingUnitField", "HCTC");
        waitUntil(() -> !save.isDisabled());
        assertThat(preview.getText()).as("a letter's number shows the drafting unit")
                .startsWith("Số: 07/BC-VP   Số: 03/VP-HCTC\n");

        robot.clickOn("#saveButton");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText()).startsWith("Đã lưu thông tin cơ quan");
        robot.clickOn("Đóng");
        OfficeProfile stored = t.office.load();
        assertThat(stored).isEqualTo(new OfficeProfile("Ủy ban nhân dân tỉnh Tây Ninh", "Văn phòng Ủy ban nhân dân tỉnh",
                "Tây Ninh", "VP", "Trần Văn Chiến", "Phó Chánh Văn phòng", "", SigningAuthority.DEPUTY,
                "Chánh Văn phòng", java.util.List.of("Lãnh đạo Văn phòng", "Lưu: VT, HCTC"), "HCTC"));
        assertThat(t.office.isComplete()).isTrue();
    }

    @Test
    void aStoredProfileIsShownAndASymbolWithASlashIsRefused(FxRobot robot) throws Exception {
        OfficeProfile e = OfficeProfile.example();
        t.office.save(new OfficeProfile(e.parentAgency(), e.agency(), e.place(), e.symbol(), e.signerName(),
                e.signerTitle(), e.onBehalfOf(), e.authority(), e.principalTitle(), e.defaultRecipients(), "NV"));
        // the screen read the (empty) profile when it opened; a new one reads the stored profile
        robot.interact(() -> robot.window(0).getScene().setRoot(
                new SettingsView(t.office, new TaskRunner(), new Dialogs(robot.window(0))).getRoot()));
        waitUntil(() -> robot.lookup("#agencyField").queryAs(TextField.class).getText().equals("ỦY BAN NHÂN DÂN QUẬN 1"));
        assertThat(robot.lookup("#signerNameField").queryAs(TextField.class).getText()).isEqualTo("Nguyễn Thị Thu Hiền");
        assertThat(robot.lookup("#draftingUnitField").queryAs(TextField.class).getText()).isEqualTo("NV");
        type(robot, "#symbolField", "BC/UBND");
        Button save = robot.lookup("#saveButton").queryButton();
        waitUntil(save::isDisabled);
        assertThat(robot.lookup("#problemsLabel").queryAs(Label.class).getText()).contains("“BC/UBND”");
    }
}
