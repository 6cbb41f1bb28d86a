package vn.dienhinh.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dienhinh.model.ActivityForm;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.model.QuarterCommendation;
import vn.dienhinh.report.QuarterlyReportData.ActivityLine;
import vn.dienhinh.report.QuarterlyReportData.Figures;
import vn.dienhinh.report.QuarterlyReportData.Introduced;
import vn.dienhinh.report.QuarterlyReportData.Owing;
import vn.dienhinh.report.QuarterlyReportData.QuotaGap;
import vn.dienhinh.util.Messages;

/**
 * The quarterly summary report (BÁO CÁO) in Word: I. results (the quarter in figures, the exemplars
 * introduced by field, the units that did not send theirs, propaganda, commendations and nominations,
 * the comparison with the previous quarter), II. assessment, III. tasks for the next quarter, IV.
 * proposals, Nơi nhận and signature; tables longer than {@link Appendices#ROWS} rows follow as appendices.
 * People are counted once however many fields they were introduced for; a quarter not over on the
 * report's date is counted "tính đến ngày …", and says so where it is compared.
 */
public final class QuarterlyReportDocument {

    private final OfficeProfile profile;

    public QuarterlyReportDocument(OfficeProfile profile) {
        this.profile = profile;
    }

    public void write(QuarterlyReportData data, DocumentMeta meta, Path target) {
        String quarter = Counts.quarter(data.quarter());
        String counted = data.partial() ? quarter + " " + Messages.get("doc.asOf", VnDates.shortDate(data.asOf()))
                : quarter;
        String agency = AgencyName.inSentence(profile.agency());
        try (OfficialDocument d = new OfficialDocument(profile)) {
            Appendices appendices = new Appendices(d, d.attachedTo(DocumentKind.REPORT, meta));
            d.header(DocumentKind.REPORT, meta).title(DocumentKind.REPORT, Messages.get("doc.q.subject", quarter));
            if (!data.bases().isEmpty()) {
                d.bases(data.bases());
            }
            d.paragraph(Messages.get("doc.q.intro", agency, counted));
            d.section(Messages.get("doc.q.results"));
            overview(d, data, counted);
            introduced(d, data, appendices);
            gaps(d, data.gaps(), appendices);
            activities(d, data.activities(), appendices);
            commendations(d, data, appendices);
            comparison(d, data);
            ReportSections s = data.sections();
            Assessment.write(d, s);
            d.section(Messages.get("doc.q.next"));
            d.prose(s.nextTasks().isBlank() ? Messages.get("doc.q.nextDefault", quarter,
                    Counts.quarter(data.quarter().next())) : s.nextTasks());
            if (!s.proposals().isBlank()) {
                d.section(Messages.get("doc.proposals"));
                d.prose(s.proposals());
            }
            d.closing(Messages.get("doc.q.closing", quarter, agency));
            d.signature();
            appendices.write();
            d.save(target);
        }
    }

    private static void overview(OfficialDocument d, QuarterlyReportData data, String counted) {
        d.subsection(Messages.get("doc.q.overview"));
        Map<Long, ExemplarKind> people = new LinkedHashMap<>();
        data.introduced().forEach(i -> people.putIfAbsent(i.exemplarId(), i.kind() == null ? ExemplarKind.INDIVIDUAL
                : i.kind()));
        Map<ExemplarKind, Long> kinds = new EnumMap<>(ExemplarKind.class);
        people.values().forEach(k -> kinds.merge(k, 1L, Long::sum));
        long units = data.introduced().stream().map(Introduced::unit).distinct().count();
        long fields = data.introduced().stream().map(Introduced::field).filter(f -> !f.isEmpty()).distinct().count();
        Figures f = data.current();
        String intro = data.introduced().isEmpty() ? Messages.get("doc.q.overviewNone", counted)
                : Messages.get("doc.q.overviewSent", counted, Counts.padded(units), Counts.padded(people.size()),
                kindsText(kinds), Counts.padded(data.introduced().size()), Counts.padded(fields));
        String found = f.found() == 0 ? Messages.get("doc.q.foundNone")
                : Messages.get("doc.q.foundSome", Counts.padded(f.found()));
        String acts = f.activities() == 0 ? Messages.get("doc.q.actsNone")
                : Messages.get("doc.q.actsSome", Counts.padded(f.activities()));
        d.paragraph(intro + Messages.get("doc.q.overviewRest", found, acts));
        if (!data.sections().notes().isBlank()) {
            d.prose(data.sections().notes());
        }
    }

