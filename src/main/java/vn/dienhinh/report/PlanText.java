package vn.dienhinh.report;

import java.util.List;

/**
 * The words of a campaign plan (kế hoạch), section by section, as the officer edits them before export.
 * Prose fields are typed text ("- " items, numbered lines; see {@link OfficialDocument#prose}); an empty
 * one leaves its section out.
 */
public record PlanText(String subject, List<String> bases, String intro, String purposes, String requirements,
                       String content, String criteriaCollective, String criteriaIndividual, String criteriaHousehold,
                       String phases,
                       String organisation, String closing, List<String> recipients) {

    public PlanText {
        subject = nz(subject);
        bases = bases == null ? List.of() : List.copyOf(bases);
        intro = nz(intro);
        purposes = nz(purposes);
        requirements = nz(requirements);
        content = nz(content);
        criteriaCollective = nz(criteriaCollective);
        criteriaIndividual = nz(criteriaIndividual);
        criteriaHousehold = nz(criteriaHousehold);
        phases = nz(phases);
        organisation = nz(organisation);
        closing = nz(closing);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}
