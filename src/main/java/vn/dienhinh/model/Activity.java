package vn.dienhinh.model;

import java.time.LocalDate;
import java.util.List;

/** A propaganda activity: form, date, title, link, the unit, the campaign and the exemplars featured. */
public record Activity(Long id, ActivityForm form, LocalDate date, String title, String link, Long unitId,
                       Long campaignId, String note, List<Long> exemplarIds) {

    public Activity {
        exemplarIds = exemplarIds == null ? List.of() : List.copyOf(exemplarIds);
    }
}
