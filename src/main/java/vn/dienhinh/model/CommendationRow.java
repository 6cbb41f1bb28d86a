package vn.dienhinh.model;

import java.time.LocalDate;

/** A commendation with the names a list shows. */
public record CommendationRow(long id, long exemplarId, String exemplarName, ExemplarKind kind, String unitName,
                              long formId, String formName, String levelCode, String decisionNumber,
                              LocalDate decisionDate, String issuingBody, Long nominationId) {
}
