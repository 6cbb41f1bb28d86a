package vn.dienhinh.model;

import java.time.LocalDate;

/** A phase of a campaign (giai đoạn, đợt) with its targets by kind of exemplar. */
public record Phase(Long id, String name, LocalDate start, LocalDate end, int targetIndividuals,
                    int targetCollectives, int targetHouseholds, String tasks) {

    public boolean contains(LocalDate d) {
        return d != null && !d.isBefore(start) && !d.isAfter(end);
    }

    public int target(ExemplarKind k) {
        switch (k) {
            case INDIVIDUAL:
                return targetIndividuals;
            case COLLECTIVE:
                return targetCollectives;
            default:
                return targetHouseholds;
        }
    }
}
