package vn.dienhinh.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dienhinh.model.CouncilMeeting;
import vn.dienhinh.model.CouncilMember;
import vn.dienhinh.model.CouncilSettings;
import vn.dienhinh.model.CouncilThreshold;
import vn.dienhinh.model.CouncilVote;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.Nomination;
import vn.dienhinh.model.NominationStatus;
import vn.dienhinh.model.Nominee;
import vn.dienhinh.model.NomineeOutcome;
import vn.dienhinh.model.RewardRate;
import vn.dienhinh.store.CouncilRepository;
import vn.dienhinh.store.ExemplarRepository;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;
import vn.dienhinh.util.VietnameseText;

/**
 * The emulation council between the authority's approval and the decision: one meeting takes one or more
 * approved nominations, counts the members present and the votes on each approved nominee, and concludes on
 * each. A nominee below the share the office set cannot be recommended; the conclusion becomes the nominee's
 * outcome, so the decision (NominationService#decide) commends exactly those the council passed.
 */
public final class CouncilService {

    private final CouncilRepository councils;
    private final NominationService nominations;
    private final ExemplarRepository exemplars;
    private final Clock clock;

    public CouncilService(CouncilRepository councils, NominationService nominations, ExemplarRepository exemplars,
                          Clock clock) {
        this.councils = councils;
        this.nominations = nominations;
        this.exemplars = exemplars;
        this.clock = clock;
    }

    public CouncilSettings settings() {
        officeWork();
        return councils.settings();
    }

    /** Saves the share (numerator/denominator, of those present or of all members) and the mức lương cơ sở. */
    public CouncilSettings saveSettings(int numerator, int denominator, boolean ofPresent, long baseSalary) {
        officeWork();
        if (numerator < 1 || denominator < 1 || numerator > denominator) {
            throw new UserException("council.badShare", numerator, denominator);
        }
        if (baseSalary < 0) {
            throw new UserException("council.badBaseSalary", baseSalary);
        }
        councils.saveSettings(new CouncilSettings(new CouncilThreshold(numerator, denominator, ofPresent), baseSalary));
        return councils.settings();
    }

    /**
     * Sets a form's reward money in multiples of the mức lương cơ sở (null: none for that kind), with the
     * article it comes from; both null removes nothing but records that the form carries no money.
     */
    public RewardRate saveRate(long formId, Double individual, Double collective, String basis) {
        officeWork();
        councils.saveRate(new RewardRate(formId, individual, collective, checkRate(individual, collective, basis)));
        return councils.rate(formId);
    }

    /** The rate's faults before anything is written: each coefficient 0–1000, the basis given; the basis cleaned. */
    public static String checkRate(Double individual, Double collective, String basis) {
        for (Double d : new Double[]{individual, collective}) {
            if (d != null && (d.isNaN() || d < 0 || d > 1000)) {
                throw new UserException("council.badRate", d);
            }
        }
        String b = VietnameseText.cleanOrNull(basis);
        if (b == null) {
            throw new UserException("council.rateNeedsBasis");
        }
        return b;
    }

    public RewardRate rate(long formId) {
        officeWork();
        return councils.rate(formId);
    }

    /** The meeting that took this nomination, or null when it went to no council. */
    public CouncilMeeting ofNomination(long nominationId) {
        officeWork();
        return councils.ofNomination(nominationId);
    }

    /**
     * The nominees a meeting votes on: the approved ones of the given nominations, in their order; those the
     * council of this very meeting turned down count as approved again (the meeting is being corrected).
     */
    public List<Nominee> voters(List<Long> nominationIds, Long meetingId) {
        officeWork();
        List<Nominee> out = new ArrayList<>();
        CouncilMeeting m = meetingId == null ? null : councils.find(meetingId);
        for (Long id : nominationIds) {
            for (Nominee ne : nominations.require(id).nominees()) {
                if (ne.outcome() == NomineeOutcome.APPROVED || (m != null && m.vote(ne.id()) != null)) {
                    out.add(ne);
                }
            }
        }
        return out;
    }

    /** The members of the latest meeting, all marked present: a council sits in the same make-up. */
    public List<CouncilMember> lastMembers() {
        officeWork();
        CouncilMeeting m = councils.latest();
        return m == null ? List.of() : m.members().stream().map(x -> new CouncilMember(x.name(), x.position(), true))
                .toList();
    }

    /** A new meeting for these nominations with the office's share, today at 8:00, to fill in. */
    public CouncilMeeting draft(List<Long> nominationIds) {
        officeWork();
        return new CouncilMeeting(null, LocalDate.now(clock).atTime(8, 0), null, null, null, null,
                councils.settings().threshold(), nominationIds, List.of(), List.of());
    }

