package vn.dienhinh.model;

import java.util.List;

/**
 * Whether an exemplar may be proposed for a form in a year: one check per condition that applies
 * (the catalogue's active rules, and that it has not received the form that year already), each
 * met or not, with its evidence (the titles, years and results that count, or what is lacking).
 */
public record Verdict(EligibilityFacts.Candidate exemplar, AwardForm form, int year, List<Check> checks) {

    public Verdict {
        checks = List.copyOf(checks);
    }

    /** One condition as judged: {@code rule} is null for the registry's own check (not received already). */
    public record Check(EligibilityRule rule, String condition, boolean met, String evidence) {
    }

    public boolean eligible() {
        return checks.stream().allMatch(Check::met);
    }

    public List<Check> missing() {
        return checks.stream().filter(c -> !c.met()).toList();
    }
}
