package vn.dienhinh.model;

/** Dự thảo → đã phát động → đã sơ kết → đã tổng kết → kết thúc. */
public enum CampaignStatus {
    DRAFT, LAUNCHED, PRELIM_REVIEWED, FINAL_REVIEWED, CLOSED
}
