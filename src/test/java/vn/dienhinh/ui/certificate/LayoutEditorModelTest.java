package vn.dienhinh.ui.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dienhinh.model.CertificateLayout;
import vn.dienhinh.model.CertificateSlot;
import vn.dienhinh.model.FieldPlacement;
import vn.dienhinh.model.PrinterOffset;
import vn.dienhinh.model.TextAlign;
import vn.dienhinh.model.TextFit;

/**
 * The layout editor's draft without a window: the arrow keys move the chosen field by 0.5 mm or 5 mm and
 * never off the blank, typed places are rounded to the tenth, a paper size follows the blank's turn, and
 * starting again on the saved layout forgets what was not saved.
 */
class LayoutEditorModelTest {

    /** A4 landscape; the name 14 pt, one line, 100 mm wide. */
    private static final CertificateLayout SAVED = new CertificateLayout(7L, "Giấy khen", null, 297, 210, null,
            List.of(field(CertificateSlot.RECIPIENT, 90, 100, 100), field(CertificateSlot.DETAIL, 40, 130, 200)));

    private final LayoutEditorModel model = new LayoutEditorModel();

    private static FieldPlacement field(CertificateSlot slot, double x, double y, double width) {
        return new FieldPlacement(slot, true, x, y, width, 14, false, false, TextAlign.CENTER, TextFit.WRAP, 1);
    }

    @BeforeEach
    void load() {
        model.load(SAVED, new PrinterOffset(1, 2));
    }

    @Test
    void loadingChoosesTheFirstFieldAndNothingIsUnsaved() {
        assertThat(model.selected().get()).isEqualTo(CertificateSlot.RECIPIENT);
        assertThat(model.selectedField()).isEqualTo(SAVED.field(CertificateSlot.RECIPIENT));
        assertThat(model.offset().get()).isEqualTo(new PrinterOffset(1, 2));
        assertThat(model.dirty().get()).isFalse();
    }

    @Test
    void anArrowMovesTheChosenFieldByHalfAMillimetreAndWithShiftByFive() {
        model.arrow(1, 0, false);
        model.arrow(1, 0, false);
        model.arrow(-1, 0, false);
        model.arrow(0, 1, true);
        model.arrow(0, -1, false);

        assertThat(model.selectedField().xMm()).isEqualTo(90.5);
        assertThat(model.selectedField().yMm()).isEqualTo(104.5);
        assertThat(model.selectedField().widthMm()).isEqualTo(100);
        assertThat(model.draft().get().field(CertificateSlot.DETAIL)).as("the other field stays")
                .isEqualTo(SAVED.field(CertificateSlot.DETAIL));
        assertThat(model.dirty().get()).isTrue();
    }

    @Test
    void theFieldNeverLeavesTheBlank() {
        for (int i = 0; i < 30; i++) {
            model.arrow(-1, -1, true);
        }
        FieldPlacement f = model.selectedField();
        assertThat(f.xMm()).as("the left edge on the blank's").isZero();
        assertThat(f.yMm()).as("the box's top on the blank's top edge, to the tenth").isEqualTo(4.4);

        for (int i = 0; i < 70; i++) {
            model.arrow(1, 1, true);
        }
        f = model.selectedField();
        assertThat(f.xMm()).as("the right edge on the blank's: 297 - 100").isEqualTo(197);
        assertThat(f.bottomMm()).isLessThanOrEqualTo(210.05).isGreaterThan(209.5);
    }

    @Test
    void aDragPutsTheFieldOnTheNearestHalfMillimetre() {
        model.moveTo(50.3, 120.8);

        assertThat(model.selectedField().xMm()).isEqualTo(50.5);
        assertThat(model.selectedField().yMm()).isEqualTo(121);
    }

    @Test
    void aTypedPlaceIsRoundedToTheTenthAndLeftForTheServiceToCheck() {
        model.x(12.345);
        model.y(300);
        model.width(80.06);

        assertThat(model.selectedField().xMm()).isEqualTo(12.3);
        assertThat(model.selectedField().yMm()).as("not held on the blank; saving names it").isEqualTo(300);
        assertThat(model.selectedField().widthMm()).isEqualTo(80.1);
    }

    @Test
    void startingAgainOnTheSavedLayoutForgetsTheUnsavedAndKeepsTheChosenField() {
        model.selected().set(CertificateSlot.DETAIL);
        model.arrow(1, 0, true);
        model.offsetX(3);
        assertThat(model.dirty().get()).isTrue();

        model.load(SAVED, new PrinterOffset(1, 2));

        assertThat(model.draft().get()).isEqualTo(SAVED);
        assertThat(model.offset().get()).isEqualTo(new PrinterOffset(1, 2));
        assertThat(model.selected().get()).isEqualTo(CertificateSlot.DETAIL);
        assertThat(model.dirty().get()).isFalse();
    }

    @Test
    void aPaperSizeFollowsTheBlanksTurnAndTurningSwapsTheSides() {
        model.paper(Paper.A3);
        assertThat(model.draft().get().pageWidthMm()).isEqualTo(420);
        assertThat(model.draft().get().pageHeightMm()).isEqualTo(297);

        model.orientation(false);
        assertThat(model.draft().get().pageWidthMm()).isEqualTo(297);
        assertThat(model.draft().get().pageHeightMm()).isEqualTo(420);
        assertThat(Paper.of(297, 420)).isEqualTo(Paper.A3);

        model.paper(Paper.OTHER);
        assertThat(model.draft().get().pageWidthMm()).as("Khác changes nothing").isEqualTo(297);
    }

    @Test
    void theOffsetChangesOneWayAtATimeAndTheSameValueIsNoChange() {
        model.offsetX(1);
        assertThat(model.dirty().get()).isFalse();

        model.offsetY(-2.5);
        assertThat(model.offset().get()).isEqualTo(new PrinterOffset(1, -2.5));
        assertThat(model.dirty().get()).isTrue();
    }

    @Test
    void withNoFieldChosenTheKeysChangeNothing() {
        model.selected().set(null);
        model.arrow(1, 1, true);
        model.x(5);

        assertThat(model.draft().get()).isEqualTo(SAVED);
        assertThat(model.dirty().get()).isFalse();
    }
}
