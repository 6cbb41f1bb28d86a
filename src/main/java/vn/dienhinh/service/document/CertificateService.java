package vn.dienhinh.service.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.Certificate;
import vn.dienhinh.model.CertificateLayout;
import vn.dienhinh.model.CertificateSlot;
import vn.dienhinh.model.Commendation;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.FieldPlacement;
import vn.dienhinh.model.Nomination;
import vn.dienhinh.model.NominationStatus;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.model.PrinterOffset;
import vn.dienhinh.model.SigningAuthority;
import vn.dienhinh.model.Unit;
import vn.dienhinh.report.CertificatePdf;
import vn.dienhinh.report.CertificatePrinting;
import vn.dienhinh.report.OfficialDocument;
import vn.dienhinh.report.VnDates;
import vn.dienhinh.service.AwardService;
import vn.dienhinh.service.CampaignService;
import vn.dienhinh.service.CatalogService;
import vn.dienhinh.service.Dates;
import vn.dienhinh.service.NominationService;
import vn.dienhinh.service.OfficeProfileService;
import vn.dienhinh.service.RegistryService;
import vn.dienhinh.store.CertificateLayoutRepository;
import vn.dienhinh.store.CommendationRepository;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;
import vn.dienhinh.util.VietnameseText;

/**
 * Certificates on pre-printed blanks: the layouts of the blanks (checked before they are saved), the printer's
 * offset, the text of each recipient's certificate from the registry and the office profile, and the PDF,
 * the calibration page and the print.
 */
public final class CertificateService {

    static final double MIN_PAGE_MM = 50;
    static final double MAX_PAGE_MM = 1000;
    static final double MIN_SIZE = 4;
    static final double MAX_SIZE = 96;
    static final int MAX_LINES = 10;

    private final CertificateLayoutRepository layouts;
    private final CommendationRepository commendations;
    private final AwardService awards;
    private final NominationService nominations;
    private final RegistryService registry;
    private final CatalogService catalog;
    private final CampaignService campaigns;
    private final OfficeProfileService profiles;

    public CertificateService(CertificateLayoutRepository layouts, CommendationRepository commendations,
                              AwardService awards, NominationService nominations, RegistryService registry,
                              CatalogService catalog, CampaignService campaigns, OfficeProfileService profiles) {
        this.layouts = layouts;
        this.commendations = commendations;
        this.awards = awards;
        this.nominations = nominations;
        this.registry = registry;
        this.catalog = catalog;
        this.campaigns = campaigns;
        this.profiles = profiles;
    }

    // ---- layouts ----

    public List<CertificateLayout> layouts() {
        return layouts.all();
    }

    public CertificateLayout layout(long id) {
        CertificateLayout l = layouts.find(id);
        if (l == null) {
            throw new UserException("certificate.layoutNotFound", id);
        }
        return l;
    }

    /**
     * The layout to print with: the one named {@code name} (ignoring case and diacritics) when given, else
     * the one made for the award form, else the smallest blank (the giấy khen's, the commonest).
     */
    public CertificateLayout layoutFor(Long formId, String name) {
        List<CertificateLayout> all = layouts.all();
        if (all.isEmpty()) {
            throw new UserException("certificate.noLayout");
        }
        if (name != null && !name.isBlank()) {
            CertificateLayout l = layouts.findByName(name);
            if (l == null) {
                throw new UserException("certificate.layoutUnknown", name,
                        String.join("; ", all.stream().map(CertificateLayout::name).toList()));
            }
            return l;
        }
        if (formId != null) {
            for (CertificateLayout l : all) {
                if (formId.equals(l.formId())) {
                    return l;
                }
            }
        }
        return all.stream().min(java.util.Comparator.comparingDouble(l -> l.pageWidthMm() * l.pageHeightMm()))
                .orElseThrow();
    }

    /** Checks and saves the layout; one Vietnamese sentence naming the field and what is wrong otherwise. */
    public CertificateLayout save(CertificateLayout draft) {
        String name = VietnameseText.clean(draft.name());
        if (name.isEmpty()) {
            throw new UserException("certificate.nameNeeded");
        }
        if (layouts.otherNamed(name, draft.id()) != null) {
            throw new UserException("certificate.nameTaken", name);
        }
        if (draft.formId() != null) {
            awards.form(draft.formId());
        }
        checkPage(draft.pageWidthMm(), draft.pageHeightMm());
        for (FieldPlacement f : draft.fields()) {
            check(f, draft);
        }
        return layouts.save(draft.named(name, draft.formId()));
    }

