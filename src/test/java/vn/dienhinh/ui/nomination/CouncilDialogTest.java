package vn.dienhinh.ui.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhinh.testutil.Fx.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.CouncilMeeting;
import vn.dienhinh.model.CouncilMember;
import vn.dienhinh.model.CouncilThreshold;
import vn.dienhinh.model.CouncilVote;
import vn.dienhinh.model.Deed;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.Nomination;
import vn.dienhinh.model.Nominee;
import vn.dienhinh.model.NomineeOutcome;
import vn.dienhinh.model.Unit;
import vn.dienhinh.testutil.ExemplarFixtures;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.testutil.Theme;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.TaskRunner;

/** Họp Hội đồng from an approved nomination: the members carried over, the votes, the nominee below the share marked. */
@ExtendWith(ApplicationExtension.class)
class CouncilDialogTest {

    @TempDir
    static Path dir;
    private static int run;
    private TestDb t;
    private Nomination next;
    private List<Exemplar> people = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Theme.apply();
        t = new TestDb(dir.resolve("c" + (++run)));
        Unit ward = t.catalog.saveUnit(Unit.named("Phường Tân Định", "Phường"));
        AwardForm certificate = t.awards.forms().stream().filter(f -> f.name().equals("Giấy khen")).findFirst()
                .orElseThrow();
        for (String name : List.of("Ngô Thị Lan", "Đỗ Văn Minh", "Lý Thị Nga")) {
            people.add(t.registry.save(ExemplarFixtures.person(name, 1990).unitId(ward.id()).build()));
        }
        Nomination earlier = approved(certificate, ward, people.get(0));
        List<CouncilMember> five = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            five.add(new CouncilMember("Ủy viên " + i, "Trưởng phòng " + i, true));
        }
        t.council.hold(new CouncilMeeting(null, TestDb.TODAY.atTime(9, 0), "Phòng họp", "Ủy viên 1",
                "Ủy viên 2", null, CouncilThreshold.DEFAULT, List.of(earlier.id()), five,
                List.of(new CouncilVote(earlier.nominees().get(0).id(), 5, 0, true, null))));
        next = approved(certificate, ward, people.get(1), people.get(2));
        NominationsView view = new NominationsView(new NominationServices(t.nominations, t.awards, t.registry, t.catalog),
                new TaskRunner(), new Dialogs(stage));
        view.setCouncil(t.council);
        stage.setScene(new Scene(view.getRoot(), 1200, 760));
        stage.show();
    }

    private Nomination approved(AwardForm form, Unit ward, Exemplar... es) {
        List<Nominee> nominees = new ArrayList<>();
        for (Exemplar e : es) {
            Deed d = t.registry.saveDeed(new Deed(null, e.id(), LocalDate.of(2026, 4, 1), "Hiến đất làm đường", null));
            nominees.add(new Nominee(null, e.id(), null, List.of(d.id())));
        }
        Nomination n = t.nominations.save(new Nomination(null, form.id(), "DISTRICT", ward.id(), "UBND quận", null, null,
                null, null, null, null, null, null, null, nominees, Map.of()));
        t.nominations.submit(n.id());
        return t.nominations.approve(n.id(), List.of(), null);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private long nominee(int person) {
        return next.nominees().stream().filter(x -> x.exemplarId() == people.get(person).id()).findFirst().orElseThrow()
                .id();
    }

    private static void set(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    @Test
    void theVotesAreEnteredTheNomineeBelowTheShareIsMarkedAndTheMeetingSaved(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<Nomination> table = robot.lookup("#nominationTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 2);
        robot.interact(() -> table.getItems().stream().filter(x -> x.id().equals(next.id())).findFirst()
                .ifPresent(x -> table.getSelectionModel().select(x)));
        waitUntil(() -> !robot.lookup("#councilButton").queryButton().isDisabled());
        robot.clickOn("#councilButton");
        waitUntil(() -> robot.lookup("#council-agree-" + nominee(1)).tryQuery().isPresent());

        // the council sits as it sat last time: its five members, here one of them absent
        assertThat(robot.lookup("#council-member-name-4").queryAs(TextField.class).getText()).isEqualTo("Ủy viên 5");
        robot.interact(() -> robot.lookup("#council-member-present-4").queryAs(CheckBox.class).setSelected(false));
        assertThat(robot.lookup("#council-present-count").queryAs(Label.class).getText()).isEqualTo("Có mặt 4/5 thành viên");
        set(robot, "#council-place", "Phòng họp số 2");
        set(robot, "#council-chair", "Ủy viên 1");
        set(robot, "#council-secretary", "Ủy viên 2");
        set(robot, "#council-agree-" + nominee(1), "4"); // 4 of all 5 members: 80%
        set(robot, "#council-disagree-" + nominee(1), "0");
        set(robot, "#council-agree-" + nominee(2), "3"); // 60%, below 70%
        set(robot, "#council-disagree-" + nominee(2), "1");

        Label below = robot.lookup("#council-mark-" + nominee(2)).queryAs(Label.class);
        assertThat(below.getText()).isEqualTo("Dưới tỷ lệ 70%");
        assertThat(below.getStyleClass()).contains("danger");
        assertThat(robot.lookup("#council-recommend-" + nominee(2)).queryAs(CheckBox.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#council-mark-" + nominee(1)).queryAs(Label.class).getText()).isEqualTo("Đạt");
        assertThat(robot.lookup("#council-recommend-" + nominee(1)).queryAs(CheckBox.class).isSelected()).isTrue();

        set(robot, "#council-base-salary", "2.340.000");
        robot.clickOn("#dialog-save");
        waitUntil(() -> t.council.ofNomination(next.id()) != null);
        CouncilMeeting m = t.council.ofNomination(next.id());
        assertThat(m.present()).isEqualTo(4);
        assertThat(m.place()).isEqualTo("Phòng họp số 2");
        assertThat(m.vote(nominee(2)).agree()).isEqualTo(3);
        assertThat(t.council.settings().baseSalary()).isEqualTo(2_340_000);
        assertThat(t.nominations.require(next.id()).nominees()).extracting(Nominee::outcome)
                .containsExactlyInAnyOrder(NomineeOutcome.APPROVED, NomineeOutcome.REJECTED);
    }
}
