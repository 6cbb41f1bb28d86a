package vn.dienhinh.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A campaign (phong trào thi đua, cuộc vận động): the plan that launched it, what it rests on,
 * its period and phases with targets, its content and criteria, and the quarterly quota it sets
 * (which units owe, for which fields).
 */
public record Campaign(
        Long id,
        String name,
        CampaignKind kind,
        String planNumber,
        LocalDate planDate,
        String issuingBody,
        List<String> legalBases,
        Integer yearFrom,
        Integer yearTo,
        String purposes,
        String requirements,
        String content,
        String criteriaCollective,
        String criteriaIndividual,
        String organisation,
        QuotaMode quotaMode,
        int quotaPerCell,
        CampaignStatus status,
        String note,
        List<Phase> phases,
        List<ScopeEntry> units,
        List<ScopeEntry> fields) {

    public Campaign {
        legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
        phases = phases == null ? List.of() : List.copyOf(phases);
        units = units == null ? List.of() : List.copyOf(units);
        fields = fields == null ? List.of() : List.copyOf(fields);
        quotaMode = quotaMode == null ? QuotaMode.NONE : quotaMode;
        quotaPerCell = Math.max(1, quotaPerCell);
        kind = kind == null ? CampaignKind.REGULAR : kind;
        status = status == null ? CampaignStatus.DRAFT : status;
    }

    public static Campaign named(String name) {
        return new Campaign(null, name, CampaignKind.REGULAR, null, null, null, List.of(), null, null, null, null, null,
                null, null, null, QuotaMode.NONE, 1, CampaignStatus.DRAFT, null, List.of(), List.of(), List.of());
    }

    public Campaign withId(Long newId) {
        return new Campaign(newId, name, kind, planNumber, planDate, issuingBody, legalBases, yearFrom, yearTo, purposes,
                requirements, content, criteriaCollective, criteriaIndividual, organisation, quotaMode, quotaPerCell,
                status, note, phases, units, fields);
    }

    public Campaign withStatus(CampaignStatus s) {
        return new Campaign(id, name, kind, planNumber, planDate, issuingBody, legalBases, yearFrom, yearTo, purposes,
                requirements, content, criteriaCollective, criteriaIndividual, organisation, quotaMode, quotaPerCell,
                s, note, phases, units, fields);
    }

    public Campaign withQuota(QuotaMode mode, int perCell, List<ScopeEntry> quotaUnits, List<ScopeEntry> quotaFields) {
        return new Campaign(id, name, kind, planNumber, planDate, issuingBody, legalBases, yearFrom, yearTo, purposes,
                requirements, content, criteriaCollective, criteriaIndividual, organisation, mode, perCell,
                status, note, phases, quotaUnits, quotaFields);
    }

    public Campaign withPhases(List<Phase> newPhases) {
        return new Campaign(id, name, kind, planNumber, planDate, issuingBody, legalBases, yearFrom, yearTo, purposes,
                requirements, content, criteriaCollective, criteriaIndividual, organisation, quotaMode, quotaPerCell,
                status, note, newPhases, units, fields);
    }

    public Campaign withPeriod(Integer from, Integer to) {
        return new Campaign(id, name, kind, planNumber, planDate, issuingBody, legalBases, from, to, purposes,
                requirements, content, criteriaCollective, criteriaIndividual, organisation, quotaMode, quotaPerCell,
                status, note, phases, units, fields);
    }

    /** True when the quarter lies in the campaign's years (open ends count as unbounded). */
    public boolean covers(Quarter q) {
        return (yearFrom == null || q.year() >= yearFrom) && (yearTo == null || q.year() <= yearTo);
    }
}
