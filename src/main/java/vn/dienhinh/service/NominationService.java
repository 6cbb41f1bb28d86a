package vn.dienhinh.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.AwardLevel;
import vn.dienhinh.model.Commendation;
import vn.dienhinh.model.DossierPaper;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.Nomination;
import vn.dienhinh.model.NominationStatus;
import vn.dienhinh.model.NominationStep;
import vn.dienhinh.model.Nominee;
import vn.dienhinh.model.NomineeOutcome;
import vn.dienhinh.store.CatalogRepository;
import vn.dienhinh.store.ExemplarRepository;
import vn.dienhinh.store.NominationRepository;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;
import vn.dienhinh.util.VietnameseText;

/**
 * Nominations: draft → submitted → returned (with a reason) or approved → decided. A nomination
 * that breaks a rule cannot be submitted; entering the decision turns every approved nominee
 * into a commendation in one transaction. Every change of state is kept with its date and reason.
 */
public final class NominationService {

    private final NominationRepository nominations;
    private final ExemplarRepository exemplars;
    private final CatalogRepository catalog;
    private final AwardService awards;
    private final Clock clock;

    public NominationService(NominationRepository nominations, ExemplarRepository exemplars, CatalogRepository catalog,
                             AwardService awards, Clock clock) {
        this.nominations = nominations;
        this.exemplars = exemplars;
        this.catalog = catalog;
        this.awards = awards;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<Nomination> all() {
        officeWork();
        return nominations.all();
    }

    public Nomination require(long id) {
        officeWork();
        Nomination n = nominations.find(id);
        if (n == null) {
            throw new UserException("nomination.notFound", id);
        }
        return n;
    }

    public List<NominationStep> steps(long id) {
        officeWork();
        return nominations.steps(id);
    }

    /** Saves a draft (or a returned nomination being revised); nominees and their deeds are replaced. */
    public Nomination save(Nomination draft) {
        officeWork();
        if (draft.id() != null) {
            NominationStatus s = require(draft.id()).status();
            if (s != NominationStatus.DRAFT && s != NominationStatus.RETURNED) {
                throw new UserException("nomination.notEditable", Messages.of(s));
            }
        }
        awards.form(draft.formId());
        awards.level(draft.levelCode());
        if (draft.proposingUnitId() != null && catalog.unit(draft.proposingUnitId()) == null) {
            throw new UserException("valid.unknownUnit", draft.proposingUnitId());
        }
        List<Nominee> nominees = new ArrayList<>();
        for (Nominee n : draft.nominees()) {
            if (exemplars.find(n.exemplarId()) == null) {
                throw new UserException("valid.notFound", n.exemplarId());
            }
            nominees.add(new Nominee(null, n.exemplarId(), n.outcome(), n.deedIds()));
        }
        Nomination clean = new Nomination(draft.id(), draft.formId(), draft.levelCode(), draft.proposingUnitId(),
                VietnameseText.cleanOrNull(draft.authority()), draft.campaignId(), draft.docNumber(),
                VietnameseText.cleanOrNull(draft.title()), draft.id() == null ? NominationStatus.DRAFT : draft.status(),
                draft.createdOn() == null ? today() : draft.createdOn(), null, null, null,
                VietnameseText.cleanOrNull(draft.note()), nominees, draft.papers());
        return nominations.save(clean);
    }

    /** Each nominee's broken rules (exemplar id to messages); empty when the nomination may be submitted. */
    public Map<Long, List<String>> problems(Nomination n) {
        officeWork();
        AwardForm form = awards.form(n.formId());
        AwardLevel level = awards.level(n.levelCode());
        Map<String, AwardLevel> levels = awards.levelsByCode();
        Map<Long, List<String>> out = new LinkedHashMap<>();
        for (Nominee ne : n.nominees()) {
            Exemplar e = exemplars.find(ne.exemplarId());
            List<String> p = new ArrayList<>(awards.rules().problems(new CommendationRules.Grant(e, ne.deedIds(), form,
                    level, n.proposingUnitId(), n.id()), levels));
            if (ne.deedIds().isEmpty()) {
                p.add(0, Messages.get("rule.noDeeds", e.name()));
            }
            if (!p.isEmpty()) {
                out.put(e.id(), p);
            }
        }
        return out;
    }

    public Nomination submit(long id) {
        officeWork();
        Nomination n = require(id);
        expect(n, NominationStatus.DRAFT, NominationStatus.RETURNED);
        if (n.nominees().isEmpty()) {
            throw new UserException("nomination.noNominees");
        }
        Map<Long, List<String>> problems = problems(n);
        if (!problems.isEmpty()) {
            throw new UserException("nomination.cannotSubmit", problems.values().iterator().next().get(0));
        }
        nominations.step(id, n.status(), NominationStatus.SUBMITTED, today(), null);
        return require(id);
    }

    /** The authority sends it back; a reason is required. */
    public Nomination returnToUnit(long id, String reason) {
        officeWork();
        Nomination n = require(id);
        expect(n, NominationStatus.SUBMITTED);
        String r = VietnameseText.cleanOrNull(reason);
        if (r == null) {
            throw new UserException("nomination.returnReason");
        }
        nominations.step(id, n.status(), NominationStatus.RETURNED, today(), r);
        return require(id);
    }

    /** The authority approves it; nominees not named in {@code rejected} are approved. */
    public Nomination approve(long id, List<Long> rejectedExemplars, String note) {
        officeWork();
        Nomination n = require(id);
        expect(n, NominationStatus.SUBMITTED);
        if (rejectedExemplars.size() >= n.nominees().size()) {
            throw new UserException("nomination.noneApproved");
        }
        for (Nominee ne : n.nominees()) {
            nominations.setOutcome(ne.id(), rejectedExemplars.contains(ne.exemplarId())
                    ? NomineeOutcome.REJECTED : NomineeOutcome.APPROVED);
        }
        nominations.step(id, n.status(), NominationStatus.APPROVED, today(), VietnameseText.cleanOrNull(note));
        return require(id);
    }

    /** Records the decision: every approved nominee becomes a commendation, in one transaction. */
    public Nomination decide(long id, String number, LocalDate date, String body) {
        officeWork();
        Nomination n = require(id);
        expect(n, NominationStatus.APPROVED);
        String num = VietnameseText.cleanOrNull(number);
        if (num == null) {
            throw new UserException("nomination.decisionNumber");
        }
        if (date == null || date.isAfter(today())) {
            throw new UserException("award.decisionDate");
        }
        List<NominationStep> steps = nominations.steps(id);
        LocalDate approved = steps.get(steps.size() - 1).date();
        if (date.isBefore(approved)) {
            throw new UserException("nomination.decisionBeforeApproval", Dates.format(date), Dates.format(approved));
        }
        LocalDate council = nominations.councilDay(id);
        if (council != null && date.isBefore(council)) {
            throw new UserException("nomination.decisionBeforeCouncil", Dates.format(date), Dates.format(council));
        }
        String issuer = VietnameseText.cleanOrNull(body) != null ? VietnameseText.clean(body) : n.authority();
        List<Commendation> granted = new ArrayList<>();
        for (Nominee ne : n.nominees()) {
            if (ne.outcome() == NomineeOutcome.APPROVED) {
                granted.add(new Commendation(null, ne.exemplarId(), n.formId(), n.levelCode(), num, date, issuer,
                        n.campaignId(), n.id(), null, ne.deedIds()));
            }
        }
        nominations.decide(id, num, date, issuer, granted);
        return require(id);
    }

    /** Marks a dossier paper received (date) or not (null). */
    public Nomination setPaper(long id, DossierPaper paper, LocalDate receivedOn) {
        officeWork();
        Nomination n = require(id);
        Map<DossierPaper, LocalDate> papers = new EnumMap<>(DossierPaper.class);
        papers.putAll(n.papers());
        if (receivedOn == null) {
            papers.remove(paper);
        } else {
            papers.put(paper, receivedOn);
        }
        return nominations.save(new Nomination(n.id(), n.formId(), n.levelCode(), n.proposingUnitId(), n.authority(),
                n.campaignId(), n.docNumber(), n.title(), n.status(), n.createdOn(), n.decisionNumber(), n.decisionDate(),
                n.decisionBody(), n.note(), n.nominees(), papers));
    }

    /**
     * The nominees a residence confirmation letter is asked for (seed 003 III.5: individuals; a collective or
     * a household has no place of residence to confirm), in the nomination's order.
     */
    public List<Exemplar> residenceLetterNominees(Nomination n) {
        officeWork();
        List<Exemplar> out = new ArrayList<>();
        for (Nominee ne : n.nominees()) {
            Exemplar e = exemplars.find(ne.exemplarId());
            if (e != null && e.kind() == vn.dienhinh.model.ExemplarKind.INDIVIDUAL) {
                out.add(e);
            }
        }
        return out;
    }

    /** The residence letters of the nomination that came back: exemplar id to the date. */
    public Map<Long, LocalDate> residenceLetters(long id) {
        officeWork();
        return nominations.residenceLetters(id);
    }

    /**
     * Marks the residence letter of one nominee as come back on {@code receivedOn} (null: not yet). The
     * dossier's paper "văn bản xác nhận của nơi cư trú" is ticked, with the last letter's date, once every
     * individual nominee's letter is in, and unticked when one is taken back.
     */
    public Map<Long, LocalDate> markResidenceLetter(long id, long exemplarId, LocalDate receivedOn) {
        officeWork();
        Nomination n = require(id);
        List<Exemplar> asked = residenceLetterNominees(n);
        if (asked.stream().noneMatch(e -> e.id() == exemplarId)) {
            throw new UserException("residence.notAsked", exemplarId, id);
        }
        Map<Long, LocalDate> letters = new java.util.HashMap<>(nominations.residenceLetters(id));
        if (receivedOn == null) {
            letters.remove(exemplarId);
        } else {
            letters.put(exemplarId, receivedOn);
        }
        LocalDate paper = null;
        if (asked.stream().allMatch(e -> letters.containsKey(e.id()))) {
            paper = asked.stream().map(e -> letters.get(e.id())).max(LocalDate::compareTo).orElse(null);
        }
        nominations.markResidenceLetter(id, exemplarId, receivedOn, paper);
        return nominations.residenceLetters(id);
    }

    public void delete(long id) {
        officeWork();
        Nomination n = require(id);
        if (n.status() == NominationStatus.DECIDED) {
            throw new UserException("nomination.decidedStays");
        }
        nominations.delete(id);
    }

    private static void expect(Nomination n, NominationStatus... allowed) {
        for (NominationStatus s : allowed) {
            if (n.status() == s) {
                return;
            }
        }
        throw new UserException("nomination.wrongState", n.id(), Messages.of(n.status()));
    }

    /** Refused for a unit's clerk: this is the office's own work ({@link vn.dienhinh.model.Officer#checkOfficeWork}). */
    private void officeWork() {
        exemplars.officer().checkOfficeWork("scope.work.nominations");
    }
}
