package vn.dienhinh.model;

/**
 * The reward money of a form as multiples of the mức lương cơ sở, for an individual and for a collective
 * (null: none set), with the article it comes from. The defaults are those of Nghị định 98/2023/NĐ-CP, Điều 54
 * (titles of emulation), as reported when it took effect; the amounts for Bằng khen and Giấy khen under that
 * decree could not be found, so those forms have no rate until the office enters one. Whether Nghị định
 * 152/2025/NĐ-CP, which the dossier cites as the decree in force, changed Điều 54 could not be checked: a change
 * of the coefficients is a change of these rows.
 */
public record RewardRate(long formId, Double individual, Double collective, String basis) {
}
