package vn.dienhinh.model;

/** The papers of a nomination dossier (seed 003 III.5), ticked off as they arrive. */
public enum DossierPaper {
    SUBMISSION, EXTRACT, ACHIEVEMENT_REPORT, RESIDENCE_CONFIRMATION, REVIEW_MINUTES
}
