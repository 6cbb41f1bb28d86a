package vn.dienhinh.service.document;

import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.CouncilMeeting;
import vn.dienhinh.model.CouncilMember;
import vn.dienhinh.model.CouncilVote;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.Nomination;
import vn.dienhinh.model.NominationStatus;
import vn.dienhinh.model.NominationStep;
import vn.dienhinh.model.Nominee;
import vn.dienhinh.model.NomineeOutcome;
import vn.dienhinh.model.OfficeHierarchy;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.model.Unit;
import vn.dienhinh.model.UnitSigner;
import vn.dienhinh.report.AgencyName;
import vn.dienhinh.report.CouncilDocuments;
import vn.dienhinh.report.Counts;
import vn.dienhinh.report.DocumentMeta;
import vn.dienhinh.report.DocumentNumber;
import vn.dienhinh.report.VnDates;
import vn.dienhinh.service.AwardService;
import vn.dienhinh.service.CampaignService;
import vn.dienhinh.service.CatalogService;
import vn.dienhinh.service.CouncilService;
import vn.dienhinh.service.NominationService;
import vn.dienhinh.service.OfficeProfileService;
import vn.dienhinh.service.RegistryService;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;
import vn.dienhinh.util.VietnameseText;

/**
 * Writes the council's biên bản and the quyết định khen thưởng with its list, and records the decision. The
 * decision lists the nominees still approved: after a council, those it recommended. Reward money is the
 * form's rate (multiples of the mức lương cơ sở, Nghị định 98/2023/NĐ-CP Điều 54) times the office's base
 * salary, rounded up to the ten thousand đồng as that decree's principles of reward money ask, or an amount
 * the officer gives.
 */
public final class CouncilDocumentService {


    private final CouncilService council;
    private final NominationService nominations;
    private final AwardService awards;
    private final RegistryService registry;
    private final CatalogService catalog;
    private final OfficeProfileService profiles;
    private final CampaignService campaigns;

    public CouncilDocumentService(CouncilService council, NominationService nominations, AwardService awards,
                                  RegistryService registry, CatalogService catalog, OfficeProfileService profiles,
                                  CampaignService campaigns) {
        this.council = council;
        this.nominations = nominations;
        this.awards = awards;
        this.registry = registry;
        this.catalog = catalog;
        this.profiles = profiles;
        this.campaigns = campaigns;
    }

    /**
     * The files {@link #export} writes: the biên bản when a council took the nomination, and the decision once
     * the nomination is approved (numbered and dated as recorded once it is decided).
     */
    public List<String> fileNames(long nominationId) {
        Nomination n = nominations.require(nominationId);
        List<String> out = new ArrayList<>();
        if (council.ofNomination(nominationId) != null) {
            out.add(Messages.get("council.file", nominationId));
        }
        if (n.status() == NominationStatus.APPROVED || n.status() == NominationStatus.DECIDED) {
            out.add(Messages.get("decision.file", nominationId));
        }
        return out;
    }

    /** Writes {@link #fileNames}'s files into {@code folder}; the decision's number left for the clerk until recorded. */
    public List<Path> export(long nominationId, LocalDate today, Path folder) {
        Nomination n = nominations.require(nominationId);
        List<Path> out = new ArrayList<>();
        for (String name : fileNames(nominationId)) {
            Path p = folder.resolve(name);
            if (name.equals(Messages.get("council.file", nominationId))) {
                writeMinutes(nominationId, null, p);
            } else {
                writeDecision(nominationId, recorded(n, today), null, p);
            }
            out.add(p);
        }
        return out;
    }

    /** The decision's number and date as recorded ("231/QĐ-UBND" gives 231), else blank and today. */
    private static DocumentMeta recorded(Nomination n, LocalDate today) {
        if (n.status() != NominationStatus.DECIDED || n.decisionDate() == null) {
            return DocumentMeta.dated(today);
        }
        String digits = n.decisionNumber() == null ? "" : n.decisionNumber().replaceFirst("^\\D*(\\d+).*$", "$1");
        Integer number = digits.matches("\\d{1,6}") && Integer.parseInt(digits) > 0 ? Integer.valueOf(digits) : null;
        return new DocumentMeta(number, n.decisionDate(), false);
    }

