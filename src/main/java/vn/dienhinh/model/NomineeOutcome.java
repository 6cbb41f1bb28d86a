package vn.dienhinh.model;

/** What the authority made of one nominee. */
public enum NomineeOutcome {
    PENDING, APPROVED, REJECTED
}
