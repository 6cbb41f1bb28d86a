package vn.dienhinh.model;

/**
 * The council's votes on one nominee (by the nominee's id in its nomination) and its conclusion:
 * {@code recommended} whether it proposes the nominee for the decision; {@code conclusion} optional words.
 */
public record CouncilVote(long nomineeId, int agree, int disagree, boolean recommended, String conclusion) {
}
