package vn.dienhinh.model;

import java.time.LocalDate;

/**
 * A commendation given, or a nomination for one, as the quarterly report lists it. Commendations and
 * nominations are recorded elsewhere (issue "Commendations and nominations"); reports take these lines
 * from whatever supplies them.
 *
 * @param nomination true for a nomination (đề nghị khen thưởng), false for a commendation decided
 * @param exemplar   who: the exemplar's name
 * @param unit       the proposing unit, may be empty
 * @param form       the form or title, e.g. "Giấy khen", "Người tốt, việc tốt"
 * @param reference  the decision ("Quyết định số 12/QĐ-UBND") or the nomination's state
 * @param date       date of the decision or of the nomination
 */
public record QuarterCommendation(boolean nomination, String exemplar, String unit, String form, String reference,
                                  LocalDate date) {

    public QuarterCommendation {
        exemplar = exemplar == null ? "" : exemplar;
        unit = unit == null ? "" : unit;
        form = form == null ? "" : form;
        reference = reference == null ? "" : reference;
    }
}