    /** "Nguyễn Văn Hải, Phó Chủ tịch UBND quận, Chủ tịch Hội đồng": the name with the position the members' list gives it. */
    /** The member's position as the members' list gives it ("Phó Chủ tịch …, Chủ tịch Hội đồng"), or "". */
    private static String positionOf(CouncilMeeting m, String name) {
        if (name == null) {
            return "";
        }
        return m.members().stream().filter(x -> VietnameseText.fold(x.name()).equals(VietnameseText.fold(name)))
                .map(CouncilMember::position).filter(p -> !p.isBlank()).findFirst().orElse("");
    }

    /** Writes the biên bản of the meeting that took this nomination (all the meeting's nominations in it). */
    public Path writeMinutes(long nominationId, Integer number, Path target) {
        new CouncilDocuments().minutes(minutes(nominationId), number, target);
        return target;
    }

    /** Writes the decision of this nomination; {@code amount} (đồng, null: from the form's rate) per nominee. */
    public Path writeDecision(long nominationId, DocumentMeta meta, Long amount, Path target) {
        DocumentMeta m = asDecided(nominations.require(nominationId), meta);
        new CouncilDocuments().decision(profiles.forDocuments().signingFor(decider()), decision(nominationId, amount),
                m, target);
        return target;
    }

    /**
     * A nomination already decided is printed again with its own decision's number and date; another number is
     * refused ({@code council.doc.alreadyDecided}) rather than a second decision made without a word.
     */
    private static DocumentMeta asDecided(Nomination n, DocumentMeta asked) {
        if (n.status() != NominationStatus.DECIDED || n.decisionDate() == null) {
            return asked;
        }
        DocumentMeta kept = recorded(n, asked.date());
        if (asked.number() != null && !asked.number().equals(kept.number())) {
            throw new UserException("council.doc.alreadyDecided", n.decisionNumber(),
                    vn.dienhinh.service.Dates.format(n.decisionDate()), asked.number());
        }
        return kept;
    }

    /**
     * Records the decision's number ("15/QĐ-UBND" from 15) and date: the listed nominees become commendations
     * (a date before the approval or the council is refused there).
     */
    public Nomination record(long nominationId, DocumentMeta meta) {
        if (meta.number() == null) {
            throw new UserException("nomination.decisionNumber");
        }
        String number = DocumentNumber.format(meta.number(), Messages.get("DocumentKind.DECISION.abbr"),
                profiles.forDocuments().symbol()).replaceFirst("^[^:]*:\\s*", "");
        return nominations.decide(nominationId, number, meta.date(), decider());
    }

