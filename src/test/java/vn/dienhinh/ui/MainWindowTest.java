package vn.dienhinh.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhinh.testutil.Fx.waitUntil;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.testutil.Theme;

/** The main window as the officer meets it: every section opens from the navigation, in Vietnamese. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path dir;
    private static int run;
    private AppContext context;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        Theme.apply();
        this.stage = stage;
        context = AppContext.open(dir.resolve("w" + (++run) + ".db"), TestDb.CLOCK);
        context.office().save(OfficeProfile.example());
        context.demo().load(40);
        window = new MainWindow(stage, context);
        window.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(window::dispose).get();
        context.close();
    }

    @Test
    void everySectionOpensFromTheNavigationWithItsIcon(FxRobot robot) throws Exception {
        StackPane content = robot.lookup(".main-window").queryAs(Parent.class).getChildrenUnmodifiable().stream()
                .flatMap(n -> n instanceof StackPane s ? java.util.stream.Stream.of(s) : java.util.stream.Stream.empty())
                .findFirst().orElseThrow();
        for (Section s : Section.values()) {
            ToggleButton b = robot.lookup("#nav-" + s.name().toLowerCase(Locale.ROOT)).queryAs(ToggleButton.class);
            assertThat(b.getText()).as(s.name()).isNotBlank().doesNotContain("nav.");
            SVGPath icon = iconOf(b);
            assertThat(icon.getContent()).isEqualTo(s.icon());
            assertThat(icon.getLayoutBounds().getWidth()).isBetween(8.0, Section.ICON_SIZE);
            robot.clickOn(b);
            waitUntil(() -> window.screen(s) != null && content.getChildren().contains(window.screen(s).view()));
            assertThat(b.isSelected()).isTrue();
        }
        // the icon takes the button's text colour: light on the selected button, dark on the others
        ToggleButton selected = robot.lookup("#nav-settings").queryAs(ToggleButton.class);
        ToggleButton other = robot.lookup("#nav-dashboard").queryAs(ToggleButton.class);
        Color on = (Color) iconOf(selected).getFill();
        Color off = (Color) iconOf(other).getFill();
        assertThat(on).isEqualTo(selected.getTextFill());
        assertThat(off).isEqualTo(other.getTextFill());
        assertThat(on.getBrightness()).isGreaterThan(off.getBrightness() + 0.5);
    }

    @Test
    void theWindowCarriesTheProgramsOwnIconInEverySize() {
        // the window and the taskbar pick the size they need from these
        assertThat(stage.getIcons()).hasSize(vn.dienhinh.ui.AppIcon.SIZES.size());
        assertThat(stage.getIcons()).extracting(javafx.scene.image.Image::getWidth)
                .containsExactlyElementsOf(vn.dienhinh.ui.AppIcon.SIZES.stream().map(Integer::doubleValue).toList());
        javafx.scene.image.Image big = stage.getIcons().get(stage.getIcons().size() - 1);
        // the national red around the gold star in the middle, a clear corner
        Color middle = big.getPixelReader().getColor(128, 150);
        assertThat(middle.getRed()).isGreaterThan(0.9);
        assertThat(middle.getGreen()).isGreaterThan(0.7);
        assertThat(big.getPixelReader().getColor(2, 250).getOpacity()).isZero();
    }

    private static SVGPath iconOf(ToggleButton b) {
        return (SVGPath) ((Parent) b.getGraphic()).getChildrenUnmodifiable().get(0);
    }

    @Test
    void noEmptyTableOrListSpeaksEnglish(FxRobot robot) throws Exception {
        Set<String> english = new TreeSet<>();
        for (Section s : Section.values()) {
            robot.clickOn("#nav-" + s.name().toLowerCase(Locale.ROOT));
            waitUntil(() -> window.screen(s) != null);
            WaitForAsyncUtils.asyncFx(() -> collect(window.screen(s).view(), s, english)).get();
        }
        assertThat(english).as("tables and lists left with JavaFX's own (English) placeholder").isEmpty();
    }

    /** Tables and lists under {@code n} (tabs not shown included) whose placeholder is missing or not ours. */
    private static void collect(Node n, Section s, Set<String> english) {
        if (n instanceof TableView<?> t) {
            check(t.getPlaceholder(), s, t, english);
        } else if (n instanceof TreeTableView<?> t) {
            check(t.getPlaceholder(), s, t, english);
        } else if (n instanceof ListView<?> l) {
            check(l.getPlaceholder(), s, l, english);
        }
        if (n instanceof TabPane tabs) {
            tabs.getTabs().forEach(tab -> {
                if (tab.getContent() != null) {
                    collect(tab.getContent(), s, english);
                }
            });
        }
        // a combo box's popup list is the combo box's own (empty, it shows nothing)
        if (n instanceof Parent p && !(n instanceof ComboBoxBase<?>)) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, s, english));
        }
    }

    private static void check(Node placeholder, Section s, Control table, Set<String> english) {
        if (!(placeholder instanceof Labeled)) {
            english.add(s + " " + (table.getId() == null ? table.getClass().getSimpleName() : table.getId()));
        }
    }
}
