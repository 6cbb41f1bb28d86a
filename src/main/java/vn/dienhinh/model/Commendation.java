package vn.dienhinh.model;

import java.time.LocalDate;
import java.util.List;

/** What an exemplar received: form or title, level, the decision, the deeds it rests on, the campaign. */
public record Commendation(Long id, long exemplarId, long formId, String levelCode, String decisionNumber,
                           LocalDate decisionDate, String issuingBody, Long campaignId, Long nominationId, String note,
                           List<Long> deedIds) {

    public Commendation {
        deedIds = deedIds == null ? List.of() : List.copyOf(deedIds);
    }
}
