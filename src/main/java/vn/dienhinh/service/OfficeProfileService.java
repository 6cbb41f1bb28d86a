package vn.dienhinh.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.model.SigningAuthority;
import vn.dienhinh.store.OfficeProfileRepository;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.VietnameseText;

/**
 * The office profile (Cài đặt): read, checked and saved. Every document is built from the stored
 * profile; an incomplete one is refused with a message per field, so the form can show it in place.
 */
public final class OfficeProfileService {

    static final int MAX_NAME = 150;
    static final int MAX_SYMBOL = 20;

    private final OfficeProfileRepository profiles;

    public OfficeProfileService(OfficeProfileRepository profiles) {
        this.profiles = profiles;
    }

    /**
     * True for the office's officer; false for a unit's clerk, who is refused ({@code scope.officeWork}): the documents the office signs and its settings are
     * the office's officer's (see {@link vn.dienhinh.model.Officer#checkOfficeWork}).
     */
    public boolean isOfficeOfficer() {
        return profiles.officer().seesAll();
    }

    /** Refused for a unit's clerk, as said at {@link #isOfficeOfficer}. */
    public void checkOfficeWork() {
        profiles.officer().checkOfficeWork("scope.work.documents");
    }

    public OfficeProfile load() {
        return profiles.load();
    }

    /** To whom the office's units and the office itself submit nominations. */
    public vn.dienhinh.model.OfficeHierarchy hierarchy() {
        return profiles.hierarchy();
    }

    /**
     * Where units send their exemplars, reports and dossiers: the advisory body set in Cài đặt ("Phòng Nội
     * vụ"), else the standing body's generic name, which needs no setting to be right.
     */
    public String sendTo() {
        String advisory = hierarchy().advisoryBody();
        return advisory == null || advisory.isBlank() ? Messages.get("reminder.sendToDefault") : advisory;
    }

    public void saveHierarchy(vn.dienhinh.model.OfficeHierarchy h) {
        checkOfficeWork();
        profiles.saveHierarchy(h);
    }


    /** True when the stored profile has everything a document needs. */
    public boolean isComplete() {
        return problems(load()).isEmpty();
    }

    /** True when nothing has been filled in yet (first run). */
    public boolean isEmpty() {
        OfficeProfile p = load();
        return p.agency().isBlank() && p.signerName().isBlank() && p.place().isBlank();
    }

    /**
     * The profile documents are built from: the stored one, its missing parts filled with the
     * placeholders of the Nghị định 30 template ("TÊN CƠ QUAN, TỔ CHỨC", "Họ và tên") so a document made
     * before the profile is complete shows plainly what to fill in. The window asks for the profile first.
     */
    public OfficeProfile forDocuments() {
        OfficeProfile p = load();
        return new OfficeProfile(p.parentAgency(), or(p.agency(), "doc.placeholder.agency"),
                or(p.place(), "doc.placeholder.place"), p.symbol(), or(p.signerName(), "doc.placeholder.signer"),
                or(p.signerTitle(), "doc.placeholder.title"), p.onBehalfOf(), p.authority(),
                p.authority() == SigningAuthority.OWN ? p.principalTitle() : or(p.principalTitle(), "doc.placeholder.title"),
                p.defaultRecipients(), p.draftingUnit());
    }

    private static String or(String value, String placeholderKey) {
        return value == null || value.isBlank() ? Messages.get(placeholderKey) : value;
    }

    /** Checks, cleans and saves; returns what was stored. */
    public OfficeProfile save(OfficeProfile draft) {
        checkOfficeWork();
        OfficeProfile p = clean(draft);
        Map<String, String> problems = problems(p);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        profiles.save(p);
        return p;
    }

    /**
     * Problems by field name (parentAgency, agency, place, symbol, draftingUnit, signerName, signerTitle,
     * principalTitle, recipients).
     */
    public static Map<String, String> problems(OfficeProfile p) {
        Map<String, String> out = new LinkedHashMap<>();
        required(out, "agency", p.agency(), "settings.valid.agency");
        tooLong(out, "parentAgency", p.parentAgency());
        tooLong(out, "agency", p.agency());
        required(out, "place", p.place(), "settings.valid.place");
        String symbol = p.symbol().strip();
        if (symbol.isEmpty()) {
            out.put("symbol", Messages.get("settings.valid.symbol"));
        } else if (!isSymbol(symbol)) {
            out.put("symbol", Messages.get("settings.valid.symbolForm", symbol));
        }
        String unit = p.draftingUnit().strip();
        if (!unit.isEmpty() && !isSymbol(unit)) {
            out.put("draftingUnit", Messages.get("settings.valid.draftingUnitForm", unit));
        }
        required(out, "signerName", p.signerName(), "settings.valid.signerName");
        required(out, "signerTitle", p.signerTitle(), "settings.valid.signerTitle");
        tooLong(out, "onBehalfOf", p.onBehalfOf());
        if (p.authority() != SigningAuthority.OWN && p.principalTitle().isBlank()) {
            out.put("principalTitle", Messages.get("settings.valid.principal", Messages.of(p.authority())));
        }
        for (String r : p.defaultRecipients()) {
            if (r.length() > 2 * MAX_NAME) {
                out.put("recipients", Messages.get("settings.valid.recipient", MAX_NAME * 2));
                break;
            }
        }
        return out;
    }

    /** "UBND", "VP-HĐND": letters and digits joined by "-", "." or "&", at most {@value #MAX_SYMBOL} characters. */
    private static boolean isSymbol(String s) {
        return s.length() <= MAX_SYMBOL && s.matches("[\\p{L}\\p{N}]+([-.&][\\p{L}\\p{N}]+)*");
    }

    private static void required(Map<String, String> out, String field, String value, String key) {
        if (value == null || value.isBlank()) {
            out.putIfAbsent(field, Messages.get(key));
        }
    }

    private static void tooLong(Map<String, String> out, String field, String value) {
        if (value != null && value.strip().length() > MAX_NAME) {
            out.putIfAbsent(field, Messages.get("settings.valid.tooLong", MAX_NAME));
        }
    }

    /** NFC, spaces collapsed, recipients one per non-blank line without their dashes. */
    static OfficeProfile clean(OfficeProfile p) {
        List<String> recipients = new ArrayList<>();
        for (String r : p.defaultRecipients()) {
            for (String line : r.split("\\R")) {
                String c = VietnameseText.clean(line).replaceFirst("^[-–—+•*]\\s*", "");
                if (!c.isEmpty()) {
                    recipients.add(c);
                }
            }
        }
        return new OfficeProfile(VietnameseText.clean(p.parentAgency()), VietnameseText.clean(p.agency()),
                VietnameseText.clean(p.place()), VietnameseText.clean(p.symbol()).replace(" ", ""),
                VietnameseText.clean(p.signerName()), VietnameseText.clean(p.signerTitle()),
                VietnameseText.clean(p.onBehalfOf()), p.authority(), VietnameseText.clean(p.principalTitle()),
                recipients, VietnameseText.clean(p.draftingUnit()).replace(" ", ""));
    }

    // ---- the export folder ----

    /** The folder documents were last exported to, when it still exists; otherwise null. */
    public Path exportFolder() {
        String f = profiles.exportFolder();
        if (f == null || f.isBlank()) {
            return null;
        }
        Path p = Path.of(f);
        return Files.isDirectory(p) ? p : null;
    }

    public void rememberExportFolder(Path folder) {
        profiles.saveExportFolder(folder == null ? null : folder.toAbsolutePath().normalize().toString());
    }
}
