package vn.dienhinh.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhinh.testutil.Fx.waitUntil;
import static vn.dienhinh.testutil.ExemplarFixtures.person;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.Unit;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.TaskRunner;

@ExtendWith(ApplicationExtension.class)
class CatalogViewTest {

    @TempDir
    static Path dir;
    private static int run;
    private TestDb t;
    private Unit coGiang;
    private Unit cauKho;
    private Exemplar lam;

    @Start
    void start(Stage stage) {
        vn.dienhinh.testutil.Theme.apply();
        t = new TestDb(dir.resolve("c" + (++run)));
        coGiang = t.catalog.saveUnit(Unit.named("Phường Cô Giang", "Phường"));
        cauKho = t.catalog.saveUnit(Unit.named("Phường Cầu Kho", "Phường"));
        t.catalog.saveUnit(new Unit(null, coGiang.id(), "Tổ dân phố 4", "Tổ dân phố", null, null, null, null, null,
                true, null));
        lam = t.registry.save(person("Hồ Văn Lâm", 1972).unitId(coGiang.id()).build());
        CatalogView view = new CatalogView(t.catalog, t.history, new TaskRunner(), new Dialogs(stage));
        view.setEligibility(t.eligibility, t.awards);
        stage.setScene(new Scene(view.getRoot(), 1100, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        t.close();
    }


    @Test
    void theUnitTreeShowsChildrenUnderTheirParentInVietnameseOrder(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TreeTableView<Unit> tree = robot.lookup("#unitTable").queryAs(TreeTableView.class);
        waitUntil(() -> tree.getRoot() != null && tree.getRoot().getChildren().size() == 2);
        assertThat(tree.getRoot().getChildren()).extracting(i -> i.getValue().name())
                .containsExactly("Phường Cầu Kho", "Phường Cô Giang");
        assertThat(tree.getRoot().getChildren().get(1).getChildren()).extracting(i -> i.getValue().name())
                .containsExactly("Tổ dân phố 4");
    }

    @Test
    void deletingAUnitInUseAsksWhereItsExemplarsGoAndMovesThem(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TreeTableView<Unit> tree = robot.lookup("#unitTable").queryAs(TreeTableView.class);
        waitUntil(() -> tree.getRoot() != null && tree.getRoot().getChildren().size() == 2);
        robot.interact(() -> tree.getSelectionModel().select(tree.getRoot().getChildren().get(1)));
        robot.clickOn("#deleteUnitButton");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).contains("Phường Cô Giang").contains("1 điển hình");
        // the only unit outside the deleted subtree is offered: confirm it
        robot.clickOn("#dialog-yes");
        waitUntil(() -> t.catalog.unit(coGiang.id()) == null);
        assertThat(t.registry.require(lam.id()).unitId()).isEqualTo(cauKho.id());
        waitUntil(() -> tree.getRoot().getChildren().size() == 2); // Cầu Kho and the promoted Tổ dân phố 4
    }

    @Test
    void aUnitShowsItsChangeHistory(FxRobot robot) throws Exception {
        t.catalog.saveUnit(new Unit(cauKho.id(), null, "Phường Cầu Kho mới", "Phường", null, null, null, null, null,
                true, null));
        @SuppressWarnings("unchecked")
        TreeTableView<Unit> tree = robot.lookup("#unitTable").queryAs(TreeTableView.class);
        waitUntil(() -> tree.getRoot() != null && tree.getRoot().getChildren().size() == 2);
        robot.interact(() -> tree.getSelectionModel().select(tree.getRoot().getChildren().stream()
                .filter(i -> i.getValue().id().equals(cauKho.id())).findFirst().orElseThrow()));
        robot.clickOn("#unitHistoryButton");
        waitUntil(() -> robot.lookup("#changes-list").tryQuery().isPresent());
        javafx.scene.control.ListView<?> list = robot.lookup("#changes-list").queryAs(javafx.scene.control.ListView.class);
        assertThat(list.getItems()).hasSize(2);
        String newest = vn.dienhinh.service.ChangeHistoryService.describe(
                (vn.dienhinh.model.ChangeEntry) list.getItems().get(0));
        assertThat(newest).contains("Phường Cầu Kho").contains("→").contains("Phường Cầu Kho mới");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aConditionIsEditedInItsTabWithItsArticleAndSwitchedOff(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class).getSelectionModel()
                .select(2));
        javafx.scene.control.TableView<vn.dienhinh.model.EligibilityRule> rules =
                robot.lookup("#ruleTable").queryAs(javafx.scene.control.TableView.class);
        waitUntil(() -> !rules.getItems().isEmpty());
        vn.dienhinh.model.EligibilityRule share = rules.getItems().stream()
                .filter(r -> r.kind() == vn.dienhinh.model.RuleKind.SHARE).findFirst().orElseThrow();
        assertThat(rules.getColumns().get(1).getCellObservableValue(share).getValue())
                .isEqualTo("không quá 15% số “Lao động tiên tiến” của đơn vị trong năm xét (làm tròn xuống)");
        robot.interact(() -> rules.getSelectionModel().select(share));
        robot.clickOn("#ruleEdit");
        robot.interact(() -> robot.lookup("#ruleAmount").queryAs(javafx.scene.control.Spinner.class)
                .getValueFactory().setValue(20));
        robot.interact(() -> robot.lookup("#ruleBasis").queryAs(javafx.scene.control.TextField.class).clear());
        robot.clickOn("#ruleBasis").write("Quy chế thi đua của tỉnh, Điều 7");
        robot.clickOn("#dialog-save");
        waitUntil(() -> t.eligibility.rules().stream().anyMatch(r -> r.id().equals(share.id()) && r.amount() == 20));
        assertThat(t.eligibility.rules().stream().filter(r -> r.id().equals(share.id())).findFirst().orElseThrow().basis())
                .isEqualTo("Quy chế thi đua của tỉnh, Điều 7");
        waitUntil(() -> rules.getItems().stream().anyMatch(r -> r.id().equals(share.id()) && r.amount() == 20));
        robot.interact(() -> rules.getItems().stream().filter(r -> r.id().equals(share.id())).findFirst()
                .ifPresent(r -> rules.getSelectionModel().select(r)));
        robot.clickOn("#ruleToggle");
        waitUntil(() -> t.eligibility.rules().stream().anyMatch(r -> r.id().equals(share.id()) && !r.active()));
    }
}
