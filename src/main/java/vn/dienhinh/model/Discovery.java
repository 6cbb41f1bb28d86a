package vn.dienhinh.model;

/** How the exemplar came to the office's attention. */
public enum Discovery {
    UNIT_PROPOSAL, PRESS, CITIZEN_REPORT, OFFICE
}
