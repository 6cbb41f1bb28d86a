package vn.dienhinh.ui.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhinh.testutil.Fx.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Scene;
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
import vn.dienhinh.model.Campaign;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.Phase;
import vn.dienhinh.testutil.ExemplarFixtures;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.TaskRunner;

@ExtendWith(ApplicationExtension.class)
class CampaignsViewTest {

    @TempDir
    static Path dir;
    private static int run;
    private TestDb t;

    @Start
    void start(Stage stage) {
        vn.dienhinh.testutil.Theme.apply();
        t = new TestDb(dir.resolve("k" + (++run)));
        Campaign c = t.campaigns.save(Campaign.named("Toàn dân đoàn kết xây dựng đời sống văn hóa").withPeriod(2021, 2025)
                .withPhases(List.of(new Phase(null, "Giai đoạn 1", LocalDate.of(2021, 1, 1), LocalDate.of(2023, 6, 30),
                        3, 3, 0, null))));
        Exemplar e = t.registry.save(ExemplarFixtures.collective("Tổ dân phố 7").build());
        t.campaigns.link(c.id(), e.id(), LocalDate.of(2022, 1, 10));
        CampaignsView view = new CampaignsView(t.campaigns, t.registry, t.catalog, t.history, new TaskRunner(), new Dialogs(stage));
        stage.setScene(new Scene(view.getRoot(), 1200, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        t.close();
    }


    @SuppressWarnings("unchecked")
    private static TableView<CampaignsView.Row> list(FxRobot robot) {
        return robot.lookup("#campaignTable").queryAs(TableView.class);
    }

    @Test
    void aCampaignShowsItsProgressAgainstEachPhaseAndItsExemplars(FxRobot robot) throws Exception {
        waitUntil(() -> list(robot).getItems().size() == 1);
        assertThat(list(robot).getColumns().get(3).getCellData(0)).isEqualTo("Giai đoạn 1: 1/3 tập thể, 0/3 cá nhân");
        robot.interact(() -> list(robot).getSelectionModel().select(0));
        @SuppressWarnings("unchecked")
        TableView<?> exemplars = robot.lookup("#exemplarTable").queryAs(TableView.class);
        waitUntil(() -> exemplars.getItems().size() == 1);
        assertThat(robot.lookup("#exemplarsLabel").queryAs(Label.class).getText()).contains("(1)");
    }

    @Test
    void aNewCampaignSavedFromTheEditorJoinsTheList(FxRobot robot) throws Exception {
        waitUntil(() -> list(robot).getItems().size() == 1);
        robot.clickOn("#addButton");
        waitUntil(() -> robot.lookup("#campaign-name").tryQuery().isPresent());
        TextField name = robot.lookup("#campaign-name").queryAs(TextField.class);
        robot.interact(() -> name.setText("Người tốt, việc tốt"));
        robot.clickOn("#dialog-save");
        waitUntil(() -> list(robot).getItems().size() == 2);
        assertThat(list(robot).getItems()).extracting(r -> r.campaign().name())
                .contains("Người tốt, việc tốt");
        assertThat(t.campaigns.all()).hasSize(2);
    }
}
