package vn.dienhinh.model;

/**
 * What a text longer than its box does: {@code WRAP} breaks into up to the field's number of lines and
 * then shrinks until it fits; {@code SHRINK} stays on its lines and shrinks to the box's width. Neither
 * ever overflows the box.
 */
public enum TextFit {
    WRAP, SHRINK
}
