package vn.dienhinh.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhinh.testutil.Fx.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.dienhinh.model.Campaign;
import vn.dienhinh.model.CampaignStatus;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.Introduction;
import vn.dienhinh.model.Quarter;
import vn.dienhinh.model.QuotaMode;
import vn.dienhinh.model.ScopeEntry;
import vn.dienhinh.model.Unit;
import vn.dienhinh.service.DashboardService;
import vn.dienhinh.testutil.ExemplarFixtures;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.ui.Navigator;
import vn.dienhinh.ui.TaskRunner;

/** The dashboard's figures, and that each opens the list behind it. */
@ExtendWith(ApplicationExtension.class)
class DashboardViewTest {

    @TempDir
    static Path dir;
    private static int run;
    private TestDb t;
    private final List<String> opened = new ArrayList<>();

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vn.dienhinh.testutil.Theme.apply();
        t = new TestDb(dir.resolve("d" + (++run)));
        Unit a = t.catalog.saveUnit(Unit.named("Phường Bến Thành", "Phường"));
        Unit b = t.catalog.saveUnit(Unit.named("Phường Cầu Kho", "Phường"));
        var e = t.registry.save(ExemplarFixtures.person("Ngô Thị Lan", 1990).unitId(a.id()).fieldIds(List.of(6L)).build());
        Campaign c = t.campaigns.save(Campaign.named("Tuyên truyền điển hình tiên tiến").withPeriod(2026, 2027)
                .withQuota(QuotaMode.PER_UNIT, 1, List.of(new ScopeEntry(a.id(), null), new ScopeEntry(b.id(), null)),
                        List.of()).withStatus(CampaignStatus.LAUNCHED));
        Quarter q = Quarter.of(TestDb.TODAY);
        t.introductions.record(new Introduction(null, a.id(), e.id(), 6L, c.id(), q, TestDb.TODAY, null, null, null));
        DashboardService service = new DashboardService(t.exemplarRepo, t.catalog, t.campaigns, t.introductions, TestDb.CLOCK);
        Navigator nav = new Navigator() {
            @Override
            public void exemplars(ExemplarFilter filter, String label) {
                opened.add("exemplars " + filter.fieldId() + " " + label);
            }

            @Override
            public void board(boolean owingOnly) {
                opened.add("board " + owingOnly);
            }

            @Override
            public void campaign(Long campaignId) {
                opened.add("campaign " + campaignId);
            }
        };
        DashboardView view = new DashboardView(service, new TaskRunner(), nav);
        stage.setScene(new Scene((javafx.scene.Parent) view.view(), 1200, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        t.close();
    }


    private static String figure(FxRobot robot, String id) {
        return ((Label) robot.lookup("#" + id).queryAs(VBox.class).getChildren().get(0)).getText();
    }

    @Test
    void theFiguresOfTheQuarterOpenTheListsBehindThem(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#dash-owing").tryQuery().isPresent());
        assertThat(figure(robot, "dash-exemplars")).isEqualTo("1");
        assertThat(figure(robot, "dash-introduced")).isEqualTo("1");
        assertThat(figure(robot, "dash-owing")).isEqualTo("1/2");
        robot.clickOn("#dash-owing");
        waitUntil(() -> opened.contains("board true"));
        robot.clickOn("#dash-exemplars");
        waitUntil(() -> opened.contains("exemplars null null"));
    }

    @Test
    void anEmptyRegistrySaysWhereExemplarsComeFromInsteadOfBareCharts(FxRobot robot) throws Exception {
        TestDb empty = new TestDb(dir.resolve("empty" + run));
        try {
            DashboardService service = new DashboardService(empty.exemplarRepo, empty.catalog, empty.campaigns,
                    empty.introductions, TestDb.CLOCK);
            robot.interact(() -> stage.setScene(new Scene((javafx.scene.Parent)
                    new DashboardView(service, new TaskRunner(), null).view(), 1200, 800)));
            waitUntil(() -> robot.lookup("#dash-empty").tryQuery().isPresent());
            assertThat(figure(robot, "dash-exemplars")).isEqualTo("0");
            assertThat(robot.lookup(".chart").tryQuery()).isEmpty();
            assertThat(robot.lookup("#dash-empty").queryAs(Label.class).getText()).contains("Nạp dữ liệu mẫu");
        } finally {
            empty.close();
        }
    }
}
