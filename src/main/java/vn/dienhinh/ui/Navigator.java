package vn.dienhinh.ui;

import vn.dienhinh.model.ExemplarFilter;

/** Opens another screen on what a figure stands for. */
public interface Navigator {

    /** The exemplar list narrowed to {@code filter}; {@code label} names the field or unit it picks, if any. */
    void exemplars(ExemplarFilter filter, String label);

    /** The board of the current quarter, optionally only the units that still owe. */
    void board(boolean owingOnly);

    /** The campaign screen with the campaign chosen (null: just the screen). */
    void campaign(Long campaignId);
}
