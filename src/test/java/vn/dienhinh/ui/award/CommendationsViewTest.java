package vn.dienhinh.ui.award;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhinh.testutil.Fx.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.dienhinh.model.Commendation;
import vn.dienhinh.model.CommendationRow;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.testutil.ExemplarFixtures;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.testutil.Theme;
import vn.dienhinh.ui.Choice;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.Navigator;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.util.Messages;

@ExtendWith(ApplicationExtension.class)
class CommendationsViewTest {

    @TempDir
    static Path dir;
    private static int run;
    private TestDb t;
    private final List<ExemplarFilter> opened = new ArrayList<>();
    private final List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        Theme.apply();
        t = new TestDb(dir.resolve("a" + (++run)));
        Exemplar an = t.registry.save(ExemplarFixtures.person("Nguyễn Văn An", 1980).build());
        Exemplar hoa = t.registry.save(ExemplarFixtures.person("Lê Thị Hoa", 1985).build());
        long certificate = t.awards.forms().get(0).id();
        t.awards.record(new Commendation(null, an.id(), certificate, "DISTRICT", "5/QĐ", LocalDate.of(2025, 3, 1), null,
                null, null, null, List.of()));
        t.awards.record(new Commendation(null, hoa.id(), certificate, "COMMUNE", "9/QĐ", LocalDate.of(2026, 4, 1), null,
                null, null, null, List.of()));
        Navigator nav = new Navigator() {
            @Override
            public void exemplars(ExemplarFilter filter, String label) {
                opened.add(filter);
            }

            @Override
            public void board(boolean owingOnly) {
            }

            @Override
            public void campaign(Long campaignId) {
            }
        };
        TaskRunner tasks = new TaskRunner();
        tasks.setErrorSink(errors::add);
        CommendationsView view = new CommendationsView(t.awards, t.council, t.registry, tasks, new Dialogs(stage), nav);
        stage.setScene(new Scene(view.getRoot(), 1200, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void theListNarrowsByYearAndOpensTheRegistryOnWhoReceivedTheForm(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<CommendationRow> table = robot.lookup("#commendationTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 2);
        @SuppressWarnings("unchecked")
        ComboBox<Choice<Integer>> years = robot.lookup("#yearBox").queryAs(ComboBox.class);
        robot.interact(() -> years.getItems().stream().filter(c -> Integer.valueOf(2026).equals(c.value())).findFirst()
                .ifPresent(years::setValue));
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).exemplarName()).isEqualTo("Lê Thị Hoa");
        @SuppressWarnings("unchecked")
        ComboBox<Choice<Long>> forms = robot.lookup("#formBox").queryAs(ComboBox.class);
        robot.interact(() -> forms.setValue(forms.getItems().get(1)));
        robot.clickOn("#openButton");
        waitUntil(() -> !opened.isEmpty());
        assertThat(opened.get(0).commendedForm()).isEqualTo(t.awards.forms().get(0).id());
        assertThat(opened.get(0).commendedYear()).isEqualTo(2026);
        assertThat(t.registry.count(opened.get(0))).isEqualTo(1);
    }

    @Test
    void aFormsRewardMoneyIsSetInItsDialogWithTheArticleItComesFrom(FxRobot robot) throws Exception {
        vn.dienhinh.model.AwardForm certificate = t.awards.forms().get(0);
        robot.clickOn(Messages.get("award.tabForms"));
        @SuppressWarnings("unchecked")
        TableView<vn.dienhinh.model.AwardForm> forms = robot.lookup("#formTable").queryAs(TableView.class);
        waitUntil(() -> !forms.getItems().isEmpty());
        robot.interact(() -> forms.getSelectionModel().select(certificate));
        robot.clickOn("#editFormButton");
        waitUntil(() -> robot.lookup("#rateIndividual").tryQuery().isPresent());
        robot.clickOn("#rateIndividual").write("0,15");
        robot.clickOn("#dialog-save");
        // a coefficient without its article is refused and nothing is written
        waitUntil(() -> !errors.isEmpty());
        assertThat(errors).containsExactly(Messages.get("council.rateNeedsBasis"));
        assertThat(t.council.rate(certificate.id())).isNull();
        robot.clickOn("#rateBasis").write("Quyết định số 12/2026/QĐ-UBND");
        robot.clickOn("#dialog-save");
        waitUntil(() -> t.council.rate(certificate.id()) != null);
        assertThat(t.council.rate(certificate.id()).individual()).isEqualTo(0.15);
        assertThat(t.council.rate(certificate.id()).collective()).isNull();
        assertThat(t.council.rate(certificate.id()).basis()).isEqualTo("Quyết định số 12/2026/QĐ-UBND");
    }
}
