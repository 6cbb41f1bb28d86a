package vn.dienhinh.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.dienhinh.model.Campaign;
import vn.dienhinh.model.CampaignStatus;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.Phase;
import vn.dienhinh.model.PhaseProgress;
import vn.dienhinh.model.QuotaMode;
import vn.dienhinh.store.CampaignRepository;
import vn.dienhinh.store.ExemplarRepository;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;
import vn.dienhinh.util.VietnameseText;

/** Campaigns: their plan, phases and targets, quota scope, exemplars and progress. */
public final class CampaignService {

    private final CampaignRepository campaigns;
    private final ExemplarRepository exemplars;
    private final Clock clock;

    public CampaignService(CampaignRepository campaigns, ExemplarRepository exemplars, Clock clock) {
        this.campaigns = campaigns;
        this.exemplars = exemplars;
        this.clock = clock;
    }

    public List<Campaign> all() {
        return campaigns.all();
    }

    public Campaign require(long id) {
        Campaign c = campaigns.find(id);
        if (c == null) {
            throw new UserException("campaign.notFound", id);
        }
        return c;
    }

    /** Campaigns that set a quarterly quota, open first. */
    public List<Campaign> quotaCampaigns() {
        return campaigns.all().stream().filter(c -> c.quotaMode() != QuotaMode.NONE).toList();
    }

    public Campaign save(Campaign draft) {
        String name = VietnameseText.cleanOrNull(draft.name());
        if (name == null) {
            throw new UserException("campaign.nameRequired");
        }
        if (draft.yearFrom() != null && draft.yearTo() != null && draft.yearFrom() > draft.yearTo()) {
            throw new UserException("campaign.years", draft.yearFrom(), draft.yearTo());
        }
        for (Integer y : new Integer[]{draft.yearFrom(), draft.yearTo()}) {
            if (y != null && (y < 1990 || y > LocalDate.now(clock).getYear() + 10)) {
                throw new UserException("campaign.yearRange", y);
            }
        }
        List<Phase> phases = new ArrayList<>();
        for (Phase p : draft.phases()) {
            String pn = VietnameseText.cleanOrNull(p.name());
            if (pn == null) {
                throw new UserException("campaign.phaseName");
            }
            if (p.start() == null || p.end() == null || p.end().isBefore(p.start())) {
                throw new UserException("campaign.phaseDates", pn);
            }
            if (p.targetIndividuals() < 0 || p.targetCollectives() < 0 || p.targetHouseholds() < 0) {
                throw new UserException("campaign.phaseTarget", pn);
            }
            phases.add(new Phase(p.id(), pn, p.start(), p.end(), p.targetIndividuals(), p.targetCollectives(),
                    p.targetHouseholds(), VietnameseText.cleanOrNull(p.tasks())));
        }
        if (draft.quotaMode() == QuotaMode.PER_FIELD && !draft.units().isEmpty() && draft.fields().isEmpty()) {
            throw new UserException("campaign.quotaFieldsRequired");
        }
        List<String> bases = draft.legalBases().stream().map(VietnameseText::cleanOrNull)
                .filter(java.util.Objects::nonNull).toList();
        Campaign clean = new Campaign(draft.id(), name, draft.kind(), VietnameseText.cleanOrNull(draft.planNumber()),
                draft.planDate(), VietnameseText.cleanOrNull(draft.issuingBody()), bases, draft.yearFrom(), draft.yearTo(),
                text(draft.purposes()), text(draft.requirements()), text(draft.content()), text(draft.criteriaCollective()),
                text(draft.criteriaIndividual()), text(draft.organisation()), draft.quotaMode(), draft.quotaPerCell(),
                draft.status(), text(draft.note()), phases, draft.units(), draft.fields());
        return campaigns.save(clean);
    }

    /** Multi-line text: NFC, lines trimmed, blank result null. */
    static String text(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (String line : s.split("\\R")) {
            String l = VietnameseText.clean(line);
            if (!l.isEmpty()) {
                b.append(b.length() == 0 ? "" : "\n").append(l);
            }
        }
        return b.length() == 0 ? null : b.toString();
    }

    public Campaign setStatus(long id, CampaignStatus status) {
        return campaigns.save(require(id).withStatus(status));
    }

    public void delete(long id) {
        campaigns.delete(id);
    }

    /** Links an exemplar, counted in the phase that contains {@code on} (today if null). */
    public void link(long campaignId, long exemplarId, LocalDate on) {
        Campaign c = require(campaignId);
        if (exemplars.find(exemplarId) == null) {
            throw new UserException("valid.notFound", exemplarId);
        }
        LocalDate when = on == null ? LocalDate.now(clock) : on;
        Long phase = c.phases().stream().filter(p -> p.contains(when)).map(Phase::id).findFirst().orElse(null);
        campaigns.link(campaignId, exemplarId, phase, when);
    }

    public void unlink(long campaignId, long exemplarId) {
        campaigns.unlink(campaignId, exemplarId);
    }

    public Map<Long, Long> exemplarsOf(long campaignId) {
        return campaigns.exemplars(campaignId);
    }

    /** The campaign's exemplars as list lines, in Vietnamese order. */
    public List<vn.dienhinh.model.ExemplarRow> exemplarRows(long campaignId) {
        return exemplars.rowsOfCampaign(campaignId);
    }

    public List<Long> campaignsOf(long exemplarId) {
        return campaigns.campaignsOf(exemplarId);
    }

    /** Each phase with its counts against its targets. */
    public List<PhaseProgress> progress(long campaignId) {
        Campaign c = require(campaignId);
        Map<Long, Map<ExemplarKind, Long>> counts = campaigns.phaseCounts(campaignId);
        return c.phases().stream().map(p -> new PhaseProgress(p, counts.getOrDefault(p.id(), Map.of()))).toList();
    }

    /** "Giai đoạn 1: 2/3 tập thể, 3/3 cá nhân" — only the kinds that have a target. */
    public static String describe(PhaseProgress p) {
        return describe(p, "campaign.progressPart");
    }

    private static String describe(PhaseProgress p, String key) {
        List<String> parts = new ArrayList<>();
        for (ExemplarKind k : new ExemplarKind[]{ExemplarKind.COLLECTIVE, ExemplarKind.INDIVIDUAL, ExemplarKind.HOUSEHOLD}) {
            if (p.phase().target(k) > 0) {
                parts.add(Messages.get(key, p.count(k), p.phase().target(k),
                        Messages.get("campaign.kindLower." + k.name())));
            }
        }
        return p.phase().name() + ": " + (parts.isEmpty() ? Messages.get("campaign.noTarget") : String.join(", ", parts));
    }
}
