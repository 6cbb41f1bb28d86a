package vn.dienhinh.model;

/**
 * The reward money of a form as multiples of the mức lương cơ sở, for an individual and for a collective
 * (null: none set), with the article it comes from.
 */
public record RewardRate(long formId, Double individual, Double collective, String basis) {
}
