package vn.dienhinh.model;

import java.time.LocalDate;
import java.util.Map;

/** How far a phase has come against its targets: exemplars linked to it (not dropped) by kind. */
public record PhaseProgress(Phase phase, Map<ExemplarKind, Long> counts) {

    public long count(ExemplarKind k) {
        return counts.getOrDefault(k, 0L);
    }

    /** True when every kind with a target has reached it. */
    public boolean met() {
        for (ExemplarKind k : ExemplarKind.values()) {
            if (count(k) < phase.target(k)) {
                return false;
            }
        }
        return true;
    }

    /** The phase ends within {@code days} of {@code today} (or has just ended) and some target is not met. */
    public boolean endsSoonUnmet(LocalDate today, int days) {
        return !met() && !phase.end().isBefore(today.minusDays(days)) && !phase.end().isAfter(today.plusDays(days));
    }
}
