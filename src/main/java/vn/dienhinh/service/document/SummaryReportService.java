package vn.dienhinh.service.document;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.dienhinh.model.Campaign;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.Field;
import vn.dienhinh.model.Phase;
import vn.dienhinh.model.PhaseProgress;
import vn.dienhinh.model.Quarter;
import vn.dienhinh.model.Unit;
import vn.dienhinh.report.DocumentMeta;
import vn.dienhinh.report.ExcelListWriter;
import vn.dienhinh.report.SummaryReportData;
import vn.dienhinh.report.SummaryReportData.FieldRow;
import vn.dienhinh.report.SummaryReportData.QuarterRow;
import vn.dienhinh.report.SummaryReportData.UnitRow;
import vn.dienhinh.report.SummaryReportDocument;
import vn.dienhinh.report.SummaryReportWorkbook;
import vn.dienhinh.service.CampaignService;
import vn.dienhinh.service.CatalogService;
import vn.dienhinh.service.OfficeProfileService;
import vn.dienhinh.store.ReportQueries;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

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

    /** The .docx and the .xlsx the report of these years is written to in {@code folder}. */
    public static List<Path> files(int fromYear, int toYear, boolean finalReview, Path folder) {
        String base = Messages.get("doc.file.summary", Messages.get(finalReview ? "doc.file.final" : "doc.file.preliminary"),
                fromYear == toYear ? String.valueOf(fromYear) : fromYear + "-" + toYear);
        return List.of(folder.resolve(base + ".docx"), folder.resolve(base + ".xlsx"));
    }

    public List<Path> export(int fromYear, int toYear, boolean finalReview, DocumentMeta meta, String assessment,
                             String nextTasks, Path folder) {
        SummaryReportData data = ofYears(fromYear, toYear, finalReview, assessment, nextTasks);
        List<Path> out = files(fromYear, toYear, finalReview, folder);
        new SummaryReportDocument(profiles.forDocuments()).write(data, meta, out.get(0));
        new SummaryReportWorkbook(new ExcelListWriter()).write(data, out.get(1));
        return out;
    }

    /** The .docx and .xlsx of a campaign phase's report. */
    public static List<Path> phaseFiles(long campaignId, int phaseNumber, boolean finalReview, Path folder) {
        String base = Messages.get("doc.file.summaryPhase", Messages.get(finalReview ? "doc.file.final"
                : "doc.file.preliminary"), campaignId, phaseNumber);
        return List.of(folder.resolve(base + ".docx"), folder.resolve(base + ".xlsx"));
    }

    /** The report of one phase (numbered from 1) of a campaign: its dates make the period. */
    public List<Path> exportPhase(long campaignId, int phaseNumber, boolean finalReview, DocumentMeta meta, Path folder) {
        SummaryReportData data = ofPhase(campaignId, phaseNumber, finalReview, "", "");
        List<Path> out = phaseFiles(campaignId, phaseNumber, finalReview, folder);
        new SummaryReportDocument(profiles.forDocuments()).write(data, meta, out.get(0));
        new SummaryReportWorkbook(new ExcelListWriter()).write(data, out.get(1));
        return out;
    }

    public SummaryReportData ofPhase(long campaignId, int phaseNumber, boolean finalReview, String assessment,
                                     String nextTasks) {
        Campaign c = campaigns.require(campaignId);
        if (phaseNumber < 1 || phaseNumber > c.phases().size()) {
            throw new UserException("doc.s.noPhase", phaseNumber, c.name(), c.phases().size());
        }
        Phase p = c.phases().get(phaseNumber - 1);
        String years = p.start().getYear() == p.end().getYear() ? String.valueOf(p.start().getYear())
                : p.start().getYear() + " - " + p.end().getYear();
        String name = p.name().isEmpty() ? p.name() : Character.toLowerCase(p.name().charAt(0)) + p.name().substring(1);
        String period = Messages.get("doc.s.phasePeriod", name, years, PlanBasis.phrase(c.name()));
        return data(p.start(), p.end(), period, finalReview, assessment, nextTasks);
    }

    public SummaryReportData ofYears(int fromYear, int toYear, boolean finalReview, String assessment, String nextTasks) {
        int now = LocalDate.now(clock).getYear();
        if (fromYear > toYear || fromYear < 2000 || toYear > now + 1) {
            throw new UserException("doc.s.years", fromYear, toYear, now + 1);
        }
        String period = fromYear == toYear ? Messages.get("doc.year", fromYear) : Messages.get("doc.stage", fromYear, toYear);
        return data(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31), period, finalReview, assessment, nextTasks);
    }

    public SummaryReportData data(LocalDate from, LocalDate to, String period, boolean finalReview, String assessment,
                                  String nextTasks) {
        Quarter qFrom = Quarter.of(from);
        Quarter qTo = Quarter.of(to);
        return new SummaryReportData(finalReview, period, from, to, queries.foundBetween(from, to),
                queries.foundByKind(from, to), queries.foundByStatus(from, to), byField(from, to),
                byUnit(from, to, qFrom, qTo), byQuarter(from, to, qFrom, qTo), progress(from, to), assessment, nextTasks);
    }

    private List<FieldRow> byField(LocalDate from, LocalDate to) {
        Map<Long, Map<ExemplarKind, Long>> counts = queries.foundByFieldAndKind(from, to);
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

    private List<UnitRow> byUnit(LocalDate from, LocalDate to, Quarter qFrom, Quarter qTo) {
        Map<Long, Long> found = queries.foundByUnit(from, to);
        Map<Long, Long> intro = queries.introductionsByUnit(qFrom, qTo);
        List<UnitRow> out = new ArrayList<>();
        for (Unit u : catalog.units()) {
            long f = found.getOrDefault(u.id(), 0L);
            long i = intro.getOrDefault(u.id(), 0L);
            if (f + i > 0) {
                out.add(new UnitRow(u.name(), f, i));
            }
        }
        if (found.getOrDefault(0L, 0L) > 0) {
            out.add(new UnitRow(Messages.get("doc.noUnit"), found.get(0L), 0));
        }
        return out;
    }

    private List<QuarterRow> byQuarter(LocalDate from, LocalDate to, Quarter qFrom, Quarter qTo) {
        Map<Quarter, Long> found = queries.foundByQuarter(from, to);
        Map<Quarter, Long> intro = queries.introductionsByQuarter(qFrom, qTo);
        Map<Quarter, Long> acts = queries.activitiesByQuarter(from, to);
        List<QuarterRow> out = new ArrayList<>();
        for (Quarter q = qFrom; q.compareTo(qTo) <= 0; q = q.next()) {
            out.add(new QuarterRow(q, found.getOrDefault(q, 0L), intro.getOrDefault(q, 0L), acts.getOrDefault(q, 0L)));
        }
        return out;
    }

    /** "Phong trào thi đua “…”, Giai đoạn 1: 2/3 tập thể, 3/3 cá nhân" for each phase overlapping the period. */
    private List<String> progress(LocalDate from, LocalDate to) {
        List<String> out = new ArrayList<>();
        for (Campaign c : campaigns.all()) {
            for (PhaseProgress p : campaigns.progress(c.id())) {
                if (!p.phase().end().isBefore(from) && !p.phase().start().isAfter(to)) {
                    String name = PlanBasis.phrase(c.name());
                    out.add(Character.toUpperCase(name.charAt(0)) + name.substring(1) + ", " + CampaignService.describe(p));
                }
            }
        }
        return out;
    }
}
