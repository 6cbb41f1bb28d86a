package vn.dienhinh.service.document;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.AwardLevel;
import vn.dienhinh.model.Commendation;
import vn.dienhinh.model.Deed;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.Nomination;
import vn.dienhinh.model.Nominee;
import vn.dienhinh.model.OfficeHierarchy;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.model.SigningAuthority;
import vn.dienhinh.model.Unit;
import vn.dienhinh.model.UnitSigner;
import vn.dienhinh.report.AgencyName;
import vn.dienhinh.report.VnDates;
import vn.dienhinh.report.DocumentKind;
import vn.dienhinh.report.DocumentMeta;
import vn.dienhinh.report.DossierDocuments;
import vn.dienhinh.report.DossierText;
import vn.dienhinh.report.ExcelListWriter;
import vn.dienhinh.report.ListColumn;
import vn.dienhinh.service.AwardService;
import vn.dienhinh.service.CampaignService;
import vn.dienhinh.service.CatalogService;
import vn.dienhinh.service.Dates;
import vn.dienhinh.service.NominationService;
import vn.dienhinh.service.OfficeProfileService;
import vn.dienhinh.service.RegistryService;
import vn.dienhinh.util.Messages;

/**
 * Writes a nomination's dossier: tờ trình, bản trích ngang, one báo cáo thành tích per nominee, Excel list,
 * and one residence confirmation letter per individual nominee.
 */
public final class DossierService {

    private final NominationService nominations;
    private final AwardService awards;
    private final RegistryService registry;
    private final CatalogService catalog;
    private final OfficeProfileService profiles;
    private final CampaignService campaigns;
    private final Clock clock;
    private final ResidenceLetters letters;

    public DossierService(NominationService nominations, AwardService awards, RegistryService registry,
                          CatalogService catalog, OfficeProfileService profiles, CampaignService campaigns, Clock clock) {
        this.campaigns = campaigns;
        this.nominations = nominations;
        this.awards = awards;
        this.registry = registry;
        this.catalog = catalog;
        this.profiles = profiles;
        this.clock = clock;
        this.letters = new ResidenceLetters(nominations, catalog, campaigns);
    }

    /** The names of the dossier's files: tờ trình, trích ngang, one báo cáo per nominee, the Excel list. */
    public List<String> fileNames(long nominationId) {
        Nomination n = nominations.require(nominationId);
        List<String> out = new ArrayList<>(fileNames(nominationId, text(n)));
        out.addAll(letters.fileNames(n));
        return out;
    }

    private static List<String> fileNames(long id, DossierText t) {
        String stem = Messages.get("dossier.file", id);
        List<String> out = new ArrayList<>(List.of(stem + "-ToTrinh.docx", stem + "-TrichNgang.docx"));
        int i = 1;
        for (DossierText.AchievementReport r : t.reports()) {
            out.add(String.format("%s-BaoCaoThanhTich-%02d-%s.docx", stem, i++, r.fileStem()));
        }
        out.add(stem + "-DanhSach.xlsx");
        out.replaceAll(vn.dienhinh.util.FileNames::safe);
        return out;
    }

    /** Writes every file of the dossier into {@code folder}, numbered and dated as the nomination says. */
    public List<Path> export(long nominationId, Path folder) {
        Nomination n = nominations.require(nominationId);
        return export(nominationId, new DocumentMeta(n.docNumber(), LocalDate.now(clock), false), folder);
    }

