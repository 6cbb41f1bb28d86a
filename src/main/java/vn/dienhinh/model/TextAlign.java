package vn.dienhinh.model;

/** Where a line sits in its box: against the left edge, centred, against the right edge. */
public enum TextAlign {
    LEFT, CENTER, RIGHT
}