    /** A new layout named {@code name}, a copy of {@code from}'s page and fields, saved. */
    public CertificateLayout copy(CertificateLayout from, String name) {
        return save(new CertificateLayout(null, name, from.formId(), from.pageWidthMm(), from.pageHeightMm(),
                from.scanImage(), from.fields()));
    }

    /** Deletes the layout; the last one stays, since nothing could be printed without it. */
    public void delete(long id) {
        layout(id);
        if (layouts.all().size() <= 1) {
            throw new UserException("certificate.lastLayout");
        }
        layouts.delete(id);
    }

    public PrinterOffset printerOffset() {
        return layouts.printerOffset();
    }

    public PrinterOffset savePrinterOffset(PrinterOffset p) {
        if (Math.abs(p.xMm()) > PrinterOffset.MAX_MM || Math.abs(p.yMm()) > PrinterOffset.MAX_MM
                || Double.isNaN(p.xMm()) || Double.isNaN(p.yMm())) {
            throw new UserException("certificate.offsetRange", fmt(PrinterOffset.MAX_MM));
        }
        PrinterOffset rounded = new PrinterOffset(FieldPlacement.round(p.xMm()), FieldPlacement.round(p.yMm()));
        layouts.savePrinterOffset(rounded);
        return rounded;
    }

    private static void checkPage(double w, double h) {
        if (!(w >= MIN_PAGE_MM && w <= MAX_PAGE_MM && h >= MIN_PAGE_MM && h <= MAX_PAGE_MM)) {
            throw new UserException("certificate.pageRange", fmt(MIN_PAGE_MM), fmt(MAX_PAGE_MM));
        }
    }

    private static void check(FieldPlacement f, CertificateLayout l) {
        String field = Messages.of(f.slot());
        if (!(f.widthMm() >= 5)) {
            throw new UserException("certificate.fieldWidth", field);
        }
        if (f.xMm() < 0 || f.xMm() + f.widthMm() > l.pageWidthMm() + 1e-9) {
            throw new UserException("certificate.fieldOutsideX", field, fmt(f.xMm()), fmt(f.xMm() + f.widthMm()),
                    fmt(l.pageWidthMm()));
        }
        if (f.topMm() < 0 || f.bottomMm() > l.pageHeightMm() + 1e-9) {
            throw new UserException("certificate.fieldOutsideY", field, fmt(f.yMm()), fmt(l.pageHeightMm()));
        }
        if (!(f.fontSize() >= MIN_SIZE && f.fontSize() <= MAX_SIZE)) {
            throw new UserException("certificate.fieldSize", field, fmt(MIN_SIZE), fmt(MAX_SIZE));
        }
        if (f.maxLines() > MAX_LINES) {
            throw new UserException("certificate.fieldLines", field, MAX_LINES);
        }
    }

    // ---- what each certificate says ----

    /**
     * One certificate per commendation the decided nomination brought, in the nomination's order;
     * {@code achievement}, when given, is the achievement line of every one of them.
     */
    public List<Certificate> forNomination(long nominationId, String achievement) {
        Nomination n = nominations.require(nominationId);
        if (n.status() != NominationStatus.DECIDED) {
            throw new UserException("certificate.notDecided", nominationId, Messages.of(n.status()));
        }
        List<Commendation> granted = new ArrayList<>();
        for (var ne : n.nominees()) {
            for (Commendation c : commendations.ofExemplar(ne.exemplarId())) {
                if (c.nominationId() != null && c.nominationId() == nominationId) {
                    granted.add(c);
                }
            }
        }
        if (granted.isEmpty()) {
            throw new UserException("certificate.noneGranted", nominationId);
        }
        return texts(granted, achievement);
    }

