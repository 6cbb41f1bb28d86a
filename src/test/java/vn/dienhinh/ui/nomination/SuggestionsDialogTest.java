package vn.dienhinh.ui.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhinh.testutil.Fx.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
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
import vn.dienhinh.model.Commendation;
import vn.dienhinh.model.Deed;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.Nomination;
import vn.dienhinh.model.TaskRating;
import vn.dienhinh.model.Unit;
import vn.dienhinh.model.YearlyResult;
import vn.dienhinh.testutil.ExemplarFixtures;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.ui.Choice;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.TaskRunner;

/** From the nomination screen: who is due for the base title this year, and a draft nomination of them in one step. */
@ExtendWith(ApplicationExtension.class)
class SuggestionsDialogTest {

    @TempDir
    static Path dir;
    private TestDb t;
    private Exemplar due;
    private Exemplar short1;
    private AwardForm cstdcs;

    @Start
    void start(Stage stage) {
        t = new TestDb(dir);
        Unit school = t.catalog.saveUnit(Unit.named("Trường THCS Văn Lang", "Trường học"));
        AwardForm ldtt = form("Lao động tiên tiến");
        cstdcs = form("Chiến sĩ thi đua cơ sở");
        for (int i = 0; i < 8; i++) {
            Exemplar e = t.registry.save(ExemplarFixtures.person("Giáo viên " + (char) ('A' + i), 1980).unitId(school.id()).build());
            t.awards.record(new Commendation(null, e.id(), ldtt.id(), "COMMUNE", "9/QĐ", LocalDate.of(2026, 11, 2), null,
                    null, null, null, List.of()));
            t.eligibility.saveResult(new YearlyResult(null, e.id(), 2026, TaskRating.GOOD, i == 0 ? 1 : 0, null));
            if (i == 0) {
                due = e;
                t.registry.saveDeed(new Deed(null, e.id(), LocalDate.of(2026, 9, 5), "Sáng kiến dạy học trực tuyến", null));
            } else if (i == 1) {
                short1 = e;
            }
        }
        NominationsView view = new NominationsView(new NominationServices(t.nominations, t.awards, t.registry, t.catalog,
                t.eligibility), new TaskRunner(), new Dialogs(stage));
        stage.setScene(new Scene(view.getRoot(), 1200, 760));
        stage.show();
    }

    private AwardForm form(String name) {
        return t.awards.forms().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDueAreTickedAndBecomeADraftNominationWithTheirVerdictShown(FxRobot robot) throws Exception {
        robot.clickOn("#suggestButton");
        waitUntil(() -> robot.lookup("#suggestForm").tryQuery().isPresent());
        ComboBox<Choice<AwardForm>> form = robot.lookup("#suggestForm").queryAs(ComboBox.class);
        robot.interact(() -> form.getItems().stream().filter(c -> c.value().id().equals(cstdcs.id())).findFirst()
                .ifPresent(c -> form.getSelectionModel().select(c)));
        robot.clickOn("#suggestShow");
        TableView<SuggestionsDialog.Row> table = robot.lookup("#suggestTable").queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        // the one with an initiative is due and ticked; those without miss one condition and are not
        assertThat(table.getItems()).filteredOn(r -> r.chosen.get()).extracting(r -> r.verdict.exemplar().id())
                .containsExactly(due.id());
        assertThat(table.getItems()).filteredOn(r -> r.verdict.exemplar().id() == short1.id()).singleElement()
                .satisfies(r -> assertThat(vn.dienhinh.service.EligibilityService.missingText(r.verdict))
                        .startsWith("Có 1 sáng kiến được công nhận năm 2026"));
        assertThat(robot.lookup("#suggestSummary").queryAs(Label.class).getText())
                .isEqualTo("1 đủ điều kiện, 7 thiếu một điều kiện (trong 8 điển hình được xét).");

        robot.clickOn("#suggestPropose");
        waitUntil(() -> !t.nominations.all().isEmpty());
        Nomination n = t.nominations.all().get(0);
        assertThat(n.formId()).isEqualTo(cstdcs.id());
        assertThat(n.nominees()).singleElement().satisfies(x -> {
            assertThat(x.exemplarId()).isEqualTo(due.id());
            assertThat(x.deedIds()).hasSize(1);
        });
        waitUntil(() -> robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText() != null && l.getText().startsWith("Đã lập đề nghị số " + n.id())));
        robot.clickOn("Đóng");

        TableView<Nomination> list = robot.lookup("#nominationTable").queryAs(TableView.class);
        waitUntil(() -> list.getItems().size() == 1);
        robot.interact(() -> list.getSelectionModel().select(0));
        waitUntil(() -> robot.lookup("#nomination-verdict").tryQuery().isPresent());
        assertThat(robot.lookup("#nomination-verdict").queryAs(Label.class).getText())
                .isEqualTo("   Điều kiện năm 2026: Đủ điều kiện");
    }
}