    /**
     * Writes every file of the dossier into {@code folder}; returns their paths, the tờ trình first. The
     * tờ trình carries {@code meta}'s number and date, and the other papers refer to it.
     */
    public List<Path> export(long nominationId, DocumentMeta meta, Path folder) {
        Nomination n = nominations.require(nominationId);
        DossierText t = text(n);
        DossierDocuments docs = new DossierDocuments(t.issuer());
        List<Path> out = fileNames(n.id(), t).stream().map(folder::resolve).toList();
        docs.submission(t, meta, out.get(0));
        docs.extract(t, meta, out.get(1));
        for (int i = 0; i < t.reports().size(); i++) {
            docs.achievementReport(t, t.reports().get(i), meta, out.get(2 + i));
        }
        // the list goes with the tờ trình and says so as the Word trích ngang does
        new ExcelListWriter().attachedTo(t.issuer(), DocumentKind.SUBMISSION, meta).write(out.get(out.size() - 1),
                new ExcelListWriter.Sheet(Messages.get("dossier.sheet"), Messages.get("dossier.extract.title"),
                        t.subject(), List.of(
                        ListColumn.centered(Messages.get("col.no"), 6), ListColumn.left(Messages.get("col.name"), 28),
                        ListColumn.centered(Messages.get("col.birthYear"), 10),
                        ListColumn.left(Messages.get("dossier.positionAndUnit"), 32),
                        ListColumn.left(Messages.get("col.summary"), 50),
                        ListColumn.left(Messages.get("dossier.formProposed"), 22)))
                        .counting(Messages.get("dossier.countNominees")),
                sink -> {
                    int k = 1;
                    for (DossierText.NomineeLine l : t.nominees()) {
                        sink.accept(Arrays.asList(k++, l.name(), l.birthYear().isEmpty() ? null
                                : Integer.valueOf(l.birthYear()), l.positionAndUnit(), l.summary(), l.form()));
                    }
                });
        List<Path> all = new ArrayList<>(out);
        all.addAll(letters.export(n, t, meta, folder));
        return all;
    }

    /** The settings the dossier needs and does not have, one sentence each (their places stay blank). */
    public List<String> missing(long nominationId) {
        return text(nominations.require(nominationId)).missing();
    }

    /**
     * The dossier's words, filled from the registry. A nomination with a proposing unit is that unit's
     * tờ trình to the office's decider, through its advisory body; one without is the office's own tờ
     * trình to the decider above it. Never the office to itself.
     */
    public DossierText text(Nomination n) {
        AwardForm form = awards.form(n.formId());
        Map<String, AwardLevel> levels = awards.levelsByCode();
        AwardLevel level = levels.get(n.levelCode());
        OfficeProfile office = profiles.forDocuments();
        OfficeHierarchy h = profiles.hierarchy();
        List<String> missing = new ArrayList<>();
        List<String> recipients = List.of(Messages.get("dossier.recipients.above"), Messages.get("dossier.recipients.file"));
        Unit unit = n.proposingUnitId() == null ? null : catalog.unit(n.proposingUnitId());
        OfficeProfile issuer;
        String decider;
        String via;
        if (unit != null) {
            issuer = unitIssuer(unit, office, recipients, missing);
            decider = h.decider().isEmpty() ? AgencyName.inSentence(office.agency()) : h.decider();
            if (h.decider().isEmpty()) {
                missing.add(Messages.get("dossier.missing.decider"));
            }
            via = h.advisoryBody();
        } else {
            issuer = new OfficeProfile(office.parentAgency(), office.agency(), office.place(), office.symbol(),
                    office.signerName(), office.signerTitle(), office.onBehalfOf(), office.authority(),
                    office.principalTitle(), recipients);
            decider = h.superiorDecider().isEmpty() ? VnDates.BLANK : h.superiorDecider();
            if (h.superiorDecider().isEmpty()) {
                missing.add(Messages.get("dossier.missing.superior"));
            }
            via = h.superiorVia();
        }
        String formAndLevel = AwardWording.conferred(form, level, decider);
        String addressedTo = via.isEmpty() ? decider : Messages.get("dossier.via", decider, via);
        List<DossierText.NomineeLine> lines = new ArrayList<>();
        List<DossierText.AchievementReport> reports = new ArrayList<>();
        Map<ExemplarKind, Integer> kinds = new java.util.EnumMap<>(ExemplarKind.class);
        for (Nominee ne : n.nominees()) {
            Exemplar e = registry.require(ne.exemplarId());
            kinds.merge(e.kind(), 1, Integer::sum);
            Unit own = e.unitId() == null ? null : catalog.unit(e.unitId());
            String where = join(e.position(), e.workplace() != null ? e.workplace() : own == null ? null : own.name());
            List<String> deeds = registry.deeds(e.id()).stream().filter(d -> ne.deedIds().contains(d.id()))
                    .map(DossierService::deedLine).toList();
            lines.add(new DossierText.NomineeLine(e.name(), e.birthYear() == null ? "" : String.valueOf(e.birthYear()),
                    where, e.summary() == null ? "" : e.summary(), form.name(), deeds));
            Unit signing = own == null ? null : signingUnit(own, n.proposingUnitId());
            OfficeProfile ownIssuer = signing == null ? issuer
                    : signing.id().equals(n.proposingUnitId()) ? issuer : unitIssuer(signing, office, List.of(), missing);
            reports.add(new DossierText.AchievementReport(e.name(), e.kind() == ExemplarKind.COLLECTIVE, background(e, own),
                    e.account() != null ? e.account() : e.summary(), deeds, priors(e.id(), n.id(), levels),
                    vn.dienhinh.util.FileNames.slug(e.name(), "ten"), ownIssuer,
                    ownIssuer.signerName().equals(Messages.get("doc.placeholder.signer")) ? "" : ownIssuer.signerName(),
                    e.kind() != ExemplarKind.COLLECTIVE ? e.name() : e.headName() == null ? "" : e.headName().strip()));
        }
        List<String> bases = new ArrayList<>(List.of(Messages.get("dossier.basis.law"), Messages.get("dossier.basis.decree")));
        if (n.campaignId() != null) {
            bases.add(PlanBasis.of(campaigns.require(n.campaignId())).replaceFirst("^Thực hiện", "Căn cứ"));
        }
        String subject = n.title() != null ? n.title() : Messages.get("dossier.ttr.subject", formAndLevel);
        return new DossierText(subject, issuer, addressedTo, decider, formAndLevel, bases, whom(kinds), lines, reports,
                recipients, missing.stream().distinct().toList());
    }

