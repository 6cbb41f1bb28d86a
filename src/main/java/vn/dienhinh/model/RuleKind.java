package vn.dienhinh.model;

/** What an eligibility condition looks at (see {@link EligibilityRule}). */
public enum RuleKind {
    /** Another title or form held a number of years in a row. */
    TITLE,
    /** The yearly task rating at least a given one, a number of years in a row. */
    RATING,
    /** A number of initiatives recognised within the last years. */
    INITIATIVES,
    /** At most a share of the unit's holders of another title that year. */
    SHARE,
    /** A minimum number of years since the last commendation with the same form. */
    INTERVAL
}
