package vn.dienhinh.report;

/**
 * The parts of a report the officer writes, pre-filled from the figures and edited before export:
 * what was done beyond the figures, the assessment (strengths, shortcomings and their causes), the
 * tasks ahead and the proposals to the level above. Each is prose as {@link OfficialDocument#prose}
 * reads it; a blank part is left out of the document.
 */
public record ReportSections(String notes, String strengths, String limits, String causes, String nextTasks,
                             String proposals) {

    public static final ReportSections EMPTY = new ReportSections("", "", "", "", "", "");

    public ReportSections {
        notes = notes == null ? "" : notes;
        strengths = strengths == null ? "" : strengths;
        limits = limits == null ? "" : limits;
        causes = causes == null ? "" : causes;
        nextTasks = nextTasks == null ? "" : nextTasks;
        proposals = proposals == null ? "" : proposals;
    }

    public boolean hasAssessment() {
        return !(strengths.isBlank() && limits.isBlank() && causes.isBlank());
    }

    public ReportSections withNotes(String text) {
        return new ReportSections(text, strengths, limits, causes, nextTasks, proposals);
    }
}
