package vn.dienhinh.ui;

/** An entry of a combo box: a value (null for "all") with the label shown. */
public record Choice<T>(T value, String label) {

    @Override
    public String toString() {
        return label;
    }
}
