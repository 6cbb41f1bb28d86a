package vn.dienhinh.model;

/**
 * A deed already used as grounds elsewhere: in a nomination in flight or decided
 * ({@code commendation} false, {@code recordId} its number) or in a commendation.
 */
public record DeedUse(long deedId, boolean commendation, long recordId, String levelCode, Long proposingUnitId,
                      String formName, String decisionNumber) {
}
