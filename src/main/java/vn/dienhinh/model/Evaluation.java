package vn.dienhinh.model;

import java.time.LocalDate;

/** A periodic evaluation of how the exemplar keeps up and spreads. */
public record Evaluation(Long id, long exemplarId, LocalDate date, String period, EvaluationRating rating,
                         String content, String evaluator) {
}
