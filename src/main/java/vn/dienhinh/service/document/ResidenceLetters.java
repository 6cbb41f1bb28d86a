package vn.dienhinh.service.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.Nomination;
import vn.dienhinh.model.Unit;
import vn.dienhinh.report.AgencyName;
import vn.dienhinh.report.DocumentMeta;
import vn.dienhinh.report.DossierText;
import vn.dienhinh.report.ResidenceLetterDocument;
import vn.dienhinh.report.ResidenceLetterText;
import vn.dienhinh.service.CampaignService;
import vn.dienhinh.service.CatalogService;
import vn.dienhinh.service.Dates;
import vn.dienhinh.service.NominationService;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.VietnameseText;

/**
 * The residence confirmation letters of a dossier (seed 003 III.5): one per individual nominee, from the
 * issuer of the dossier's tờ trình to the People's Committee of the commune or ward found in the nominee's
 * residence, written beside the dossier's other papers.
 */
final class ResidenceLetters {

    /** The commune-level part of an address: "phường Bến Thành", "Xã Tân Phú", "thị trấn …", "đặc khu …". */
    private static final Pattern COMMUNE = Pattern.compile("(?iu)^(phường|xã|thị trấn|đặc khu)\\s+(\\S.*)$");

    private final NominationService nominations;
    private final CatalogService catalog;
    private final CampaignService campaigns;

    ResidenceLetters(NominationService nominations, CatalogService catalog, CampaignService campaigns) {
        this.nominations = nominations;
        this.catalog = catalog;
        this.campaigns = campaigns;
    }

    /** "HoSo-DeNghi12-XacNhanCuTru-01-nguyen-van-an.docx", one per individual nominee. */
    List<String> fileNames(Nomination n) {
        List<String> out = new ArrayList<>();
        int i = 1;
        for (Exemplar e : nominations.residenceLetterNominees(n)) {
            out.add(vn.dienhinh.util.FileNames.safe(String.format("%s-XacNhanCuTru-%02d-%s.docx", Messages.get("dossier.file",
                    n.id()), i++, stem(e))));
        }
        return out;
    }

    /** Writes the letters into {@code folder}; returns their paths in the nominees' order. */
    List<Path> export(Nomination n, DossierText dossier, DocumentMeta meta, Path folder) {
        List<Exemplar> people = nominations.residenceLetterNominees(n);
        List<String> names = fileNames(n);
        ResidenceLetterDocument doc = new ResidenceLetterDocument(dossier.issuer());
        String basis = n.campaignId() == null ? Messages.get("residence.basis")
                : PlanBasis.of(campaigns.require(n.campaignId())).replaceFirst("^Thực hiện", "Theo");
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Path target = folder.resolve(names.get(i));
            // a letter of its own: numbered by the clerk when sent, dated as the dossier
            doc.write(text(people.get(i), dossier, basis), new DocumentMeta(null, meta.date(), meta.dayLeftOpen()),
                    target);
            out.add(target);
        }
        return out;
    }

    /**
     * The letter's words for one person: from the issuer of the dossier's tờ trình (the proposing unit, or
     * the office for its own nomination) to the People's Committee of the commune or ward of residence.
     */
    ResidenceLetterText text(Exemplar e, DossierText dossier, String basis) {
        String residence = e.residence() == null ? "" : VietnameseText.clean(e.residence());
        String[] commune = commune(residence);
        String who = Messages.get(e.gender() == null ? "residence.person" : "residence.person." + e.gender().name(),
                VietnameseText.clean(e.name()));
        String locality = commune == null ? Messages.get("residence.localityUnknown")
                : Messages.get("residence.locality", commune[0]);
        String addressee = commune == null ? locality : commune[1].isEmpty() ? locality : locality + ", " + commune[1];
        List<String[]> lines = new ArrayList<>();
        add(lines, "residence.name", VietnameseText.clean(e.name()));
        add(lines, "residence.gender", e.gender() == null ? null : Messages.of(e.gender()));
        add(lines, e.birthDate() != null ? "residence.birthDate" : "residence.birthYear", e.birthDate() != null
                ? Dates.format(e.birthDate()) : e.birthYear() == null ? null : String.valueOf(e.birthYear()));
        add(lines, "residence.idNumber", e.idNumber());
        lines.add(new String[]{Messages.get("residence.residence"), residence.isEmpty() ? Messages.get("residence.blank")
                : residence});
        Unit own = e.unitId() == null ? null : catalog.unit(e.unitId());
        String work = join(e.position(), e.workplace() != null && !e.workplace().isBlank() ? e.workplace()
                : own == null ? null : own.name());
        add(lines, "residence.work", work);
        String issuer = AgencyName.inSentence(dossier.issuer().agency());
        return new ResidenceLetterText(Messages.get("residence.summary", who), addressee, VietnameseText.upper(locality),
                Messages.get("residence.openingFrom", issuer, dossier.formAndLevel(), who), lines,
                Messages.get("residence.requestFrom", basis, issuer, locality, who),
                Messages.get("residence.confirm", locality, who, residence.isEmpty() ? Messages.get("residence.blank")
                        : residence), dossier.recipients(), stem(e));
    }

    /**
     * The commune or ward of an address and what follows it: "Số 6 đường Lý Tự Trọng, phường Bến Thành, Quận 1"
     * gives {"phường Bến Thành", "Quận 1"}; null when the address names none.
     */
    static String[] commune(String address) {
        if (address == null) {
            return null;
        }
        String[] parts = address.split(",");
        for (int i = 0; i < parts.length; i++) {
            Matcher m = COMMUNE.matcher(parts[i].strip());
            if (m.matches()) {
                String rest = String.join(",", java.util.Arrays.copyOfRange(parts, i + 1, parts.length)).strip();
                return new String[]{m.group(1).toLowerCase(Messages.LOCALE) + " " + m.group(2).strip(), rest};
            }
        }
        return null;
    }

    private static String stem(Exemplar e) {
        return vn.dienhinh.util.FileNames.slug(e.name(), "ten");
    }

    private static void add(List<String[]> out, String key, String value) {
        if (value != null && !value.isBlank()) {
            out.add(new String[]{Messages.get(key), VietnameseText.clean(value)});
        }
    }

    private static String join(String a, String b) {
        String x = a == null ? "" : VietnameseText.clean(a);
        String y = b == null ? "" : VietnameseText.clean(b);
        return x.isEmpty() ? y : y.isEmpty() ? x : x + ", " + y;
    }
}
