package vn.dienhinh.model;

/**
 * Where one slot goes on a blank, in millimetres from the blank's top-left corner: {@code xMm} is the left
 * edge of the box, {@code yMm} the baseline of its first line (where the letters sit, on the blank's dotted
 * line), {@code widthMm} the box's width. Each further line is {@link #LINE_SPACING} times the size lower;
 * the box is {@code maxLines} lines high. {@code printed} false leaves the slot off (the blank has it already).
 */
public record FieldPlacement(CertificateSlot slot, boolean printed, double xMm, double yMm, double widthMm,
                             double fontSize, boolean bold, boolean italic, TextAlign align, TextFit fit, int maxLines) {

    /** Baseline to baseline, a multiple of the font size. */
    public static final double LINE_SPACING = 1.2;
    /** Points to the millimetre. */
    public static final double PT_PER_MM = 72 / 25.4;

    public FieldPlacement {
        align = align == null ? TextAlign.CENTER : align;
        fit = fit == null ? TextFit.WRAP : fit;
        maxLines = Math.max(1, maxLines);
    }

    public FieldPlacement movedBy(double dxMm, double dyMm) {
        return new FieldPlacement(slot, printed, round(xMm + dxMm), round(yMm + dyMm), widthMm, fontSize, bold, italic,
                align, fit, maxLines);
    }

    public FieldPlacement at(double x, double y) {
        return new FieldPlacement(slot, printed, x, y, widthMm, fontSize, bold, italic, align, fit, maxLines);
    }

    public FieldPlacement withWidth(double w) {
        return new FieldPlacement(slot, printed, xMm, yMm, w, fontSize, bold, italic, align, fit, maxLines);
    }

    public FieldPlacement withFont(double size, boolean b, boolean i) {
        return new FieldPlacement(slot, printed, xMm, yMm, widthMm, size, b, i, align, fit, maxLines);
    }

    public FieldPlacement withText(TextAlign a, TextFit f, int lines) {
        return new FieldPlacement(slot, printed, xMm, yMm, widthMm, fontSize, bold, italic, a, f, lines);
    }

    public FieldPlacement withPrinted(boolean p) {
        return new FieldPlacement(slot, p, xMm, yMm, widthMm, fontSize, bold, italic, align, fit, maxLines);
    }

    /** The line height at the field's own size, in millimetres. */
    public double lineHeightMm() {
        return fontSize * LINE_SPACING / PT_PER_MM;
    }

    /** The top of the box: one ascent (about 0.9 of the size) above the first baseline, in millimetres. */
    public double topMm() {
        return yMm - fontSize * 0.9 / PT_PER_MM;
    }

    /** The bottom of the box: below the last line's descenders, in millimetres. */
    public double bottomMm() {
        return yMm + (maxLines - 1) * lineHeightMm() + fontSize * 0.25 / PT_PER_MM;
    }

    /** Millimetres rounded to the tenth, so nudges of 0.5 mm add up without binary noise. */
    public static double round(double mm) {
        return Math.round(mm * 10) / 10.0;
    }
}
