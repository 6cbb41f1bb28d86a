package vn.dienhinh.model;

/** What the exemplar stands for: điển hình tiên tiến, gương người tốt việc tốt, mô hình mới, nhân tố mới. */
public enum ExemplarCategory {
    ADVANCED, GOOD_DEED, NEW_MODEL, NEW_FACTOR
}
