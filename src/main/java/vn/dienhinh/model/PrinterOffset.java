package vn.dienhinh.model;

/**
 * How far the office's printer puts things from where they are asked for, measured once on the calibration
 * page (the 10 mm line printed 11.5 mm from the left edge: x = +1.5): every page is moved back by it, so it
 * lands where the layout says. Positive x is to the right, positive y down, in millimetres.
 */
public record PrinterOffset(double xMm, double yMm) {

    public static final PrinterOffset NONE = new PrinterOffset(0, 0);

    /** Offsets beyond this are a mistyped number, not a printer. */
    public static final double MAX_MM = 30;
}
