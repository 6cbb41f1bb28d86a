package vn.dienhinh.model;

import java.util.List;

/**
 * An exemplar with everything recorded about it, written in one go (demo data, imports): its
 * lifecycle from the first step ({@code from} null) to its current status, its deeds and its
 * evaluations. The {@code exemplarId} of the parts is ignored; the writer sets it.
 */
public record ExemplarImport(Exemplar exemplar, List<StatusChange> history, List<Deed> deeds,
                             List<Evaluation> evaluations) {

    public ExemplarImport {
        history = history == null ? List.of() : List.copyOf(history);
        deeds = deeds == null ? List.of() : List.copyOf(deeds);
        evaluations = evaluations == null ? List.of() : List.copyOf(evaluations);
    }
}
