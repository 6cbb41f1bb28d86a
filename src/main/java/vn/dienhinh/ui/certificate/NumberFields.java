package vn.dienhinh.ui.certificate;

import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javafx.scene.control.TextField;
import vn.dienhinh.report.Millimetres;
import vn.dienhinh.util.Messages;

/**
 * Number boxes of the layout editor: a number is taken when the officer presses Enter or leaves the box,
 * written either way ("12,5" or "12.5", a trailing "mm" ignored); anything else is said in one sentence
 * naming the box, and the box goes back to the value it had.
 */
final class NumberFields {

    private final Consumer<String> complaint;
    private final Runnable restore;

    /**
     * @param complaint where a refused entry is said
     * @param restore   puts every box back to the model's values
     */
    NumberFields(Consumer<String> complaint, Runnable restore) {
        this.complaint = complaint;
        this.restore = restore;
    }

    /** A box for a decimal number: {@code apply} gets it once typed. */
    void decimal(TextField box, String labelKey, DoubleConsumer apply) {
        hook(box, () -> {
            OptionalDouble v = parse(box.getText());
            if (v.isPresent()) {
                apply.accept(v.getAsDouble());
            } else {
                complaint.accept(Messages.get("layout.notNumber", Messages.get(labelKey)));
                restore.run();
            }
        });
    }

    /** A box for a whole number. */
    void whole(TextField box, String labelKey, java.util.function.IntConsumer apply) {
        hook(box, () -> {
            OptionalDouble v = parse(box.getText());
            if (v.isPresent() && v.getAsDouble() == Math.rint(v.getAsDouble())) {
                apply.accept((int) v.getAsDouble());
            } else {
                complaint.accept(Messages.get("layout.notWhole", Messages.get(labelKey)));
                restore.run();
            }
        });
    }

    /** Shows {@code value} in the box; what the officer typed stays when it already says that value. */
    static void show(TextField box, double value) {
        OptionalDouble typed = parse(box.getText());
        if (!(box.isFocused() && typed.isPresent() && Math.abs(typed.getAsDouble() - value) < 1e-9)) {
            box.setText(Millimetres.format(value));
        }
    }

    static OptionalDouble parse(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        String t = text.strip().replaceFirst("(?i)\\s*mm$", "").replace(',', '.').replace('\u2212', '-');
        if (!t.matches("-?\\d+(\\.\\d+)?|-?\\.\\d+")) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(t));
    }

    private static void hook(TextField box, Runnable commit) {
        box.setOnAction(e -> commit.run());
        box.focusedProperty().addListener((o, was, is) -> {
            if (was && !is) {
                commit.run();
            }
        });
    }
}
