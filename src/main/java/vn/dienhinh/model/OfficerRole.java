package vn.dienhinh.model;

/** What an officer of a shared registry may see and do. */
public enum OfficerRole {
    /** The office's officer (cán bộ thi đua của cơ quan): sees the whole registry and manages the officers. */
    OFFICE,
    /** A unit's clerk (văn thư đơn vị): enters and sees only the exemplars of their unit and the units below it. */
    UNIT_CLERK
}
