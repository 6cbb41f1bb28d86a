package vn.dienhinh.model;

import java.util.Set;

/**
 * One condition of a title or form, as data: the law changes, the rows change. {@code years} is the
 * run of years in a row (TITLE, RATING), the window (INITIATIVES) or the interval (INTERVAL);
 * {@code amount} the number of initiatives or the share in per cent; {@code slack} how many years
 * before the year considered a TITLE run may end; {@code appliesTo} the kinds of exemplar it is for
 * (empty: every kind the form allows); {@code basis} the article it comes from, {@code note} what it
 * says and any doubt about the source.
 */
public record EligibilityRule(Long id, long formId, RuleKind kind, Long refFormId, int years, int amount,
                              TaskRating rating, int slack, Set<ExemplarKind> appliesTo, boolean active, String basis,
                              String note, int sortOrder) {

    public EligibilityRule {
        appliesTo = appliesTo == null ? Set.of() : Set.copyOf(appliesTo);
    }

    public boolean appliesTo(ExemplarKind k) {
        return appliesTo.isEmpty() || appliesTo.contains(k);
    }

    public EligibilityRule withActive(boolean on) {
        return new EligibilityRule(id, formId, kind, refFormId, years, amount, rating, slack, appliesTo, on, basis, note,
                sortOrder);
    }
}