    /** One certificate per commendation, in the order given. */
    public List<Certificate> forCommendations(List<Long> commendationIds, String achievement) {
        List<Commendation> list = new ArrayList<>();
        for (Long id : commendationIds) {
            Commendation c = commendations.find(id);
            if (c == null) {
                throw new UserException("certificate.commendationNotFound", id);
            }
            list.add(c);
        }
        if (list.isEmpty()) {
            throw new UserException("certificate.nothingChosen");
        }
        return texts(list, achievement);
    }

    /** The award form most of these certificates are for (to choose the layout), or null. */
    public Long formOf(long nominationId) {
        return nominations.require(nominationId).formId();
    }

    /** The award form most of the chosen commendations are for (to choose the layout), or null. */
    public Long formOfCommendations(List<Long> commendationIds) {
        Map<Long, Integer> counts = new java.util.LinkedHashMap<>();
        for (Long id : commendationIds) {
            Commendation c = commendations.find(id);
            if (c != null) {
                counts.merge(c.formId(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** Today as "2026-11-23", for the names of files written today. */
    public String today() {
        return registry.today().toString();
    }

    private List<Certificate> texts(List<Commendation> list, String achievement) {
        OfficeProfile p = profiles.forDocuments();
        List<Certificate> out = new ArrayList<>();
        for (Commendation c : list) {
            Exemplar e = registry.require(c.exemplarId());
            Map<CertificateSlot, String> t = new EnumMap<>(CertificateSlot.class);
            t.put(CertificateSlot.ISSUER, issuer(p));
            t.put(CertificateSlot.RECIPIENT, recipient(e));
            t.put(CertificateSlot.DETAIL, detail(e));
            t.put(CertificateSlot.ACHIEVEMENT, achievement != null && !achievement.isBlank()
                    ? VietnameseText.clean(achievement) : achievement(c, e));
            t.put(CertificateSlot.DECISION, c.decisionNumber() == null || c.decisionNumber().isBlank()
                    ? Messages.get("certificate.decisionUndated", Dates.format(c.decisionDate()))
                    : Messages.get("certificate.decision", c.decisionNumber().strip(), Dates.format(c.decisionDate())));
            t.put(CertificateSlot.PLACE_DATE, VnDates.placeAndDate(p.place(), c.decisionDate()));
            t.put(CertificateSlot.SIGNER_TITLE,
                    String.join("\n", OfficialDocument.signatureLines(p.signingFor(issuer(p)))));
            t.put(CertificateSlot.SIGNER_NAME, p.signerName());
            out.add(new Certificate(c.id(), e.name(), t));
        }
        return out;
    }

    /** "CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN 1": the head's title and the agency, who awards in the office's name. */
    static String issuer(OfficeProfile p) {
        String title = p.authority() == SigningAuthority.OWN || p.principalTitle().isBlank() ? p.signerTitle()
                : p.principalTitle();
        return VietnameseText.upper((VietnameseText.clean(title) + " " + VietnameseText.clean(p.agency())).strip());
    }

    /** "Ông Nguyễn Văn A", "Bà …"; a collective by its name; "Gia đình ông …" for a household. */
    static String recipient(Exemplar e) {
        String name = VietnameseText.clean(e.name());
        return switch (e.kind()) {
            case INDIVIDUAL -> e.gender() == null ? name : Messages.get("certificate.person." + e.gender().name(), name);
            case COLLECTIVE -> name;
            case HOUSEHOLD -> e.gender() == null ? Messages.get("certificate.household", name)
                    : Messages.get("certificate.household." + e.gender().name(), name);
        };
    }

    /** Position and unit of a person; the unit a collective belongs to; a household's address. */
    private String detail(Exemplar e) {
        Unit own = e.unitId() == null ? null : catalog.unit(e.unitId());
        String unit = own == null ? null : own.name();
        if (e.kind() == ExemplarKind.COLLECTIVE) {
            return unit == null || VietnameseText.fold(e.name()).contains(VietnameseText.fold(unit)) ? "" : unit; // "Ban công tác Mặt trận Khu phố 2, …" already says where
        }
        if (e.kind() == ExemplarKind.HOUSEHOLD) {
            return e.address() == null || e.address().isBlank() ? "" : Messages.get("certificate.address", e.address().strip());
        }
        String where = e.workplace() != null && !e.workplace().isBlank() ? e.workplace() : unit;
        return join(e.position(), where);
    }

    /** The campaign's line when the commendation has one, else the exemplar's own achievement, else the year's. */
    private String achievement(Commendation c, Exemplar e) {
        String year = String.valueOf(c.decisionDate().getYear());
        if (c.campaignId() != null) {
            String name = VietnameseText.clean(campaigns.require(c.campaignId()).name());
            return Messages.get("certificate.achievement.campaign", name)
                    + (name.contains(year) ? "" : " " + Messages.get("certificate.year", year));
        }
        if (e.summary() != null && !e.summary().isBlank()) {
            return Messages.get("certificate.achievement.summary",
                    VietnameseText.clean(e.summary()).replaceAll("[.;,\\s]+$", ""));
        }
        return Messages.get("certificate.achievement.year", year);
    }

    /** A certificate that shows every slot with a realistic length, for the layout editor's preview. */
    public Certificate sample() {
        OfficeProfile p = profiles.forDocuments();
        Map<CertificateSlot, String> t = new EnumMap<>(CertificateSlot.class);
        java.time.LocalDate today = registry.today();
        t.put(CertificateSlot.ISSUER, issuer(p));
        t.put(CertificateSlot.RECIPIENT, Messages.get("certificate.sample.recipient"));
        t.put(CertificateSlot.DETAIL, Messages.get("certificate.sample.detail"));
        t.put(CertificateSlot.ACHIEVEMENT, Messages.get("certificate.sample.achievement"));
        t.put(CertificateSlot.DECISION, Messages.get("certificate.decision", "125/QĐ-" + (p.symbol().isBlank() ? "UBND"
                : p.symbol()), Dates.format(today)));
        t.put(CertificateSlot.PLACE_DATE, VnDates.placeAndDate(p.place(), today));
        t.put(CertificateSlot.SIGNER_TITLE,
                String.join("\n", OfficialDocument.signatureLines(p.signingFor(issuer(p)))));
        t.put(CertificateSlot.SIGNER_NAME, p.signerName());
        return new Certificate(null, Messages.get("certificate.sample.name"), t);
    }

    // ---- output ----

    /** Writes the certificates as a PDF (one page each) with the printer's offset; returns the file. */
    public Path writePdf(CertificateLayout layout, List<Certificate> certificates, Path target) {
        CertificatePdf.write(layout, certificates, printerOffset(), target);
        return target;
    }

    /** Writes the layout's calibration page as a PDF; returns the file. */
    public Path writeCalibration(CertificateLayout layout, Path target) {
        return writeCalibration(layout, printerOffset(), target);
    }

    /** The calibration page of a layout being edited, with the offset as typed (not yet saved). */
    public Path writeCalibration(CertificateLayout layout, PrinterOffset offset, Path target) {
        CertificatePdf.writeCalibration(layout, offset, target);
        return target;
    }

    /** Prints the certificates through the print dialog; false when the officer cancels it. */
    public boolean print(CertificateLayout layout, List<Certificate> certificates) {
        return CertificatePrinting.print(CertificatePdf.build(layout, certificates, printerOffset()),
                Messages.get("certificate.pdfTitle", layout.name()));
    }

    /** Prints the calibration page through the print dialog; false when the officer cancels it. */
    public boolean printCalibration(CertificateLayout layout) {
        return printCalibration(layout, printerOffset());
    }

    /** Prints the calibration page of a layout being edited, with the offset as typed. */
    public boolean printCalibration(CertificateLayout layout, PrinterOffset offset) {
        return CertificatePrinting.print(CertificatePdf.buildCalibration(layout, offset),
                Messages.get("certificate.calibrationTitle", layout.name()));
    }

    /** The award forms, for choosing which one a layout is for. */
    public List<AwardForm> forms() {
        return awards.forms();
    }

    private static String join(String a, String b) {
        String x = a == null ? "" : VietnameseText.clean(a);
        String y = b == null ? "" : VietnameseText.clean(b);
        if (x.isEmpty()) {
            return y;
        }
        return y.isEmpty() ? x : x + ", " + y;
    }

    static String fmt(double mm) {
        return vn.dienhinh.report.Millimetres.format(mm);
    }
}
