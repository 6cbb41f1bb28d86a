package vn.dienhinh.model;

import java.util.List;

/** One exemplar in a nomination, with the deeds proposed as its grounds. */
public record Nominee(Long id, long exemplarId, NomineeOutcome outcome, List<Long> deedIds) {

    public Nominee {
        deedIds = deedIds == null ? List.of() : List.copyOf(deedIds);
        outcome = outcome == null ? NomineeOutcome.PENDING : outcome;
    }
}
