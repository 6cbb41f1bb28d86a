package vn.dienhinh.service.document;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.dienhinh.model.Campaign;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.Field;
import vn.dienhinh.model.Phase;
import vn.dienhinh.model.Quarter;
import vn.dienhinh.model.Unit;
import vn.dienhinh.report.DocumentMeta;
import vn.dienhinh.report.ExcelListWriter;
import vn.dienhinh.report.ReportSections;
import vn.dienhinh.report.VnDates;
import vn.dienhinh.report.SummaryReportData;
import vn.dienhinh.report.SummaryReportData.FieldRow;
import vn.dienhinh.report.SummaryReportData.QuarterRow;
import vn.dienhinh.report.SummaryReportData.Target;
import vn.dienhinh.report.SummaryReportData.UnitRow;
import vn.dienhinh.report.SummaryReportDocument;
import vn.dienhinh.report.SummaryReportWorkbook;
import vn.dienhinh.service.CampaignService;
import vn.dienhinh.service.CatalogService;
import vn.dienhinh.service.OfficeProfileService;
import vn.dienhinh.store.ReportQueries;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;
import vn.dienhinh.util.VietnameseText;

/** The sơ kết / tổng kết report of one year or several: counts by field, unit, kind and quarter, with a chart. */
public final class SummaryReportService {

    private final ReportQueries queries;
    private final CatalogService catalog;
    private final CampaignService campaigns;
    private final OfficeProfileService profiles;
    private final Clock clock;

    public SummaryReportService(ReportQueries queries, CatalogService catalog, CampaignService campaigns,
                                OfficeProfileService profiles, Clock clock) {
        this.queries = queries;
        this.catalog = catalog;
        this.campaigns = campaigns;
        this.profiles = profiles;
        this.clock = clock;
    }

    /**
     * Whether a report of the years up to {@code to}, dated {@code date}, is a tổng kết unless the officer says
     * otherwise: only once the last year is over; before, it is a sơ kết ("Tổng kết … năm 2026" dated in December
     * 2026 would review a year not yet ended).
     */
    public static boolean finalByDefault(int to, LocalDate date) {
        return !date.isBefore(LocalDate.of(to, 12, 31));
    }

    /** The .docx and the .xlsx the report of these years is written to in {@code folder}. */
    public static List<Path> files(int fromYear, int toYear, boolean finalReview, Path folder) {
        String base = Messages.get("doc.file.summary", Messages.get(finalReview ? "doc.file.final" : "doc.file.preliminary"),
                fromYear == toYear ? String.valueOf(fromYear) : fromYear + "-" + toYear);
        return List.of(folder.resolve(vn.dienhinh.util.FileNames.of(base, "docx", "BaoCao")),
                folder.resolve(vn.dienhinh.util.FileNames.of(base, "xlsx", "BaoCao")));
    }

    /**
     * Writes the report of these years; {@code sections} is what the officer wrote (null: the draft made
     * from the figures). A period not over on the report's date is counted up to that date.
     */
    public List<Path> export(int fromYear, int toYear, boolean finalReview, DocumentMeta meta, ReportSections sections,
                             Path folder) {
        profiles.checkOfficeWork();
        return write(ofYears(fromYear, toYear, finalReview, meta.date()), sections, meta,
                files(fromYear, toYear, finalReview, folder));
    }

    /** The .docx and .xlsx of a campaign phase's report. */
    public static List<Path> phaseFiles(long campaignId, int phaseNumber, boolean finalReview, Path folder) {
        String base = Messages.get("doc.file.summaryPhase", Messages.get(finalReview ? "doc.file.final"
                : "doc.file.preliminary"), campaignId, phaseNumber);
        return List.of(folder.resolve(vn.dienhinh.util.FileNames.of(base, "docx", "BaoCao")),
                folder.resolve(vn.dienhinh.util.FileNames.of(base, "xlsx", "BaoCao")));
    }

    /** The report of one phase (numbered from 1) of a campaign: its dates make the period, its exemplars the counts. */
    public List<Path> exportPhase(long campaignId, int phaseNumber, boolean finalReview, DocumentMeta meta,
                                  ReportSections sections, Path folder) {
        profiles.checkOfficeWork();
        return write(ofPhase(campaignId, phaseNumber, finalReview, meta.date()), sections, meta,
                phaseFiles(campaignId, phaseNumber, finalReview, folder));
    }

    private List<Path> write(SummaryReportData data, ReportSections sections, DocumentMeta meta, List<Path> out) {
        SummaryReportData d = sections == null ? data : data.withSections(sections);
        new SummaryReportDocument(profiles.forDocuments()).write(d, meta, out.get(0));
        new SummaryReportWorkbook(new ExcelListWriter(), profiles.forDocuments()).write(d, meta, out.get(1));
        return out;
    }

    /** A phase's report: only the exemplars the campaign placed in that phase, counted from the day they joined it. */
    public SummaryReportData ofPhase(long campaignId, int phaseNumber, boolean finalReview, LocalDate asOf) {
        profiles.checkOfficeWork();
        Campaign c = campaigns.require(campaignId);
        if (phaseNumber < 1 || phaseNumber > c.phases().size()) {
            throw new UserException("doc.s.noPhase", phaseNumber, c.name(), c.phases().size());
        }
        Phase p = c.phases().get(phaseNumber - 1);
        String years = p.start().getYear() == p.end().getYear() ? String.valueOf(p.start().getYear())
                : p.start().getYear() + " - " + p.end().getYear();
        String name = p.name().isEmpty() ? p.name() : Character.toLowerCase(p.name().charAt(0)) + p.name().substring(1);
        String period = Messages.get("doc.s.phasePeriod", name, years, PlanBasis.phrase(c.name()));
        return data(p.start(), p.end(), period, finalReview, asOf, queries.ofPhase(p.id()),
                end -> SummaryTargets.ofPhase(queries, p, end));
    }

