package vn.dienhinh.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.util.Messages;

/**
 * The nomination dossier in the Nghị định 30 layout (seed 003 III.5): the tờ trình asking for the
 * commendation, the bản trích ngang thành tích certified by the head of the proposing unit, and
 * one báo cáo thành tích per nominee with the table of titles and commendations already received.
 */
public final class DossierDocuments {

    private final OfficeProfile office;

    public DossierDocuments(OfficeProfile office) {
        this.office = office;
    }

    /** Tờ trình (TTr) of the office to the authority. */
    public void submission(DossierText t, DocumentMeta meta, Path target) {
        try (OfficialDocument d = new OfficialDocument(office)) {
            d.header(DocumentKind.SUBMISSION, meta).title(DocumentKind.SUBMISSION, t.subject());
            d.addressedTo(t.authority());
            if (!t.bases().isEmpty()) {
                d.bases(t.bases());
            }
            d.paragraph(Messages.get("dossier.ttr.body", t.unitName(), t.whom(), t.formAndLevel()));
            d.table(List.of(TableColumn.centered(Messages.get("col.no"), 0.8), TableColumn.left(Messages.get("col.name"), 3),
                    TableColumn.left(Messages.get("dossier.positionAndUnit"), 3.2),
                    TableColumn.left(Messages.get("dossier.formProposed"), 2.2)), rows(t, false));
            d.paragraph(Messages.get("dossier.ttr.attached"));
            d.closing(Messages.get("dossier.ttr.closing", t.authority()));
            d.signature(t.recipients()).save(target);
        }
    }

    /** Bản trích ngang thành tích, landscape, certified by the head of the proposing unit. */
    public void extract(DossierText t, DocumentMeta meta, Path target) {
        try (OfficialDocument d = new OfficialDocument(office, true)) {
            d.header(DocumentKind.REPORT, new DocumentMeta(null, meta.date(), meta.dayLeftOpen()));
            d.title(Messages.get("dossier.extract.title"), t.subject(), true);
            d.table(List.of(TableColumn.centered(Messages.get("col.no"), 0.7), TableColumn.left(Messages.get("col.name"), 2.2),
                    TableColumn.centered(Messages.get("col.birthYear"), 0.9),
                    TableColumn.left(Messages.get("dossier.positionAndUnit"), 2.6),
                    TableColumn.justified(Messages.get("col.summary"), 5),
                    TableColumn.left(Messages.get("dossier.formProposed"), 1.8)), rows(t, true));
            d.signatures(Messages.get("dossier.preparer"), "", Messages.get("dossier.headOfUnit", t.unitName()), "");
            d.save(target);
        }
    }

    /** One báo cáo thành tích (I. lý lịch or đặc điểm; II. thành tích; III. khen thưởng đã nhận). */
    public void achievementReport(DossierText t, DossierText.AchievementReport r, DocumentMeta meta, Path target) {
        OfficeProfile unit = new OfficeProfile(office.agency(), t.unitName(), office.place(), office.symbol(), "", "", "",
                office.authority(), "", List.of());
        try (OfficialDocument d = new OfficialDocument(unit)) {
            d.header(DocumentKind.REPORT, new DocumentMeta(null, meta.date(), meta.dayLeftOpen()));
            d.title(Messages.get("dossier.report.title", t.formAndLevel()), r.name(), false);
            d.section(Messages.get(r.collective() ? "dossier.report.collective" : "dossier.report.background"));
            for (String[] kv : r.background()) {
                d.dash(kv[0] + ": " + kv[1]);
            }
            d.section(Messages.get("dossier.report.achievements"));
            if (r.achievements() != null && !r.achievements().isBlank()) {
                d.prose(r.achievements());
            }
            if (!r.deeds().isEmpty()) {
                d.paragraph(Messages.get("dossier.report.deeds"));
                r.deeds().forEach(d::dash);
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
            d.signatures(Messages.get("dossier.headOfUnit", t.unitName()), "",
                    Messages.get(r.collective() ? "dossier.reporterCollective" : "dossier.reporter"),
                    r.collective() ? "" : r.name());
            d.save(target);
        }
    }

    private static List<List<?>> rows(DossierText t, boolean full) {
        List<List<?>> rows = new ArrayList<>();
        int n = 1;
        for (DossierText.NomineeLine l : t.nominees()) {
            rows.add(full ? List.of(n++, l.name(), l.birthYear(), l.positionAndUnit(), l.summary(), l.form())
                    : List.of(n++, l.name(), l.positionAndUnit(), l.form()));
        }
        return rows;
    }
}
