package vn.dienhinh.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.util.Messages;

/**
 * The nomination dossier in the Nghị định 30 layout (seed 003 III.5): the tờ trình of the proposing unit
 * (or of the office, to the level above it), the bản trích ngang thành tích attached to it, and one báo
 * cáo thành tích per nominee after the decree's form, certified by the head of the nominee's own unit.
 */
public final class DossierDocuments {

    /** Dots for the clerk to write on, where the form asks for what the registry does not keep. */
    private static final String TO_FILL = "……………………………………";

    private final OfficeProfile issuer;

    /** @param issuer the letterhead and signer of the tờ trình and the trích ngang */
    public DossierDocuments(OfficeProfile issuer) {
        this.issuer = issuer;
    }

    /** Tờ trình (TTr) of the issuer to the decider, "Nơi nhận: - Như trên; - Lưu: VT.". */
    public void submission(DossierText t, DocumentMeta meta, Path target) {
        try (OfficialDocument d = new OfficialDocument(issuer)) {
            d.header(DocumentKind.SUBMISSION, meta).title(DocumentKind.SUBMISSION, t.subject());
            d.addressedTo(t.addressedTo());
            if (!t.bases().isEmpty()) {
                d.bases(t.bases());
            }
            d.paragraph(Messages.get("dossier.ttr.bodyFrom", AgencyName.inSentence(issuer.agency()), t.decider(),
                    t.whom(), t.formAndLevel()));
            d.table(List.of(TableColumn.centered(Messages.get("col.no"), 0.8), TableColumn.left(Messages.get("col.name"), 3),
                    TableColumn.left(Messages.get("dossier.positionAndUnit"), 3.2),
                    TableColumn.left(Messages.get("dossier.formProposed"), 2.2)), rows(t, false));
            d.paragraph(Messages.get("dossier.ttr.attached"));
            d.closing(Messages.get("dossier.ttr.closing", t.decider()));
            d.signature(t.recipients()).save(target);
        }
    }

    /** Bản trích ngang thành tích, landscape, attached to the tờ trình it names, certified by the issuer's head. */
    public void extract(DossierText t, DocumentMeta meta, Path target) {
        try (OfficialDocument d = new OfficialDocument(issuer, true)) {
            d.unnumberedHeader(meta.date()); // the list is numbered by the tờ trình it is attached to
            d.title(Messages.get("dossier.extract.title"), t.subject(), false);
            d.caption(d.attachedTo(DocumentKind.SUBMISSION, meta));
            d.table(List.of(TableColumn.centered(Messages.get("col.no"), 0.7), TableColumn.left(Messages.get("col.name"), 2.2),
                    TableColumn.centered(Messages.get("col.birthYear"), 0.9),
                    TableColumn.left(Messages.get("dossier.positionAndUnit"), 2.6),
                    TableColumn.justified(Messages.get("col.summary"), 5),
                    TableColumn.left(Messages.get("dossier.formProposed"), 1.8)), rows(t, true));
            d.signatures(Messages.get("dossier.preparer"), "", Messages.get("dossier.report.sign.head"),
                    t.reports().isEmpty() ? "" : issuer.signerName());
            d.save(target);
        }
    }

    /**
     * One báo cáo thành tích after the decree's form: I. sơ lược lý lịch (or đặc điểm of a collective),
     * II. thành tích, III. the titles and commendations received with their decisions; on the letterhead of
     * the nominee's own unit, unnumbered, certified by its head "(Ký, đóng dấu)".
     */
    public void achievementReport(DossierText t, DossierText.AchievementReport r, DocumentMeta meta, Path target) {
        try (OfficialDocument d = new OfficialDocument(r.unit())) {
            d.unnumberedHeader(meta.date());
            // "BÁO CÁO THÀNH TÍCH / ĐỀ NGHỊ TẶNG GIẤY KHEN / CỦA CHỦ TỊCH …": who confers it on a line of its own,
            // rather than wherever the width breaks it ("CẤP HUYỆN, / QUẬN")
            d.title(Messages.get("dossier.report.title", t.formAndLevel().replaceFirst(" của ", "\ncủa ")),
                    held(r.name()), false);
            d.section(Messages.get(r.collective() ? "dossier.report.collective" : "dossier.report.background"));
            for (String[] kv : r.background()) {
                d.dash(kv[0] + ": " + (kv[1] == null || kv[1].isBlank() ? TO_FILL : kv[1]));
            }
            d.section(Messages.get("dossier.report.achievements"));
            if (r.achievements() != null && !r.achievements().isBlank()) {
                d.prose(r.achievements());
            }
            if (!r.deeds().isEmpty()) {
                d.paragraph(Messages.get("dossier.report.deeds"));
                Punctuation.semicolonsThenPeriod(r.deeds()).forEach(d::dash);
            }
            d.section(Messages.get("dossier.report.priors"));
            if (r.priors().isEmpty()) {
                d.paragraph(Messages.get("dossier.report.noPriors"));
            } else {
                List<List<?>> rows = new ArrayList<>();
                for (DossierText.Prior p : r.priors()) {
                    rows.add(List.of(p.year(), p.form(), p.decision(), p.issuer()));
                }
                d.table(List.of(TableColumn.centered(Messages.get("award.year"), 0.8),
                        TableColumn.left(Messages.get("award.form"), 2.6),
                        TableColumn.left(Messages.get("dossier.decisionNumberDate"), 2.4),
                        TableColumn.left(Messages.get("award.issuingBody"), 2.4)), rows);
            }
            d.signatures(Messages.get("dossier.report.sign.head"), r.certifier(),
                    Messages.get(r.collective() ? "dossier.report.sign.reporterCollective" : "dossier.report.sign.reporter"),
                    r.reporter());
            d.save(target);
        }
    }

    /** A name's words held together: a name never breaks across lines. */
    private static String held(String name) {
        return Punctuation.unbroken(name);
    }

    private static List<List<?>> rows(DossierText t, boolean full) {
        List<List<?>> rows = new ArrayList<>();
        int n = 1;
        for (DossierText.NomineeLine l : t.nominees()) {
            String summary = l.summary();
            if (!l.deeds().isEmpty()) {
                summary = (summary.isBlank() ? "" : Punctuation.stripEnd(summary) + ". ") + Messages.get("dossier.deedsLead")
                        + String.join("; ", l.deeds().stream().map(Punctuation::stripEnd).toList()) + ".";
            }
            rows.add(full ? List.of(n++, l.name(), l.birthYear(), l.positionAndUnit(), summary, l.form())
                    : List.of(n++, l.name(), l.positionAndUnit(), l.form()));
        }
        return rows;
    }
}
