package vn.dienhinh.report;

/**
 * A piece of text with its own weight: a paragraph made of spans mixes bold and plain runs
 * ("<b>Lĩnh vực Y tế:</b> 03 gương"); as a table cell value it makes the cell bold or italic.
 */
public record Span(String text, boolean bold, boolean italic) {

    public Span {
        text = text == null ? "" : text;
    }

    public static Span plain(String text) {
        return new Span(text, false, false);
    }

    public static Span bold(String text) {
        return new Span(text, true, false);
    }

    public static Span italic(String text) {
        return new Span(text, false, true);
    }

    /** A bold cell showing a number or any value as table cells write it. */
    public static Span bold(Object value) {
        return new Span(DocTable.text(value), true, false);
    }
}
