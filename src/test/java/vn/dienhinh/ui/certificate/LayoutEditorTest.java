package vn.dienhinh.ui.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhinh.testutil.Fx.waitUntil;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.dienhinh.model.Certificate;
import vn.dienhinh.model.CertificateLayout;
import vn.dienhinh.model.CertificateSlot;
import vn.dienhinh.model.FieldPlacement;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.model.PrinterOffset;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.testutil.Theme;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.TaskRunner;

/** Bố trí phôi: a field is chosen on the blank, nudged with the arrow keys, edited beside it, and saved. */
@ExtendWith(ApplicationExtension.class)
class LayoutEditorTest {

    @TempDir
    static Path dir;
    private static int run;
    private TestDb t;
    private LayoutEditor editor;
    private final List<String> errors = new ArrayList<>();
    private final List<String> printed = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Theme.apply();
        t = new TestDb(dir.resolve("e" + (++run)));
        t.office.save(OfficeProfile.example());
        TaskRunner tasks = new TaskRunner();
        tasks.setErrorSink(errors::add);
        CertificateOutput output = new CertificateOutput() {
            @Override
            public boolean print(CertificateLayout layout, List<Certificate> certificates) {
                return false;
            }

            @Override
            public boolean printCalibration(CertificateLayout layout, PrinterOffset offset) {
                printed.add(layout.name() + " " + offset.xMm() + " " + offset.yMm());
                return true;
            }

            @Override
            public Path choosePdf(javafx.stage.Window owner, String name) {
                return dir.resolve("calibration-" + run + ".pdf");
            }
        };
        editor = new LayoutEditor(t.certificates, output, tasks, new Dialogs(stage), null);
        stage.setScene(new Scene(editor.getRoot(), 1220, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        t.close();
    }

    /** The layout shown, as saved in the database. */
    private CertificateLayout giayKhen() {
        return t.certificates.layout(editor.model().draft().get().id());
    }

    private void loaded() throws Exception {
        waitUntil(() -> editor.model().draft().get() != null);
        waitUntil(() -> !editor.getRoot().getRight().isDisabled());
    }

    @Test
    void aFieldChosenOnTheBlankIsNudgedByHalfAMillimetreOrFiveWithShiftAndSaved(FxRobot robot) throws Exception {
        loaded();
        FieldPlacement before = giayKhen().field(CertificateSlot.RECIPIENT);
        FieldPlacement detail = giayKhen().field(CertificateSlot.DETAIL);
        robot.clickOn("#field-RECIPIENT");
        waitUntil(() -> editor.model().selected().get() == CertificateSlot.RECIPIENT);
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.LEFT);
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        robot.type(KeyCode.UP);
        waitUntil(() -> editor.model().selectedField().xMm() == before.xMm() + 0.5);
        assertThat(editor.model().selectedField().yMm()).isEqualTo(before.yMm() + 4.5);
        assertThat(robot.lookup("#xField").queryAs(TextField.class).getText())
                .isEqualTo(vn.dienhinh.report.Millimetres.format(before.xMm() + 0.5));
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText()).contains("Chưa lưu");
        assertThat(giayKhen().field(CertificateSlot.RECIPIENT)).as("nothing is kept before Lưu").isEqualTo(before);

        robot.clickOn("#saveButton");
        waitUntil(() -> giayKhen().field(CertificateSlot.RECIPIENT).xMm() == before.xMm() + 0.5);
        FieldPlacement after = giayKhen().field(CertificateSlot.RECIPIENT);
        assertThat(after.yMm()).isEqualTo(before.yMm() + 4.5);
        assertThat(after.widthMm()).isEqualTo(before.widthMm());
        assertThat(giayKhen().field(CertificateSlot.DETAIL)).as("the other fields stay").isEqualTo(detail);
        waitUntil(() -> robot.lookup("#statusLabel").queryAs(Label.class).getText().startsWith("Đã lưu"));
        assertThat(errors).isEmpty();
    }

    @Test
    void fontSizeStyleAlignmentWidthAndTheOffsetAreEditedBesideTheBlankAndSaved(FxRobot robot) throws Exception {
        loaded();
        robot.clickOn("#field-SIGNER_NAME");
        waitUntil(() -> editor.model().selected().get() == CertificateSlot.SIGNER_NAME);
        FieldPlacement before = giayKhen().field(CertificateSlot.SIGNER_NAME);
        replace(robot, "#sizeField", "17,5");
        replace(robot, "#widthField", "120");
        robot.clickOn("#italicBox");
        replace(robot, "#offsetXField", "1,5");
        replace(robot, "#offsetYField", "-2");
        replace(robot, "#xField", "mười");
        waitUntil(() -> robot.lookup("#statusLabel").queryAs(Label.class).getText()
                .equals("Ô “Cách mép trái (mm)” phải là một số, ví dụ 12,5."));
        robot.clickOn("#saveButton");
        waitUntil(() -> giayKhen().field(CertificateSlot.SIGNER_NAME).fontSize() == 17.5);
        FieldPlacement f = giayKhen().field(CertificateSlot.SIGNER_NAME);
        assertThat(f.widthMm()).isEqualTo(120);
        assertThat(f.italic()).isTrue();
        assertThat(f.bold()).isTrue();
        assertThat(f.xMm()).as("a word is not a position").isEqualTo(before.xMm());
        assertThat(t.certificates.printerOffset()).isEqualTo(new PrinterOffset(1.5, -2));
        assertThat(errors).isEmpty();
    }

    @Test
    void theFieldNeverLeavesTheBlankAndAScanIsShownUnderIt(FxRobot robot) throws Exception {
        loaded();
        robot.clickOn("#field-DECISION");
        waitUntil(() -> editor.model().selected().get() == CertificateSlot.DECISION);
        robot.press(KeyCode.SHIFT);
        for (int i = 0; i < 10; i++) {
            robot.type(KeyCode.LEFT);
        }
        robot.release(KeyCode.SHIFT);
        waitUntil(() -> editor.model().selectedField().xMm() == 0);

        Path scan = dir.resolve("phoi-" + run + ".png");
        BufferedImage img = new BufferedImage(297, 210, BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(img, "png", scan.toFile());
        robot.interact(() -> editor.model().editLayout(l -> l.withScanImage(scan.toString())));
        waitUntil(() -> robot.lookup("#blankPreview").queryAs(javafx.scene.Parent.class).lookupAll(".image-view")
                .stream().anyMatch(n -> ((ImageView) n).getImage() != null));
        robot.clickOn("#saveButton");
        waitUntil(() -> scan.toString().equals(giayKhen().scanImage()));
        assertThat(giayKhen().field(CertificateSlot.DECISION).xMm()).isZero();

        robot.clickOn("#calibrationButton").clickOn("In trang căn chỉnh…");
        waitUntil(() -> !printed.isEmpty());
        assertThat(printed).containsExactly(giayKhen().name() + " 0.0 0.0");
    }

    /** Types into the box (scrolled to where it is) and presses Enter. */
    private static void replace(FxRobot robot, String query, String text) {
        TextField f = robot.lookup(query).queryAs(TextField.class);
        robot.interact(() -> {
            f.requestFocus();
            f.setText(text);
            f.getOnAction().handle(new javafx.event.ActionEvent());
        });
    }
}
