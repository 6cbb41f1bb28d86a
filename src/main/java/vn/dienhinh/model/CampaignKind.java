package vn.dienhinh.model;

/** Thường xuyên, chuyên đề, theo đợt. */
public enum CampaignKind {
    REGULAR, THEMATIC, PERIODIC
}
