package vn.dienhinh.model;

import java.util.List;

/**
 * A commendation form or title of the editable catalogue: who may receive it, at which levels,
 * and whether the same exemplar may receive it again (for a different deed).
 */
public record AwardForm(Long id, String name, boolean title, boolean forIndividual, boolean forCollective,
                        boolean forHousehold, List<String> levels, boolean repeatable, boolean active, int sortOrder) {

    public AwardForm {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    public boolean allows(ExemplarKind k) {
        switch (k) {
            case INDIVIDUAL:
                return forIndividual;
            case COLLECTIVE:
                return forCollective;
            default:
                return forHousehold;
        }
    }
}
