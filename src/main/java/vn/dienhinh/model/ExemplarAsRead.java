package vn.dienhinh.model;

/**
 * An exemplar as read for a change, with the version its values are of: saving the change with that version is
 * refused when someone else saved the exemplar after this read, instead of writing over their save.
 */
public record ExemplarAsRead(Exemplar exemplar, int version) {
}
