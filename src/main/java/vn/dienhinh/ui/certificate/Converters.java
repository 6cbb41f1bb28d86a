package vn.dienhinh.ui.certificate;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Combo boxes that show a value by a label of its own (choices are picked, never typed). */
final class Converters {

    private Converters() {
    }

    static <T> StringConverter<T> of(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
