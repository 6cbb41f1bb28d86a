package vn.dienhinh.model;

import java.util.List;

/**
 * What the registry knows that eligibility is judged on, for a span of years: the exemplars that
 * could be proposed, the titles and forms they received (by decision year), their yearly results,
 * and how many of each unit's exemplars received a form in a year (for the shares).
 */
public record EligibilityFacts(List<Candidate> candidates, List<Held> held, List<YearlyResult> results,
                               List<UnitCount> unitCounts) {

    public EligibilityFacts {
        candidates = List.copyOf(candidates);
        held = List.copyOf(held);
        results = List.copyOf(results);
        unitCounts = List.copyOf(unitCounts);
    }

    /** An exemplar as eligibility sees it. */
    public record Candidate(long id, ExemplarKind kind, String name, Long unitId, String unitName) {
    }

    /** A title or form an exemplar received, in the year of its decision. */
    public record Held(long exemplarId, long formId, int year, String decisionNumber) {
    }

    /** How many exemplars of a unit (null: none given) received a form in a year. */
    public record UnitCount(Long unitId, long formId, int year, int count) {
    }
}