    public SummaryReportData ofYears(int fromYear, int toYear, boolean finalReview, LocalDate asOf) {
        profiles.checkOfficeWork();
        int now = LocalDate.now(clock).getYear();
        if (fromYear > toYear || fromYear < 2000 || toYear > now + 1) {
            throw new UserException("doc.s.years", fromYear, toYear, now + 1);
        }
        String period = fromYear == toYear ? Messages.get("doc.year", fromYear) : Messages.get("doc.stage", fromYear, toYear);
        LocalDate from = LocalDate.of(fromYear, 1, 1);
        LocalDate to = LocalDate.of(toYear, 12, 31);
        return data(from, to, period, finalReview, asOf, queries,
                end -> SummaryTargets.ofPeriod(queries, campaigns.all(), from, end));
    }

    private SummaryReportData data(LocalDate from, LocalDate to, String period, boolean finalReview, LocalDate asOf,
                                   ReportQueries q, Function<LocalDate, List<Target>> targets) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        if (day.isBefore(from)) {
            throw new UserException("doc.s.dateBefore", VnDates.shortDate(day), VnDates.shortDate(from));
        }
        LocalDate end = day.isBefore(to) ? day : to;
        Quarter qFrom = Quarter.of(from);
        Quarter qTo = Quarter.of(end);
        SummaryReportData d = new SummaryReportData(finalReview, period, from, to, end, q.foundBetween(from, end),
                q.foundByKind(from, end), q.foundByStatus(from, end, end), byField(q, from, end),
                byUnit(q, from, end, qFrom, qTo), byQuarter(q, from, end, qFrom, qTo), targets.apply(end), null);
        return d.withSections(SummarySections.draft(d));
    }

    private List<FieldRow> byField(ReportQueries q, LocalDate from, LocalDate to) {
        Map<Long, Map<ExemplarKind, Long>> counts = q.foundByFieldAndKind(from, to);
        List<FieldRow> out = new ArrayList<>();
        for (Field f : catalog.fields()) {
            Map<ExemplarKind, Long> c = counts.getOrDefault(f.id(), Map.of());
            if (f.active() || !c.isEmpty()) {
                out.add(row(f.name(), c));
            }
        }
        if (counts.containsKey(0L)) {
            out.add(row(Messages.get("doc.noField"), counts.get(0L)));
        }
        return out;
    }

    private static FieldRow row(String name, Map<ExemplarKind, Long> c) {
        return new FieldRow(name, c.getOrDefault(ExemplarKind.INDIVIDUAL, 0L), c.getOrDefault(ExemplarKind.COLLECTIVE, 0L),
                c.getOrDefault(ExemplarKind.HOUSEHOLD, 0L));
    }

    /**
     * By unit, each counted under the unit the office reports on: a tổ dân phố under its ward. That level
     * is the top of the unit tree, or the level below it when everything hangs under one unit (a ward's own
     * registry, whose units are its tổ dân phố). Names in natural order: "Tổ dân phố 2" before "Tổ dân phố 10".
     */
    private List<UnitRow> byUnit(ReportQueries q, LocalDate from, LocalDate to, Quarter qFrom, Quarter qTo) {
        Map<Long, Long> found = q.foundByUnit(from, to);
        Map<Long, Long> intro = q.introductionsByUnit(qFrom, qTo);
        Map<Long, Unit> units = new java.util.HashMap<>();
        catalog.units().forEach(u -> units.put(u.id(), u));
        List<Unit> roots = units.values().stream().filter(u -> u.parentId() == null || !units.containsKey(u.parentId()))
                .toList();
        Long single = roots.size() == 1 ? roots.get(0).id() : null;
        Map<String, long[]> byName = new java.util.TreeMap<>(VietnameseText.NATURAL);
        for (Unit u : units.values()) {
            long f = found.getOrDefault(u.id(), 0L);
            long i = intro.getOrDefault(u.id(), 0L);
            if (f + i > 0) {
                long[] row = byName.computeIfAbsent(reportingUnit(u, units, single).name(), k -> new long[2]);
                row[0] += f;
                row[1] += i;
            }
        }
        List<UnitRow> out = new ArrayList<>();
        byName.forEach((name, r) -> out.add(new UnitRow(name, r[0], r[1])));
        if (found.getOrDefault(0L, 0L) > 0) {
            out.add(new UnitRow(Messages.get("doc.noUnit"), found.get(0L), 0));
        }
        return out;
    }

    private static Unit reportingUnit(Unit u, Map<Long, Unit> units, Long singleRoot) {
        Unit at = u;
        for (int guard = 0; guard < 32; guard++) {
            Unit parent = at.parentId() == null ? null : units.get(at.parentId());
            if (parent == null || (singleRoot != null && parent.id().equals(singleRoot))) {
                return at;
            }
            at = parent;
        }
        return at;
    }

    private List<QuarterRow> byQuarter(ReportQueries q, LocalDate from, LocalDate to, Quarter qFrom, Quarter qTo) {
        Map<Quarter, Long> found = q.foundByQuarter(from, to);
        Map<Quarter, Long> intro = q.introductionsByQuarter(qFrom, qTo);
        Map<Quarter, Long> acts = q.activitiesByQuarter(from, to);
        List<QuarterRow> out = new ArrayList<>();
        for (Quarter x = qFrom; x.compareTo(qTo) <= 0; x = x.next()) {
            out.add(new QuarterRow(x, found.getOrDefault(x, 0L), intro.getOrDefault(x, 0L), acts.getOrDefault(x, 0L)));
        }
        return out;
    }
}