    /** A unit as the issuer of its papers; what is not set is the Nghị định 30 placeholder, and said. */
    private OfficeProfile unitIssuer(Unit unit, OfficeProfile office, List<String> recipients, List<String> missing) {
        UnitSigner s = catalog.unitSigner(unit.id());
        if (!s.complete()) {
            missing.add(Messages.get("dossier.missing.unit", unit.name()));
        }
        // the letterhead prints the name upper case; a sentence keeps the unit's name as it was typed
        return new OfficeProfile(parentOf(unit, office), or(s.formalName(), unit.name()),
                or(s.place(), Messages.get("doc.placeholder.place")), or(s.symbol(), "……"),
                or(s.headName(), Messages.get("doc.placeholder.signer")),
                or(s.headTitle(), Messages.get("doc.placeholder.title")), s.onBehalfOf(), SigningAuthority.OWN, "",
                recipients);
    }

    /**
     * The body printed above a unit's name: the unit it belongs to, by its formal name ("ỦY BAN NHÂN DÂN PHƯỜNG
     * BẾN NGHÉ" above "KHU PHỐ 1, PHƯỜNG BẾN NGHÉ"), else the office.
     */
    private String parentOf(Unit unit, OfficeProfile office) {
        // a tổ dân phố sits in a khu phố, which has no letterhead of its own: the ward's is the one above
        for (Unit u = parent(unit); u != null; u = parent(u)) {
            String formal = catalog.unitSigner(u.id()).formalName();
            if (!formal.isBlank()) {
                return formal;
            }
        }
        return office.agency();
    }

    /**
     * Who certifies a nominee's report: the nominee's unit, or, inside the proposing unit, the nearest unit up
     * from it that signs papers (a tổ dân phố's resident is certified by the ward that proposes her; a school
     * with its own head and seal certifies its teacher). A unit outside the proposing one certifies its own.
     */
    private Unit signingUnit(Unit own, Long proposingId) {
        Unit signs = null;
        for (Unit u = own; u != null; u = parent(u)) {
            if (signs == null && catalog.unitSigner(u.id()).complete()) {
                signs = u;
            }
            if (u.id().equals(proposingId)) {
                return signs != null ? signs : own;
            }
        }
        return own;
    }

