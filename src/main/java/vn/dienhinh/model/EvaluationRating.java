package vn.dienhinh.model;

/** Verdict of an evaluation: keeps up and spreads, keeps up, declining. */
public enum EvaluationRating {
    SPREADING, MAINTAINED, DECLINING
}
