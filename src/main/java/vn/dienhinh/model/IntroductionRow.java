package vn.dienhinh.model;

import java.time.LocalDate;

/** An introduction with the names a list shows. */
public record IntroductionRow(long id, Quarter quarter, long unitId, String unitName, long exemplarId,
                              String exemplarName, ExemplarKind kind, Long fieldId, String fieldName, LocalDate receivedOn,
                              boolean withdrawn, String summary) {
}
