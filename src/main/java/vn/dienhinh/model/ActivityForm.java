package vn.dienhinh.model;

/** How an exemplar was made known (seed 000 II.2, III.3; seed 002 II.3). */
public enum ActivityForm {
    PORTAL_ARTICLE, SOCIAL_POST, PRESS_RADIO, LOUDSPEAKER, TALK_EXCHANGE, EXHIBITION, CONTEST, PERFORMANCE_VIDEO,
    VISUAL_POSTER, FLAG_SALUTE
}
