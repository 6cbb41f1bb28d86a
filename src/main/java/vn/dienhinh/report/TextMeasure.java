package vn.dienhinh.report;

/** The width of a line of text in points, at a size in points, in the regular, bold or italic face. */
@FunctionalInterface
public interface TextMeasure {

    double width(String text, double size, boolean bold, boolean italic);
}
