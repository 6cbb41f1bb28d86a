package vn.dienhinh.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A request from a proposing unit to an authority to commend some exemplars with a form at a
 * level. {@code papers} maps each dossier paper to the date it was received (absent: not yet).
 */
public record Nomination(Long id, long formId, String levelCode, Long proposingUnitId, String authority, Long campaignId,
                         Integer docNumber, String title, NominationStatus status, LocalDate createdOn,
                         String decisionNumber, LocalDate decisionDate, String decisionBody, String note,
                         List<Nominee> nominees, Map<DossierPaper, LocalDate> papers) {

    public Nomination {
        nominees = nominees == null ? List.of() : List.copyOf(nominees);
        papers = papers == null ? Map.of() : Map.copyOf(papers);
        status = status == null ? NominationStatus.DRAFT : status;
    }

    public Nomination withNominees(List<Nominee> n) {
        return new Nomination(id, formId, levelCode, proposingUnitId, authority, campaignId, docNumber, title, status,
                createdOn, decisionNumber, decisionDate, decisionBody, note, n, papers);
    }
}