    private Unit parent(Unit u) {
        return u.parentId() == null ? null : catalog.unit(u.parentId());
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    /** "02 cá nhân", "01 tập thể và 02 cá nhân": see {@link AwardWording#whom}. */
    public static String whom(Map<ExemplarKind, Integer> kinds) {
        return AwardWording.whom(kinds);
    }

    /**
     * "Ủng hộ Quỹ “Vì người nghèo” phường (ngày 10/06/2026)": the deed then its day, as an officer writes it
     * after "Thành tích:" (a leading "10/06/2026:" made two colons in a row).
     */
    private static String deedLine(Deed d) {
        String title = d.title().strip().replaceAll("[\\s;,.:]+$", "");
        return title + (d.date() == null ? "" : Messages.get("dossier.deedDate", Dates.format(d.date())))
                + (d.description() == null || d.description().isBlank() ? "" : ". " + d.description());
    }

    private static List<String[]> background(Exemplar e, Unit own) {
        List<String[]> out = new ArrayList<>();
        if (e.kind() == ExemplarKind.COLLECTIVE) {
            add(out, "dossier.bg.name", e.name());
            add(out, "dossier.bg.head", e.headName());
            add(out, "dossier.bg.members", e.memberCount() == null ? null : String.valueOf(e.memberCount()));
            add(out, "dossier.bg.unit", own == null ? null : own.name());
            add(out, "dossier.bg.model", e.newModel());
            return out;
        }
        // the decree's form for an individual: what the registry does not keep is a line for the clerk
        out.add(new String[]{Messages.get("dossier.bg.fullName"), e.name()});
        // "Sinh ngày: 1984" would read as a date: a year alone is the year of birth, as the residence letter has it
        if (e.birthDate() == null && e.birthYear() != null) {
            out.add(new String[]{Messages.get("col.birthYear"), String.valueOf(e.birthYear())});
        } else {
            out.add(new String[]{Messages.get("dossier.bg.birthDate"), e.birthDate() == null ? "" : Dates.format(e.birthDate())});
        }
        out.add(new String[]{Messages.get("dossier.bg.gender"), e.gender() == null ? "" : Messages.of(e.gender())});
        out.add(new String[]{Messages.get("dossier.bg.hometown"), ""});
        out.add(new String[]{Messages.get("dossier.bg.residenceNow"),
                nz(e.kind() == ExemplarKind.HOUSEHOLD ? e.address() : e.residence())});
        out.add(new String[]{Messages.get("dossier.bg.ethnicity"), ""});
        out.add(new String[]{Messages.get("dossier.bg.position"), nz(e.position())});
        out.add(new String[]{Messages.get("dossier.bg.unitOwn"),
                nz(e.workplace() != null ? e.workplace() : own == null ? null : own.name())});
        out.add(new String[]{Messages.get("dossier.bg.education"), ""});
        add(out, "dossier.bg.model", e.newModel());
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void add(List<String[]> out, String key, String value) {
        if (value != null && !value.isBlank()) {
            out.add(new String[]{Messages.get(key), value});
        }
    }

    /** What the exemplar had received before: not what this very nomination brought. */
    private List<DossierText.Prior> priors(long exemplarId, long nominationId, Map<String, AwardLevel> levels) {
        List<DossierText.Prior> out = new ArrayList<>();
        for (Commendation c : awards.ofExemplar(exemplarId)) {
            if (c.nominationId() != null && c.nominationId() == nominationId) {
                continue;
            }
            AwardLevel l = levels.get(c.levelCode());
            out.add(new DossierText.Prior(String.valueOf(c.decisionDate().getYear()), awards.form(c.formId()).name()
                    + (l == null ? "" : " (" + l.name() + ")"), Messages.get("dossier.decision",
                    c.decisionNumber() == null ? "—" : c.decisionNumber(), Dates.format(c.decisionDate())),
                    c.issuingBody() == null ? "" : c.issuingBody()));
        }
        return out;
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b == null ? "" : b;
        }
        return b == null || b.isBlank() ? a : a + ", " + b;
    }
}
