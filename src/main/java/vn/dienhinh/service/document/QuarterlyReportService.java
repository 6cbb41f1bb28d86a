package vn.dienhinh.service.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import vn.dienhinh.model.Activity;
import vn.dienhinh.model.Board;
import vn.dienhinh.model.Campaign;
import vn.dienhinh.model.CampaignStatus;
import vn.dienhinh.model.Field;
import vn.dienhinh.model.IntroductionRow;
import vn.dienhinh.model.OfficeProfile;
import vn.dienhinh.model.Quarter;
import vn.dienhinh.model.Unit;
import vn.dienhinh.report.DocumentMeta;
import vn.dienhinh.report.ExcelListWriter;
import vn.dienhinh.report.QuarterlyReportData;
import vn.dienhinh.report.QuarterlyReportData.ActivityLine;
import vn.dienhinh.report.QuarterlyReportData.Figures;
import vn.dienhinh.report.QuarterlyReportData.Introduced;
import vn.dienhinh.report.QuarterlyReportData.Owing;
import vn.dienhinh.report.QuarterlyReportData.QuotaGap;
import vn.dienhinh.report.QuarterlyReportDocument;
import vn.dienhinh.report.QuarterlyReportWorkbook;
import vn.dienhinh.report.ReportSections;
import vn.dienhinh.report.Counts;
import vn.dienhinh.model.QuarterCommendation;
import vn.dienhinh.service.Dates;
import java.time.LocalDate;
import vn.dienhinh.service.ActivityService;
import vn.dienhinh.service.CampaignService;
import vn.dienhinh.service.CatalogService;
import vn.dienhinh.service.IntroductionService;
import vn.dienhinh.service.OfficeProfileService;
import vn.dienhinh.store.ReportQueries;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.VietnameseText;

/**
 * The quarterly summary report: gathers the quarter (introductions, quota gaps of the campaigns in force,
 * propaganda, commendations, figures against the previous quarter) and writes it as .docx and .xlsx.
 */
public final class QuarterlyReportService {

