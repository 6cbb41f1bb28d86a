package vn.dienhinh.model;

import java.time.LocalDate;

/** One change of a nomination's state, with its date and reason. */
public record NominationStep(Long id, long nominationId, NominationStatus from, NominationStatus to, LocalDate date,
                             String reason) {
}