    /**
     * Records the meeting: checked first (one clear message for the first fault), then written with the
     * nominees' outcomes in one transaction.
     */
    public CouncilMeeting hold(CouncilMeeting m) {
        officeWork();
        if (m.heldAt() == null) {
            throw new UserException("council.noDate");
        }
        if (m.heldAt().toLocalDate().isAfter(LocalDate.now(clock))) {
            throw new UserException("council.futureDate", Dates.format(m.heldAt().toLocalDate()));
        }
        String place = required(m.place(), "council.noPlace");
        String chair = required(m.chair(), "council.noChair");
        String secretary = required(m.secretary(), "council.noSecretary");
        if (m.nominationIds().isEmpty()) {
            throw new UserException("council.noNominations");
        }
        Set<Long> ids = new LinkedHashSet<>(m.nominationIds());
        for (Long id : ids) {
            Nomination n = nominations.require(id);
            if (n.status() != NominationStatus.APPROVED) {
                throw new UserException("council.notApproved", id, Messages.of(n.status()));
            }
            LocalDate approved = nominations.steps(id).stream().filter(st -> st.to() == NominationStatus.APPROVED)
                    .map(vn.dienhinh.model.NominationStep::date).reduce((a, b) -> b).orElse(null);
            if (approved != null && m.heldAt().toLocalDate().isBefore(approved)) {
                throw new UserException("council.beforeApproval", Dates.format(m.heldAt().toLocalDate()), id,
                        Dates.format(approved));
            }
            CouncilMeeting other = councils.ofNomination(id);
            if (other != null && !other.id().equals(m.id())) {
                throw new UserException("council.otherMeeting", id, Dates.format(other.heldAt().toLocalDate()));
            }
        }
        List<CouncilMember> members = new ArrayList<>();
        int row = 1;
        for (CouncilMember cm : m.members()) {
            String name = VietnameseText.cleanOrNull(cm.name());
            if (name == null) {
                throw new UserException("council.memberNoName", row);
            }
            members.add(new CouncilMember(name, VietnameseText.clean(cm.position() == null ? "" : cm.position()),
                    cm.present()));
            row++;
        }
        if (members.isEmpty()) {
            throw new UserException("council.noMembers");
        }
        int present = (int) members.stream().filter(CouncilMember::present).count();
        if (present == 0) {
            throw new UserException("council.nobodyPresent");
        }
        CouncilThreshold threshold = m.threshold();
        List<Nominee> voters = voters(List.copyOf(ids), m.id());
        if (voters.isEmpty()) {
            throw new UserException("council.noVoters");
        }
        Map<Long, CouncilVote> given = new java.util.HashMap<>();
        for (CouncilVote v : m.votes()) {
            given.put(v.nomineeId(), v);
        }
        Set<Long> voterIds = new HashSet<>();
        List<CouncilVote> votes = new ArrayList<>();
        for (Nominee ne : voters) {
            voterIds.add(ne.id());
            String name = name(ne.exemplarId());
            CouncilVote v = given.get(ne.id());
            if (v == null) {
                throw new UserException("council.noVote", name);
            }
            if (v.agree() < 0 || v.disagree() < 0) {
                throw new UserException("council.negativeVotes", name);
            }
            if (v.agree() + v.disagree() > present) {
                throw new UserException("council.tooManyVotes", name, v.agree(), v.disagree(), present);
            }
            boolean passes = threshold.passes(v.agree(), present, members.size());
            if (v.recommended() && !passes) {
                throw new UserException("council.belowCannotPass", name, v.agree(),
                        Messages.get(threshold.ofPresent() ? "council.basePresent" : "council.baseAll",
                                threshold.base(present, members.size())), threshold.share());
            }
            votes.add(new CouncilVote(ne.id(), v.agree(), v.disagree(), v.recommended(),
                    VietnameseText.cleanOrNull(v.conclusion())));
        }
        for (Long k : given.keySet()) {
            if (!voterIds.contains(k)) {
                throw new UserException("council.voteNotNominee", k);
            }
        }
        return councils.save(new CouncilMeeting(m.id(), m.heldAt(), place, chair, secretary,
                VietnameseText.cleanOrNull(m.content()), threshold, List.copyOf(ids), members, votes));
    }

    /** The exemplar's name, for messages and documents. */
    public String name(long exemplarId) {
        officeWork();
        Exemplar e = exemplars.find(exemplarId);
        return e == null ? String.valueOf(exemplarId) : e.name();
    }

    private static String required(String value, String key) {
        String v = VietnameseText.cleanOrNull(value);
        if (v == null) {
            throw new UserException(key);
        }
        return v;
    }

    /** Refused for a unit's clerk: this is the office's own work ({@link vn.dienhinh.model.Officer#checkOfficeWork}). */
    private void officeWork() {
        exemplars.officer().checkOfficeWork("scope.work.council");
    }
}
