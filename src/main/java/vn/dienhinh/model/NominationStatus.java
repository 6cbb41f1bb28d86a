package vn.dienhinh.model;

/** Dự thảo → đã trình → bị trả lại / đã duyệt → đã có quyết định. */
public enum NominationStatus {
    DRAFT, SUBMITTED, RETURNED, APPROVED, DECIDED
}
