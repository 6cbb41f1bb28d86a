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
import vn.dienhinh.model.Unit;
import vn.dienhinh.report.DocumentMeta;
import vn.dienhinh.report.DossierDocuments;
import vn.dienhinh.report.DossierText;
import vn.dienhinh.report.ExcelListWriter;
import vn.dienhinh.report.ListColumn;
import vn.dienhinh.service.AwardService;
import vn.dienhinh.service.CatalogService;
import vn.dienhinh.service.Dates;
import vn.dienhinh.service.NominationService;
import vn.dienhinh.service.OfficeProfileService;
import vn.dienhinh.service.RegistryService;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.VietnameseText;

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
    private final Clock clock;
    private final ResidenceLetters letters;

    public DossierService(NominationService nominations, AwardService awards, RegistryService registry,
                          CatalogService catalog, OfficeProfileService profiles, Clock clock) {
        this.nominations = nominations;
        this.awards = awards;
        this.registry = registry;
        this.catalog = catalog;
        this.profiles = profiles;
        this.clock = clock;
        this.letters = new ResidenceLetters(nominations, catalog, profiles);
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
        return out;
    }

    /** Writes every file of the dossier into {@code folder}; returns their paths, the tờ trình first. */
    public List<Path> export(long nominationId, Path folder) {
        Nomination n = nominations.require(nominationId);
        DossierText t = text(n);
        DocumentMeta meta = new DocumentMeta(n.docNumber(), LocalDate.now(clock), false);
        DossierDocuments docs = new DossierDocuments(profiles.forDocuments());
        List<Path> out = fileNames(n.id(), t).stream().map(folder::resolve).toList();
        docs.submission(t, meta, out.get(0));
        docs.extract(t, meta, out.get(1));
        for (int i = 0; i < t.reports().size(); i++) {
            docs.achievementReport(t, t.reports().get(i), meta, out.get(2 + i));
        }
        new ExcelListWriter().write(out.get(out.size() - 1), new ExcelListWriter.Sheet(Messages.get("dossier.sheet"),
                Messages.get("dossier.extract.title"), t.subject(), List.of(
                ListColumn.centered(Messages.get("col.no"), 6), ListColumn.left(Messages.get("col.name"), 28),
                ListColumn.centered(Messages.get("col.birthYear"), 10),
                ListColumn.left(Messages.get("dossier.positionAndUnit"), 32),
                ListColumn.left(Messages.get("col.summary"), 50), ListColumn.left(Messages.get("dossier.formProposed"), 22))),
                sink -> {
                    int k = 1;
                    for (DossierText.NomineeLine l : t.nominees()) {
                        sink.accept(Arrays.asList(k++, l.name(), l.birthYear(), l.positionAndUnit(), l.summary(), l.form()));
                    }
                });
        List<Path> all = new ArrayList<>(out);
        all.addAll(letters.export(n, t, meta, folder));
        return all;
    }

    /** The dossier's words, filled from the registry. */
    public DossierText text(Nomination n) {
        AwardForm form = awards.form(n.formId());
        Map<String, AwardLevel> levels = awards.levelsByCode();
        AwardLevel level = levels.get(n.levelCode());
        String named = form.title() ? Messages.get("dossier.titleNamed", form.name()) : form.name();
        String formAndLevel = named + (level == null ? "" : " " + level.name().toLowerCase(Messages.LOCALE));
        Unit unit = n.proposingUnitId() == null ? null : catalog.unit(n.proposingUnitId());
        String unitName = unit == null ? profiles.forDocuments().agency() : unit.name();
        List<DossierText.NomineeLine> lines = new ArrayList<>();
        List<DossierText.AchievementReport> reports = new ArrayList<>();
        Map<ExemplarKind, Integer> kinds = new java.util.EnumMap<>(ExemplarKind.class);
        for (Nominee ne : n.nominees()) {
            Exemplar e = registry.require(ne.exemplarId());
            kinds.merge(e.kind(), 1, Integer::sum);
            Unit own = e.unitId() == null ? null : catalog.unit(e.unitId());
            String where = join(e.position(), e.workplace() != null ? e.workplace() : own == null ? null : own.name());
            lines.add(new DossierText.NomineeLine(e.name(), e.birthYear() == null ? "" : String.valueOf(e.birthYear()),
                    where, e.summary() == null ? "" : e.summary(), form.name()));
            List<String> deeds = registry.deeds(e.id()).stream().filter(d -> ne.deedIds().contains(d.id()))
                    .map(DossierService::deedLine).toList();
            reports.add(new DossierText.AchievementReport(e.name(), e.kind() == ExemplarKind.COLLECTIVE, background(e, own),
                    e.account() != null ? e.account() : e.summary(), deeds, priors(e.id(), n.id(), levels),
                    VietnameseText.fold(e.name()).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "")));
        }
        String subject = n.title() != null ? n.title() : Messages.get("dossier.ttr.subject", formAndLevel);
        return new DossierText(subject, n.authority() == null ? "" : n.authority(), unitName, formAndLevel,
                List.of(Messages.get("dossier.basis.law")), whom(kinds), lines, reports,
                profiles.forDocuments().defaultRecipients());
    }

    /** "2 cá nhân", "2 cá nhân và 1 tập thể", "1 cá nhân, 1 tập thể và 1 hộ gia đình". */
    public static String whom(Map<ExemplarKind, Integer> kinds) {
        List<String> parts = new ArrayList<>();
        kinds.forEach((k, count) -> parts.add(count + " " + Messages.get("campaign.kindLower." + k.name())));
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + Messages.get("dossier.and") + " "
                + parts.get(parts.size() - 1);
    }

    private static String deedLine(Deed d) {
        return (d.date() == null ? "" : Dates.format(d.date()) + ": ") + d.title()
                + (d.description() == null ? "" : ". " + d.description());
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
        add(out, "dossier.bg.name", e.name());
        add(out, "dossier.bg.gender", e.gender() == null ? null : Messages.of(e.gender()));
        add(out, "dossier.bg.birth", e.birthDate() != null ? Dates.format(e.birthDate())
                : e.birthYear() == null ? null : String.valueOf(e.birthYear()));
        add(out, "dossier.bg.residence", e.kind() == ExemplarKind.HOUSEHOLD ? e.address() : e.residence());
        add(out, "dossier.bg.position", e.position());
        add(out, "dossier.bg.workplace", e.workplace() != null ? e.workplace() : own == null ? null : own.name());
        add(out, "dossier.bg.model", e.newModel());
        return out;
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
