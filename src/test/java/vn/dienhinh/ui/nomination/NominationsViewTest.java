package vn.dienhinh.ui.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhinh.testutil.Fx.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.Deed;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.Nomination;
import vn.dienhinh.model.NominationStatus;
import vn.dienhinh.model.Nominee;
import vn.dienhinh.model.Unit;
import vn.dienhinh.testutil.ExemplarFixtures;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.testutil.Theme;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.TaskRunner;

/** The nomination screen says which nominee breaks which rule before the officer tries to submit. */
@ExtendWith(ApplicationExtension.class)
class NominationsViewTest {

    @TempDir
    static Path dir;
    private static int run;
    private TestDb t;
    private Nomination wrong;
    private Nomination right;
    private NominationsView view;

    @Start
    void start(Stage stage) {
        Theme.apply();
        t = new TestDb(dir.resolve("n" + (++run)));
        Unit ward = t.catalog.saveUnit(Unit.named("Phường Tân Định", "Phường"));
        Exemplar tdp = t.registry.save(ExemplarFixtures.collective("Tổ dân phố 9").unitId(ward.id()).build());
        Deed d1 = t.registry.saveDeed(new Deed(null, tdp.id(), LocalDate.of(2026, 4, 1), "Xây cầu dân sinh", null));
        Exemplar lan = t.registry.save(ExemplarFixtures.person("Ngô Thị Lan", 1990).unitId(ward.id()).build());
        Deed d2 = t.registry.saveDeed(new Deed(null, lan.id(), LocalDate.of(2026, 5, 1), "Cứu em bé đuối nước", null));
        AwardForm goodDeeds = t.awards.forms().stream().filter(f -> f.name().equals("Người tốt, việc tốt")).findFirst()
                .orElseThrow();
        wrong = t.nominations.save(new Nomination(null, goodDeeds.id(), "DISTRICT", ward.id(), "UBND quận", null, null,
                null, null, null, null, null, null, null, List.of(new Nominee(null, tdp.id(), null, List.of(d1.id()))),
                Map.of()));
        right = t.nominations.save(new Nomination(null, goodDeeds.id(), "DISTRICT", ward.id(), "UBND quận", null, null,
                null, null, null, null, null, null, null, List.of(new Nominee(null, lan.id(), null, List.of(d2.id()))),
                Map.of()));
        view = new NominationsView(new NominationServices(t.nominations, t.awards, t.registry, t.catalog,
                t.eligibility),
                new TaskRunner(), new Dialogs(stage));
        stage.setScene(new Scene(view.getRoot(), 1200, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        t.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Nomination> list(FxRobot robot) {
        return robot.lookup("#nominationTable").queryAs(TableView.class);
    }

    private void select(FxRobot robot, Nomination n) throws Exception {
        waitUntil(() -> list(robot).getItems().size() == 2);
        robot.interact(() -> list(robot).getItems().stream().filter(x -> x.id().equals(n.id())).findFirst()
                .ifPresent(x -> list(robot).getSelectionModel().select(x)));
    }

    @Test
    void atANarrowWidthTheToolbarWrapsAndEveryButtonStaysInsideTheWindow(FxRobot robot) throws Exception {
        Stage stage = (Stage) robot.lookup("#addButton").queryButton().getScene().getWindow();
        robot.interact(() -> stage.setWidth(760));
        waitUntil(() -> stage.getScene().getWidth() <= 760);
        robot.interact(() -> stage.getScene().getRoot().layout());
        double sceneWidth = stage.getScene().getWidth();
        for (String id : List.of("#addButton", "#editButton", "#submitButton", "#returnButton", "#approveButton",
                "#councilButton", "#councilDocsButton", "#decideButton", "#dossierButton", "#certificatesButton",
                "#deleteButton")) {
            Button b = robot.lookup(id).queryButton();
            javafx.geometry.Bounds box = b.localToScene(b.getBoundsInLocal());
            assertThat(b.isVisible()).as(id).isTrue();
            assertThat(box.getMinX()).as(id).isGreaterThanOrEqualTo(0);
            assertThat(box.getMaxX()).as(id).isLessThanOrEqualTo(sceneWidth);
            assertThat(b.getWidth()).as(id + " is as wide as its text").isGreaterThanOrEqualTo(b.prefWidth(-1) - 0.5);
        }
        Button first = robot.lookup("#addButton").queryButton();
        Button last = robot.lookup("#deleteButton").queryButton();
        assertThat(last.localToScene(0, 0).getY()).as("the buttons that do not fit go on a second row")
                .isGreaterThan(first.localToScene(0, 0).getY());
    }

    @Test
    void theBrokenRuleIsShownUnderTheNomineeBeforeSubmitting(FxRobot robot) throws Exception {
        select(robot, wrong);
        waitUntil(() -> robot.lookup("#nomination-problem").tryQuery().isPresent());
        assertThat(robot.lookup("#nomination-problem").queryAs(Label.class).getText())
                .contains("chỉ xét tặng cho cá nhân").contains("Tổ dân phố 9");
    }

    @Test
    void aFormWithoutConditionsInTheCatalogueSaysSoOnceNotUnderEveryNominee(FxRobot robot) throws Exception {
        select(robot, right);
        waitUntil(() -> robot.lookup("#nomination-verdict").tryQuery().isPresent());
        assertThat(robot.lookup("#nomination-verdict").queryAllAs(Label.class)).singleElement()
                .satisfies(l -> assertThat(l.getText()).isEqualTo(
                        "Điều kiện năm 2026: Chưa có điều kiện nào được ghi cho hình thức này"));
    }

    @Test
    void aValidNominationIsSubmittedAndItsStateShown(FxRobot robot) throws Exception {
        select(robot, right);
        Button submit = robot.lookup("#submitButton").queryButton();
        waitUntil(() -> !submit.isDisabled());
        robot.clickOn("#submitButton");
        waitUntil(() -> t.nominations.require(right.id()).status() == NominationStatus.SUBMITTED);
        waitUntil(() -> list(robot).getItems().stream().anyMatch(x -> x.id().equals(right.id())
                && x.status() == NominationStatus.SUBMITTED));
        assertThat(robot.lookup("#approveButton").queryButton().isDisabled()).isFalse();
    }

    @Test
    void eachResidenceLetterIsTickedAsItComesBackAndThenThePaperIs(FxRobot robot) throws Exception {
        select(robot, right);
        long lan = right.nominees().get(0).exemplarId();
        waitUntil(() -> robot.lookup("#residence-letter-" + lan).tryQuery().isPresent());
        assertThat(robot.lookup(".check-box").queryAllAs(javafx.scene.control.CheckBox.class).stream()
                .filter(c -> c.getText().startsWith("Văn bản xác nhận của nơi cư trú")).findFirst().orElseThrow()
                .isDisabled()).as("the paper follows its letters").isTrue();
        robot.clickOn("#residence-letter-" + lan);
        waitUntil(() -> t.nominations.require(right.id()).papers()
                .containsKey(vn.dienhinh.model.DossierPaper.RESIDENCE_CONFIRMATION));
        assertThat(t.nominations.residenceLetters(right.id())).containsEntry(lan, TestDb.TODAY);
        waitUntil(() -> robot.lookup("#residence-letter-" + lan).tryQuery()
                .map(n -> ((javafx.scene.control.CheckBox) n).getText().contains("23/11/2026")).orElse(false));
    }

    @Test
    void aDecidedNominationIsNotJudgedAgainstItsOwnDecision(FxRobot robot) throws Exception {
        select(robot, right);
        waitUntil(() -> robot.lookup("#nomination-verdict").tryQuery().isPresent());
        t.nominations.submit(right.id());
        t.nominations.approve(right.id(), List.of(), null);
        t.nominations.decide(right.id(), "230/QĐ-UBND", TestDb.TODAY, "Chủ tịch Ủy ban nhân dân Quận 1");
        robot.interact(() -> {
            list(robot).getSelectionModel().clearSelection();
            view.refresh();
        });
        waitUntil(() -> list(robot).getItems().stream().anyMatch(x -> x.id().equals(right.id())
                && x.status() == NominationStatus.DECIDED));
        select(robot, right);
        waitUntil(() -> robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("230/QĐ-UBND")));
        // the nominee has this year's award from this very nomination: no "chưa đủ điều kiện" under her
        assertThat(robot.lookup("#nomination-verdict").tryQuery()).isEmpty();
    }
}