    /** Writes a report's workbook beside its document; a daemon, so it never keeps the program up. */
    private static final Executor BESIDE = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "quarterly-workbook");
        t.setDaemon(true);
        return t;
    });

    private final IntroductionService introductions;
    private final CampaignService campaigns;
    private final ActivityService activities;
    private final CatalogService catalog;
    private final ReportQueries queries;
    private final CommendationSource commendations;
    private final OfficeProfileService profiles;

    public QuarterlyReportService(IntroductionService introductions, CampaignService campaigns,
                                  ActivityService activities, CatalogService catalog, ReportQueries queries,
                                  CommendationSource commendations, OfficeProfileService profiles) {
        this.introductions = introductions;
        this.campaigns = campaigns;
        this.activities = activities;
        this.catalog = catalog;
        this.queries = queries;
        this.commendations = commendations;
        this.profiles = profiles;
    }

    /** The two files the report is written to in {@code folder}: the .docx, then the .xlsx. */
    public static List<Path> files(Quarter q, Path folder) {
        String base = Messages.get("doc.file.quarterly", q.quarter(), String.valueOf(q.year()));
        return List.of(folder.resolve(vn.dienhinh.util.FileNames.of(base, "docx", "BaoCao")),
                folder.resolve(vn.dienhinh.util.FileNames.of(base, "xlsx", "BaoCao")));
    }

    /**
     * Writes both files into {@code folder} with the officer's text; returns their paths. The figures run
     * to the report's date when the quarter is not over yet.
     */
    public List<Path> export(Quarter q, DocumentMeta meta, ReportSections sections, Path folder) {
        profiles.checkOfficeWork();
        QuarterlyReportData drafted = data(q, meta.date());
        QuarterlyReportData data = sections == null ? drafted : drafted.withSections(sections);
        List<Path> out = files(q, folder);
        OfficeProfile office = profiles.forDocuments();
        // the workbook is written on the second core while the document is: the officer waits for the longer
        CompletableFuture<Void> workbook = CompletableFuture.runAsync(
                () -> new QuarterlyReportWorkbook(new ExcelListWriter(), office).write(data, meta, out.get(1)), BESIDE);
        try {
            new QuarterlyReportDocument(office).write(data, meta, out.get(0));
        } catch (RuntimeException e) {
            workbook.exceptionally(x -> null).join(); // nothing is left writing when the error is shown
            throw e;
        }
        try {
            workbook.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return out;
    }

    /**
     * The quarter as counted up to {@code asOf} (null or after the quarter: the whole quarter), with the
     * officer's sections drafted from its figures.
     */
    public QuarterlyReportData data(Quarter q, LocalDate asOf) {
        profiles.checkOfficeWork();
        LocalDate upTo = asOf == null || asOf.isAfter(q.end()) ? q.end() : asOf;
        if (upTo.isBefore(q.start())) {
            throw new vn.dienhinh.util.UserException("doc.q.dateBefore", Dates.format(upTo), Counts.quarter(q));
        }
        Map<Long, Field> fields = new HashMap<>();
        catalog.fields().forEach(f -> fields.put(f.id(), f));
        Map<Long, String> units = new HashMap<>();
        catalog.units().forEach(u -> units.put(u.id(), u.name()));
        List<Campaign> inForce = campaigns.quotaCampaigns().stream()
                .filter(c -> c.covers(q) && c.status() != CampaignStatus.DRAFT).toList();
        // the quarter's commendations are gathered once: listed, and counted in its figures
        List<QuarterCommendation> commended = commendations.between(q.start(), upTo);
        long decided = commended.stream().filter(c -> !c.nomination()).count();
        Quarter previous = q.previous();
        QuarterlyReportData data = new QuarterlyReportData(q, upTo, bases(inForce), introduced(q, upTo, fields),
                gaps(inForce, q), activityLines(q, upTo, units), commended, figures(q, upTo, decided),
                figures(previous, previous.end(), commendations.countBetween(previous.start(), previous.end())), null);
        return data.withSections(QuarterlySections.draft(data));
    }

    private List<Introduced> introduced(Quarter q, LocalDate upTo, Map<Long, Field> fields) {
        List<IntroductionRow> rows = new ArrayList<>(introductions.ofQuarter(q).stream()
                .filter(r -> !r.withdrawn() && !r.receivedOn().isAfter(upTo)).toList());
        rows.sort(Comparator.comparingInt(r -> r.fieldId() == null || !fields.containsKey(r.fieldId())
                ? Integer.MAX_VALUE : fields.get(r.fieldId()).sortOrder()));
        return rows.stream().map(r -> new Introduced(r.exemplarId(), r.fieldName() == null ? "" : r.fieldName(),
                r.exemplarName(), r.kind(), r.unitName(), r.summary(), r.receivedOn())).toList();
    }

    private List<QuotaGap> gaps(List<Campaign> inForce, Quarter q) {
        List<QuotaGap> out = new ArrayList<>();
        for (Campaign c : inForce) {
            Board b = introductions.board(c.id(), q);
            List<Owing> owing = new ArrayList<>();
            for (Map.Entry<Unit, List<String>> e : b.owing().entrySet()) {
                owing.add(new Owing(e.getKey().name(), e.getValue(), b.missingOf(e.getKey().id())));
            }
            int counted = (int) b.units().stream().filter(u -> b.requiredOf(u.id()) > 0).count();
            String rule = Messages.get("doc.rule." + c.quotaMode().name(), Counts.padded(c.quotaPerCell()));
            out.add(new QuotaGap(PlanBasis.phrase(c.name()), VietnameseText.clean(c.name()), rule, owing.size(), counted, b.totalMissing(), b.totalRequired(), owing));
        }
        return out;
    }

    private static List<String> bases(List<Campaign> inForce) {
        List<String> out = new ArrayList<>();
        for (Campaign c : inForce) {
            if (c.planNumber() != null) {
                out.add(PlanBasis.of(c));
            }
        }
        return out;
    }

    private List<ActivityLine> activityLines(Quarter q, LocalDate upTo, Map<Long, String> units) {
        List<Activity> list = new ArrayList<>(activities.between(q.start(), upTo));
        list.sort(Comparator.comparing(Activity::date).thenComparing(a -> a.id() == null ? 0 : a.id()));
        List<Long> ids = list.stream().flatMap(a -> a.exemplarIds().stream()).distinct().toList();
        Map<Long, Map.Entry<String, Long>> names = queries.exemplarNames(ids);
        return list.stream().map(a -> new ActivityLine(a.date(), a.form(), a.title(),
                a.unitId() == null ? "" : units.getOrDefault(a.unitId(), ""), featured(a, names, units), a.link())).toList();
    }

    /**
     * The exemplars an activity featured, by name; two of the same name (two teams called alike in two units)
     * each get their unit after it, so the line does not read as one name written twice.
     */
    private static List<String> featured(Activity a, Map<Long, Map.Entry<String, Long>> names, Map<Long, String> units) {
        List<Map.Entry<String, Long>> found = a.exemplarIds().stream().map(names::get)
                .filter(java.util.Objects::nonNull).toList();
        Map<String, Long> times = found.stream().collect(java.util.stream.Collectors.groupingBy(
                e -> VietnameseText.fold(e.getKey()), java.util.stream.Collectors.counting()));
        return found.stream().map(e -> {
            String unit = e.getValue() == null ? null : units.get(e.getValue());
            return times.get(VietnameseText.fold(e.getKey())) > 1 && unit != null ? e.getKey() + " (" + unit + ")"
                    : e.getKey();
        }).toList();
    }

    private Figures figures(Quarter q, LocalDate upTo, long commended) {
        long[] intro = queries.introductionsOf(q, upTo);
        return new Figures(q, upTo, intro[1], intro[0], queries.foundBetween(q.start(), upTo),
                queries.activitiesByQuarter(q.start(), upTo).getOrDefault(q, 0L), commended);
    }
}
