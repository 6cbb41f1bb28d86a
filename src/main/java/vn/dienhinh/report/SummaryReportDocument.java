package vn.dienhinh.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.dienhinh.model.ExemplarStatus;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.report.SummaryReportData.FieldRow;
import vn.dienhinh.report.SummaryReportData.QuarterRow;
import vn.dienhinh.report.SummaryReportData.UnitRow;
import vn.dienhinh.util.Messages;

/**
 * The sơ kết / tổng kết report (BÁO CÁO) of a year or a stage: I. results with counts by field, unit and
 * quarter and a column chart per quarter, campaign targets; II. assessment; III. tasks ahead; IV. proposals;
 * a long unit table as a Phụ lục after the signature.
 */
public final class SummaryReportDocument {

    private static final int SHORT_LABELS_AFTER = 6;

    private final OfficeProfile profile;

    public SummaryReportDocument(OfficeProfile profile) {
        this.profile = profile;
    }

    public void write(SummaryReportData data, DocumentMeta meta, Path target) {
        String review = Messages.get(data.finalReview() ? "doc.s.final" : "doc.s.preliminary");
        String agency = AgencyName.inSentence(profile.agency());
        String counted = data.partial() ? data.period() + " " + Messages.get("doc.asOf", VnDates.shortDate(data.asOf()))
                : data.period();
        try (OfficialDocument d = new OfficialDocument(profile)) {
            Appendices appendices = new Appendices(d, d.attachedTo(DocumentKind.REPORT, meta));
            d.header(DocumentKind.REPORT, meta)
                    .title(DocumentKind.REPORT, Messages.get("doc.s.subject", Punctuation.capitalFirst(review),
                            data.period()))
                    .paragraph(Messages.get("doc.s.intro", agency, review, counted));
            d.section(Messages.get("doc.s.results"));
            overview(d, data);
            fields(d, data.byField());
            units(d, data, appendices);
            quarters(d, data.byQuarter());
            if (!data.progress().isEmpty()) {
                d.subsection(Messages.get("doc.s.targets"));
                Punctuation.semicolonsThenPeriod(data.progress().stream().map(SummaryReportData.Target::line).toList())
                        .forEach(d::dash);
            }
            ReportSections s = data.sections();
            Assessment.write(d, s);
            d.section(Messages.get("doc.s.next"));
            d.prose(s.nextTasks().isBlank() ? Messages.get("doc.s.nextDefault") : s.nextTasks());
            if (!s.proposals().isBlank()) {
                d.section(Messages.get("doc.proposals"));
                d.prose(s.proposals());
            }
            d.closing(Messages.get("doc.s.closing", review, data.period(), agency));
            d.signature();
            appendices.write();
            d.save(target);
        }
    }

    private static void overview(OfficialDocument d, SummaryReportData data) {
        d.subsection(Messages.get("doc.s.found"));
        String kinds = QuarterlyReportDocument.kindsText(data.byKind());
        List<String> parts = new ArrayList<>();
        parts.add(data.found() == 0 ? Messages.get("doc.s.foundNone")
                : Messages.get("doc.s.foundSome", Counts.padded(data.found()), kinds.isEmpty() ? "" : " (" + kinds + ")"));
        parts.add(data.introductions() == 0 ? Messages.get("doc.s.introNone")
                : Messages.get("doc.s.introSome", Counts.padded(data.introductions())));
        parts.add(data.activities() == 0 ? Messages.get("doc.s.actsNone")
                : Messages.get("doc.s.actsSome", Counts.padded(data.activities())));
        d.paragraph(Messages.get("doc.s.foundLine", VnDates.shortDate(data.from()), VnDates.shortDate(data.asOf()),
                String.join("; ", parts)));
        List<String> lines = new ArrayList<>();
        for (ExemplarStatus s : ExemplarStatus.values()) {
            long n = data.byStatus().getOrDefault(s, 0L);
            if (n > 0) {
                lines.add(Messages.get("doc.s.status." + s.name(), Counts.padded(n)));
            }
        }
        if (!lines.isEmpty()) {
            d.paragraph(Messages.get("doc.s.statusAsOf", VnDates.shortDate(data.asOf())));
            Punctuation.semicolonsThenPeriod(lines).forEach(d::dash);
        }
        if (!data.sections().notes().isBlank()) {
            d.prose(data.sections().notes());
        }
    }

