package vn.dienhinh.model;

/**
 * How an exemplar completed its tasks in a year (the yearly rating of cadres, civil servants and
 * workers), best first. The eligibility conditions ask for "at least" one of these.
 */
public enum TaskRating {
    EXCELLENT, GOOD, DONE, FAILED;

    /** Whether this rating is {@code other} or better. */
    public boolean atLeast(TaskRating other) {
        return ordinal() <= other.ordinal();
    }
}