    /** The biên bản's words. */
    public CouncilDocuments.Minutes minutes(long nominationId) {
        nominations.require(nominationId);
        CouncilMeeting m = council.ofNomination(nominationId);
        if (m == null) {
            throw new UserException("council.doc.noCouncil", nominationId);
        }
        OfficeProfile office = profiles.forDocuments();
        OfficeProfile letterhead = new OfficeProfile(office.agency(), Messages.get("council.doc.councilName"),
                office.place(), Messages.get("council.doc.councilSymbol"), m.chair(), "", "", null, "", List.of());
        List<String> present = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (CouncilMember cm : m.members()) {
            String line = cm.position().isBlank() ? cm.name() : cm.name() + ", " + cm.position();
            (cm.present() ? present : absent).add(line);
        }
        StringBuilder content = new StringBuilder();
        List<CouncilDocuments.VoteLine> votes = new ArrayList<>();
        List<String> conclusions = new ArrayList<>();
        String decider = decider();
        List<String> lines = new ArrayList<>();
        for (Long id : m.nominationIds()) {
            Nomination n = nominations.require(id);
            String formAndLevel = formAndLevel(n);
            List<String> yes = new ArrayList<>();
            List<String> no = new ArrayList<>();
            int count = 0;
            for (Nominee ne : n.nominees()) {
                CouncilVote v = m.vote(ne.id());
                if (v == null) {
                    continue;
                }
                count++;
                Exemplar e = registry.require(ne.exemplarId());
                boolean passed = m.passes(v);
                votes.add(new CouncilDocuments.VoteLine(e.name(), unitOf(e), v.agree(), v.disagree(),
                        percent(m.percent(v)), passed));
                String named = e.name() + " (" + percent(m.percent(v)) + ")";
                (v.recommended() ? yes : no).add(named);
            }
            Unit unit = n.proposingUnitId() == null ? null : catalog.unit(n.proposingUnitId());
            lines.add(Messages.get("council.doc.contentOne", formAndLevel, vn.dienhinh.report.Counts.padded(count),
                    unit == null ? "" : Messages.get("council.doc.byUnit", unit.name())));
            if (!yes.isEmpty()) {
                conclusions.add(Messages.get("council.doc.recommend", decider, formAndLevel, whom(n, true),
                        String.join(", ", yes)));
            }
            if (!no.isEmpty()) {
                conclusions.add(Messages.get("council.doc.notRecommend", Counts.padded(no.size()), String.join(", ", no)));
            }
        }
        if (conclusions.isEmpty()) {
            conclusions.add(Messages.get("council.doc.noneRecommended"));
        }
        if (m.content() != null) {
            content.append(m.content());
        } else {
            content.append(Messages.get("council.doc.contentDefault"));
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                content.append('\n').append(i == lines.size() - 1 ? l.replaceFirst(";$", ".") : l);
            }
        }
        String share = Messages.get(m.threshold().ofPresent() ? "council.shareOfPresent" : "council.shareOfAll",
                m.threshold().share());
        return new CouncilDocuments.Minutes(letterhead, Messages.get("council.doc.bbSubject"), m.heldAt(), m.place(),
                m.chair() == null ? "" : m.chair(), positionOf(m, m.chair()), m.secretary() == null ? "" : m.secretary(),
                positionOf(m, m.secretary()), present, absent, m.total(), content.toString(),
                Messages.get("council.doc.shareLine", share), votes, conclusions);
    }

    /** The decision's words and list. */
    public CouncilDocuments.Decision decision(long nominationId, Long amount) {
        Nomination n = nominations.require(nominationId);
        if (n.status() != NominationStatus.APPROVED && n.status() != NominationStatus.DECIDED) {
            throw new UserException("nomination.wrongState", n.id(), Messages.of(n.status()));
        }
        AwardForm form = awards.form(n.formId());
        String formAndLevel = formAndLevel(n);
        OfficeProfile office = profiles.forDocuments();
        OfficeHierarchy h = profiles.hierarchy();
        List<Exemplar> listed = new ArrayList<>();
        for (Nominee ne : n.nominees()) {
            if (ne.outcome() == NomineeOutcome.APPROVED) {
                listed.add(registry.require(ne.exemplarId()));
            }
        }
        if (listed.isEmpty()) {
            throw new UserException("council.doc.noneToDecide", n.id());
        }
        List<String> bases = new ArrayList<>(List.of(Messages.get("dossier.basis.law"),
                Messages.get("dossier.basis.decree")));
        if (n.campaignId() != null) {
            bases.add(PlanBasis.of(campaigns.require(n.campaignId())).replaceFirst("^Thực hiện", "Căn cứ"));
        }
        // the căn cứ first, the council's result among them; "Xét đề nghị …" closes the bases (Nghị định 30).
        // The Luật Tổ chức chính quyền địa phương that opens a chairman's decision is not cited: its 2025 number
        // (72/2025/QH15) was found, but not the date it was passed, and a basis is not cited without its date.
        CouncilMeeting m = council.ofNomination(n.id());
        if (m != null) {
            bases.add(Messages.get("decision.basisMinutes", VnDates.longDate(m.heldAt().toLocalDate())));
        }
        bases.add(submission(n, office));
        DecisionReward reward = DecisionReward.of(amount, council.rate(form.id()), council.settings().baseSalary(),
                listed);
        Map<ExemplarKind, String> amounts = reward.amounts();
        String article2 = reward.article2();
        List<CouncilDocuments.ListLine> lines = new ArrayList<>();
        for (Exemplar e : listed) {
            lines.add(new CouncilDocuments.ListLine(e.name(), positionAndUnit(e), form.name(),
                    amounts.getOrDefault(e.kind(), "")));
        }
        boolean withAmounts = lines.stream().anyMatch(l -> !l.amount().isEmpty());
        String agency = AgencyName.inSentence(office.agency());
        String whom = whom(listed);
        String article3 = h.advisoryBody().isBlank()
                ? Messages.get("decision.article3NoAdvisory", agency, "các " + whom)
                : Messages.get("decision.article3", agency, Messages.get("decision.headOf", h.advisoryBody()),
                "các " + whom);
        // the campaign the deeds were done in, named as the plan names it; without one, the year's movements
        String inWhat = n.campaignId() != null ? PlanBasis.inFull(campaigns.require(n.campaignId()))
                : n.createdOn() != null ? Messages.get("decision.inMovements", n.createdOn().getYear())
                : Messages.get("decision.inWork");
        String article1 = Messages.get("decision.article1", formAndLevel, counted(listed), inWhat);
        return new CouncilDocuments.Decision(Messages.get("decision.subject", formAndLevel),
                VietnameseText.upper(decider()), decider(), bases, article1, article2, article3,
                Messages.get("decision.listTitle", vn.dienhinh.report.Punctuation.capitalFirst(whom), formAndLevel),
                lines, withAmounts, List.of(Messages.get("decision.recipientArticle3"),
                Messages.get("dossier.recipients.file")));
    }

    /** "85,7%". */
    private static String percent(double p) {
        return Messages.get("council.doc.percent",
                new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Messages.LOCALE)).format(p));
    }

    private String submission(Nomination n, OfficeProfile office) {
        Unit unit = n.proposingUnitId() == null ? null : catalog.unit(n.proposingUnitId());
        String who;
        String symbol;
        if (unit != null) {
            UnitSigner s = catalog.unitSigner(unit.id());
            who = s.formalName().isBlank() ? unit.name() : AgencyName.inSentence(s.formalName());
            symbol = s.symbol().isBlank() ? "……" : s.symbol();
        } else {
            who = AgencyName.inSentence(office.agency());
            symbol = office.symbol();
        }
        LocalDate submitted = nominations.steps(n.id()).stream()
                .filter(s -> s.to() == NominationStatus.SUBMITTED).map(NominationStep::date)
                .reduce((a, b) -> b).orElse(n.createdOn());
        if (n.docNumber() == null) {
            return Messages.get("decision.basisSubmissionNoNumber", who, VnDates.longDate(submitted));
        }
        String number = DocumentNumber.format(n.docNumber(), Messages.get("DocumentKind.SUBMISSION.abbr"), symbol)
                .replaceFirst("^[^:]*:\\s*", "");
        return Messages.get("decision.basisSubmission", who, number, VnDates.shortDate(submitted));
    }

    /** Who decides: the office's decider, else the office. */
    private String decider() {
        OfficeHierarchy h = profiles.hierarchy();
        return h.decider().isBlank() ? AgencyName.inSentence(profiles.forDocuments().agency()) : h.decider();
    }

    private String formAndLevel(Nomination n) {
        AwardForm form = awards.form(n.formId());
        return AwardWording.conferred(form, awards.levelsByCode().get(n.levelCode()), decider());
    }

    private String whom(Nomination n, boolean recommendedOnly) {
        List<Exemplar> es = new ArrayList<>();
        for (Nominee ne : n.nominees()) {
            if (!recommendedOnly || ne.outcome() == NomineeOutcome.APPROVED) {
                es.add(registry.require(ne.exemplarId()));
            }
        }
        return counted(es);
    }

    /** "01 tập thể và 02 cá nhân". */
    private static String counted(List<Exemplar> es) {
        Map<ExemplarKind, Integer> kinds = new EnumMap<>(ExemplarKind.class);
        es.forEach(e -> kinds.merge(e.kind(), 1, Integer::sum));
        return AwardWording.whom(kinds);
    }

    /** "cá nhân", "tập thể, cá nhân": the kinds listed, without counts. */
    private static String whom(List<Exemplar> es) {
        return String.join(", ", es.stream().map(Exemplar::kind).distinct().sorted(AwardWording.KIND_ORDER)
                .map(k -> Messages.get("campaign.kindLower." + k.name())).toList());
    }

    private String unitOf(Exemplar e) {
        Unit own = e.unitId() == null ? null : catalog.unit(e.unitId());
        return e.workplace() != null ? e.workplace() : own == null ? "" : own.name();
    }

    private String positionAndUnit(Exemplar e) {
        String unit = unitOf(e);
        if (e.position() == null || e.position().isBlank()) {
            return unit;
        }
        return unit.isBlank() ? e.position() : e.position() + ", " + unit;
    }
}