    private static void fields(OfficialDocument d, List<FieldRow> rows) {
        d.subsection(Messages.get("doc.s.byField"));
        List<List<?>> out = new ArrayList<>();
        long[] total = new long[4];
        int n = 0;
        for (FieldRow r : rows) {
            out.add(List.of(++n, r.field(), r.individuals(), r.collectives(), r.households(), Span.bold(r.total())));
            total[0] += r.individuals();
            total[1] += r.collectives();
            total[2] += r.households();
            total[3] += r.total();
        }
        out.add(List.of("", Span.bold(Messages.get("doc.col.total")), Span.bold(total[0]), Span.bold(total[1]),
                Span.bold(total[2]), Span.bold(total[3])));
        d.table(List.of(TableColumn.centered(Messages.get("col.no"), 1.1), TableColumn.left(Messages.get("col.fields"), 6.4),
                TableColumn.centered(Messages.get("doc.col.individuals"), 2), TableColumn.centered(Messages.get("doc.col.collectives"), 2),
                TableColumn.centered(Messages.get("doc.col.households"), 2), TableColumn.centered(Messages.get("doc.col.total"), 2)),
                out);
        d.caption(Messages.get("doc.s.fieldNote"));
    }

    private static void units(OfficialDocument d, SummaryReportData data, Appendices appendices) {
        d.subsection(Messages.get("doc.s.byUnit"));
        if (data.byUnit().isEmpty()) {
            d.paragraph(Messages.get("doc.s.none"));
            return;
        }
        List<List<?>> out = new ArrayList<>();
        long found = 0;
        long intro = 0;
        int n = 0;
        for (UnitRow r : data.byUnit()) {
            out.add(List.of(++n, r.unit(), r.found(), r.introductions()));
            found += r.found();
            intro += r.introductions();
        }
        out.add(List.of("", Span.bold(Messages.get("doc.col.total")), Span.bold(found), Span.bold(intro)));
        appendices.table(Messages.get("doc.s.appendix.units", data.period()),
                List.of(TableColumn.centered(Messages.get("col.no"), 1.1),
                        TableColumn.left(Messages.get("doc.col.unit"), 8.4),
                        TableColumn.centered(Messages.get("doc.col.found"), 3),
                        TableColumn.centered(Messages.get("doc.col.introductions"), 3)), out);
    }

    private static void quarters(OfficialDocument d, List<QuarterRow> rows) {
        d.subsection(Messages.get("doc.s.byQuarter"));
        List<List<?>> out = new ArrayList<>();
        for (QuarterRow r : rows) {
            out.add(List.of(Counts.quarterShort(r.quarter()), r.found(), r.introductions(), r.activities()));
        }
        d.table(List.of(TableColumn.centered(Messages.get("doc.col.quarter"), 3), TableColumn.centered(Messages.get("doc.col.found"), 3),
                TableColumn.centered(Messages.get("doc.col.introductions"), 3),
                TableColumn.centered(Messages.get("doc.col.activitiesShort"), 3)), out);
        if (!rows.isEmpty()) {
            // many quarters: "II/2025" under each group of columns, so the labels do not wrap
            List<String> labels = rows.stream().map(r -> rows.size() > SHORT_LABELS_AFTER
                    ? Messages.get("doc.quarterTiny", Numbering.roman(r.quarter().quarter()), String.valueOf(r.quarter().year()))
                    : Counts.quarterShort(r.quarter())).toList();
            d.chart(labels, List.of(
                    new ChartSeries(Messages.get("doc.col.found"), rows.stream().map(QuarterRow::found).toList()),
                    new ChartSeries(Messages.get("doc.col.introductions"), rows.stream().map(QuarterRow::introductions).toList()),
                    new ChartSeries(Messages.get("doc.col.activitiesShort"), rows.stream().map(QuarterRow::activities).toList())));
            d.caption(Messages.get("doc.s.chartCaption"));
        }
    }
}