    /** "05 cá nhân, 06 tập thể, 01 hộ gia đình": only the kinds present. */
    public static String kindsText(Map<ExemplarKind, Long> kinds) {
        List<String> parts = new ArrayList<>();
        for (ExemplarKind k : ExemplarKind.values()) {
            long n = kinds.getOrDefault(k, 0L);
            if (n > 0) {
                parts.add(Counts.padded(n) + " " + Messages.get("campaign.kindLower." + k.name()));
            }
        }
        return String.join(", ", parts);
    }

    private static void introduced(OfficialDocument d, QuarterlyReportData data, Appendices appendices) {
        List<Introduced> list = data.introduced();
        d.subsection(Messages.get("doc.q.introduced"));
        if (list.isEmpty()) {
            d.paragraph(Messages.get("doc.q.introducedNone"));
            return;
        }
        Map<String, List<Introduced>> byField = new LinkedHashMap<>();
        list.forEach(i -> byField.computeIfAbsent(i.field().isEmpty() ? Messages.get("doc.noField") : i.field(),
                k -> new ArrayList<>()).add(i));
        d.paragraph(Messages.get("doc.q.introducedLead", Counts.padded(data.exemplarsIntroduced()),
                Counts.padded(list.size()), Counts.padded(byField.size())));
        List<String> lines = new ArrayList<>();
        byField.forEach((field, items) -> lines.add(Messages.get("doc.q.fieldCount", field,
                Counts.padded(items.size()))));
        Punctuation.semicolonsThenPeriod(lines).forEach(d::dash);
        List<List<?>> rows = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<Introduced>> e : byField.entrySet()) {
            String group = Messages.get("doc.q.fieldGroup", e.getKey(), Counts.padded(e.getValue().size()));
            rows.add(new TableGroup(group));
            for (Introduced i : e.getValue()) {
                rows.add(List.of(++n, i.exemplar() + "\n(" + Messages.of(i.kind()) + ")", i.unit(),
                        i.summary() == null ? "" : i.summary()));
            }
        }
        appendices.table(Messages.get("doc.q.appendix.introduced", Counts.quarter(data.quarter())),
                List.of(no(), left("col.nameShort", 4.2), left("doc.col.introducedBy", 3.6),
                        TableColumn.justified(Messages.get("col.summary"), 7)), rows);
    }

    private static void gaps(OfficialDocument d, List<QuotaGap> gaps, Appendices appendices) {
        d.subsection(Messages.get("doc.q.gaps"));
        if (gaps.isEmpty()) {
            d.paragraph(Messages.get("doc.q.noQuota"));
            return;
        }
        for (QuotaGap g : gaps) {
            if (g.owingUnits() == 0) {
                d.paragraph(Messages.get("doc.q.gapNone", g.campaign(), g.rule(), Counts.padded(g.units())));
                continue;
            }
            d.paragraph(Messages.get("doc.q.gapLead", g.campaign(), g.rule(), Counts.padded(g.owingUnits()),
                    Counts.padded(g.units()), Counts.padded(g.missing()), Counts.padded(g.required())));
            List<List<?>> rows = new ArrayList<>();
            int n = 0;
            for (Owing o : g.owing()) {
                String what = o.fields().stream().allMatch(String::isEmpty)
                        ? Messages.get("doc.q.owesUnit", Counts.padded(o.missing())) : String.join("; ", o.fields());
                rows.add(List.of(++n, o.unit(), what));
            }
            appendices.table(Messages.get("doc.q.appendix.gaps", g.campaign()),
                    List.of(no(), left("doc.col.unit", 6), left("doc.col.missing", 8.8)), rows);
        }
    }

    private static void activities(OfficialDocument d, List<ActivityLine> list, Appendices appendices) {
        d.subsection(Messages.get("doc.q.activities"));
        if (list.isEmpty()) {
            d.paragraph(Messages.get("doc.q.activitiesNone"));
            return;
        }
        d.paragraph(Messages.get("doc.q.activitiesLead", Counts.padded(list.size())));
        Map<ActivityForm, Long> byForm = new EnumMap<>(ActivityForm.class);
        list.forEach(a -> byForm.merge(a.form(), 1L, Long::sum));
        List<String> lines = new ArrayList<>();
        byForm.forEach((form, n) -> lines.add(Messages.get("doc.q.formCount", Messages.of(form), Counts.padded(n))));
        Punctuation.semicolonsThenPeriod(lines).forEach(d::dash);
        List<List<?>> rows = new ArrayList<>();
        int n = 0;
        for (ActivityLine a : list) {
            String what = a.exemplars().isEmpty() ? a.title()
                    : a.title() + "\n" + Messages.get("doc.q.featuring", String.join(", ", a.exemplars()));
            rows.add(List.of(++n, a.date(), Messages.of(a.form()), what, a.unit() == null ? "" : a.unit()));
        }
        appendices.table(Messages.get("doc.q.appendix.activities"), List.of(no(),
                TableColumn.centered(Messages.get("doc.col.date"), 2.9), left("doc.col.form", 3.3),
                left("doc.col.activity", 6.0), left("doc.col.doneBy", 3.2)), rows);
    }

    private static void commendations(OfficialDocument d, QuarterlyReportData data, Appendices appendices) {
        d.subsection(Messages.get("doc.q.commendations"));
        List<QuarterCommendation> decided = data.decided();
        List<QuarterCommendation> pending = data.pending();
        if (decided.isEmpty() && pending.isEmpty()) {
            d.paragraph(Messages.get("doc.q.commendationsNone"));
            return;
        }
        List<String> parts = new ArrayList<>();
        if (!decided.isEmpty()) {
            parts.add(Messages.get("doc.q.decidedSome", Counts.padded(decided.size()), whom(decided)));
        }
        if (!pending.isEmpty()) {
            parts.add(Messages.get("doc.q.pendingSome", whom(pending)));
        }
        List<List<?>> rows = new ArrayList<>();
        int n = 0;
        for (QuarterCommendation c : decided) {
            rows.add(List.of(++n, c.exemplar(), c.unit(), c.form(), c.reference()));
        }
        for (QuarterCommendation c : pending) {
            rows.add(List.of(++n, c.exemplar(), c.unit(), Messages.get("doc.nominated", c.form()), c.reference()));
        }
        // "cụ thể:" only when the table follows; a long one is in an appendix, announced on the next line
        d.paragraph(Messages.get(Appendices.inBody(rows) ? "doc.q.commendationsLead" : "doc.q.commendationsLeadAppendix",
                String.join("; ", parts)));
        // the decision cited ("Quyết định số 303/QĐ-UBND ngày 01/10/2026 của Ủy ban nhân dân phường Bến Nghé") is the
        // longest cell: the widest column, so a row takes three lines rather than five
        appendices.table(Messages.get("doc.q.appendix.commendations", Counts.quarter(data.quarter())),
                List.of(no(), left("col.nameShort", 4.0), left("doc.col.unit", 2.4), left("doc.col.commendation", 2.7),
                        left("doc.col.reference", 6.3)), rows);
    }

    /**
     * "12 tập thể, cá nhân (10 cá nhân, 02 tập thể)" named by the kinds there are ("14 cá nhân, hộ gia đình (11 cá
     * nhân, 03 hộ gia đình)"), or "03 cá nhân" when all are of one kind: different exemplars.
     */
    private static String whom(List<QuarterCommendation> lines) {
        Map<ExemplarKind, Long> kinds = kinds(lines);
        if (kinds.size() == 1) {
            return kindsText(kinds);
        }
        long people = kinds.values().stream().mapToLong(Long::longValue).sum();
        return Messages.get("doc.q.whom", Counts.padded(people), kindWords(lines), kindsText(kinds));
    }

    /** "tập thể, cá nhân", "cá nhân, hộ gia đình", "cá nhân": the kinds of the commended, as an officer lists them. */
    public static String kindWords(List<QuarterCommendation> lines) {
        Map<ExemplarKind, Long> kinds = kinds(lines);
        List<String> words = new ArrayList<>();
        for (ExemplarKind k : List.of(ExemplarKind.COLLECTIVE, ExemplarKind.INDIVIDUAL, ExemplarKind.HOUSEHOLD)) {
            if (kinds.containsKey(k)) {
                words.add(Messages.get("campaign.kindLower." + k.name()));
            }
        }
        return String.join(", ", words);
    }

    /** How many different exemplars of each kind. */
    private static Map<ExemplarKind, Long> kinds(List<QuarterCommendation> lines) {
        Map<Long, ExemplarKind> people = new LinkedHashMap<>();
        lines.forEach(c -> people.putIfAbsent(c.exemplarId(), c.kind() == null ? ExemplarKind.INDIVIDUAL : c.kind()));
        Map<ExemplarKind, Long> kinds = new EnumMap<>(ExemplarKind.class);
        people.values().forEach(k -> kinds.merge(k, 1L, Long::sum));
        return kinds;
    }

    private static void comparison(OfficialDocument d, QuarterlyReportData data) {
        Figures now = data.current();
        Figures before = data.previous();
        d.subsection(Messages.get("doc.q.compare", Counts.quarter(before.quarter())));
        if (data.partial()) {
            d.paragraph(Messages.get("doc.q.comparePartial", Counts.quarter(now.quarter()),
                    VnDates.shortDate(data.asOf()), Counts.quarter(before.quarter())));
        }
        Map<String, long[]> items = new LinkedHashMap<>();
        items.put("doc.fig.exemplars", new long[]{before.exemplars(), now.exemplars()});
        items.put("doc.fig.introductions", new long[]{before.introductions(), now.introductions()});
        items.put("doc.fig.found", new long[]{before.found(), now.found()});
        items.put("doc.fig.activities", new long[]{before.activities(), now.activities()});
        if (now.commendations() + before.commendations() > 0) {
            items.put("doc.fig.commendations", new long[]{before.commendations(), now.commendations()});
        }
        List<String> lines = new ArrayList<>();
        List<List<?>> rows = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, long[]> it : items.entrySet()) {
            long b = it.getValue()[0];
            long a = it.getValue()[1];
            lines.add(Messages.get(it.getKey()) + " " + Counts.change(b, a));
            rows.add(List.of(++n, Messages.get(it.getKey()), b, a, Counts.signed(b, a)));
        }
        Punctuation.semicolonsThenPeriod(lines).forEach(d::dash);
        d.table(List.of(no(), left("doc.col.figure", 6.6),
                TableColumn.centered(Counts.quarterShort(before.quarter()), 2.8),
                TableColumn.centered(data.currentColumn(), 2.8),
                TableColumn.centered(Messages.get("doc.col.change"), 2.6)), rows);
    }

    private static TableColumn no() {
        return TableColumn.centered(Messages.get("col.no"), 1.2);
    }

    private static TableColumn left(String key, double weight) {
        return TableColumn.left(Messages.get(key), weight);
    }
}
