package vn.dienhinh.report;

import java.time.LocalDate;
import java.util.List;
import vn.dienhinh.model.ActivityForm;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.Quarter;
import vn.dienhinh.model.QuarterCommendation;

/**
 * Everything the quarterly report (báo cáo quý) says, gathered by the service: the introductions of the
 * quarter in field order, the quota gaps, the propaganda activities, the commendations and nominations,
 * the figures of this and the previous quarter, and the officer's own text.
 *
 * @param bases     legal bases ("Thực hiện Kế hoạch số …"), may be empty
 * @param notes     what was done, in the officer's words (prose, may be blank)
 * @param nextTasks the tasks for the next quarter (prose; blank: the usual wording)
 */
public record QuarterlyReportData(Quarter quarter, List<String> bases, List<Introduced> introduced,
                                  List<QuotaGap> gaps, List<ActivityLine> activities,
                                  List<QuarterCommendation> commendations, Figures current, Figures previous,
                                  String notes, String nextTasks) {

    public QuarterlyReportData {
        bases = List.copyOf(bases);
        introduced = List.copyOf(introduced);
        gaps = List.copyOf(gaps);
        activities = List.copyOf(activities);
        commendations = List.copyOf(commendations);
        notes = notes == null ? "" : notes;
        nextTasks = nextTasks == null ? "" : nextTasks;
    }

    /** An exemplar introduced in the quarter; {@code field} empty when the introduction named none. */
    public record Introduced(String field, String exemplar, ExemplarKind kind, String unit, String summary,
                             LocalDate receivedOn) {
    }

    /**
     * A quota campaign's gaps: how many units owe out of how many, how many exemplars are missing out of
     * how many required, and who owes what.
     */
    public record QuotaGap(String campaign, String rule, int owingUnits, int units, int missing, int required,
                           List<Owing> owing) {
        public QuotaGap {
            owing = List.copyOf(owing);
        }
    }

    /** A unit that has not sent all it owes: the fields still missing (empty for a per-unit quota). */
    public record Owing(String unit, List<String> fields, int missing) {
        public Owing {
            fields = List.copyOf(fields);
        }
    }

    /** A propaganda activity with the names a report prints. */
    public record ActivityLine(LocalDate date, ActivityForm form, String title, String unit, List<String> exemplars,
                               String link) {
        public ActivityLine {
            exemplars = List.copyOf(exemplars);
        }
    }

    /** The figures compared quarter on quarter. */
    public record Figures(Quarter quarter, long introductions, long found, long activities, long commendations) {
    }
}
