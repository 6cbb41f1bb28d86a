package vn.dienhinh.model;

import java.time.LocalDate;

/**
 * A commendation given, or a nomination for one, as the quarterly report lists it. Commendations and
 * nominations are recorded elsewhere (issue "Commendations and nominations"); reports take these lines
 * from whatever supplies them.
 *
 * @param nomination true for a nominee of a nomination still awaiting its decision (submitted or approved),
 *                   false for a commendation decided
 * @param exemplarId who, to count people rather than lines
 * @param kind       individual, collective or household
 * @param exemplar   who: the exemplar's name
 * @param unit       the proposing unit, may be empty
 * @param form       the form or title, e.g. "Giấy khen", "Người tốt, việc tốt"
 * @param reference  the decision ("Quyết định số 12/QĐ-UBND ngày 05/10/2026 của Chủ tịch UBND Quận 1") or the
 *                   nomination's state; never an internal id
 * @param date       date of the decision or of the nomination
 */
public record QuarterCommendation(boolean nomination, long exemplarId, ExemplarKind kind, String exemplar, String unit,
                                  String form, String reference, LocalDate date) {

    public QuarterCommendation {
        exemplar = exemplar == null ? "" : exemplar;
        unit = unit == null ? "" : unit;
        form = form == null ? "" : form;
        reference = reference == null ? "" : reference;
    }
}
