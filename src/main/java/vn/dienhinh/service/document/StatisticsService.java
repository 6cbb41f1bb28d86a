package vn.dienhinh.service.document;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dienhinh.model.AwardLevel;
import vn.dienhinh.model.Campaign;
import vn.dienhinh.model.CampaignKind;
import vn.dienhinh.model.CampaignStatus;
import vn.dienhinh.model.CommendationRow;
import vn.dienhinh.report.DocumentMeta;
import vn.dienhinh.report.StatisticsData;
import vn.dienhinh.report.StatisticsReport;
import vn.dienhinh.service.AwardService;
import vn.dienhinh.service.CampaignService;
import vn.dienhinh.service.OfficeProfileService;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/**
 * The year's statistical figures of emulation and commendation work. The reporting period of the field
 * runs from 1 December of the year before to 30 November (Thông tư 02/2023/TT-BNV, the article not quoted by the summary it was read in, on the
 * reporting period; that circular was replaced by Thông tư 18/2025/TT-BNV of 08/10/2025, whose text and
 * forms were not available when this was written: the period is kept, and the figures are given as
 * tables to copy into the forms in force rather than as the forms themselves).
 */
public final class StatisticsService {

    private final CampaignService campaigns;
    private final AwardService awards;
    private final OfficeProfileService profiles;
    private final Clock clock;

    public StatisticsService(CampaignService campaigns, AwardService awards, OfficeProfileService profiles, Clock clock) {
        this.campaigns = campaigns;
        this.awards = awards;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** "ThongKe-TDKT-2026". */
    public static List<Path> files(int year, Path folder) {
        String base = Messages.get("statistics.file", String.valueOf(year));
        return List.of(folder.resolve(vn.dienhinh.util.FileNames.of(base, "docx", "BaoCao")),
                folder.resolve(vn.dienhinh.util.FileNames.of(base, "xlsx", "BaoCao")));
    }

    /** The figures of {@code year}'s reporting period, counted to {@code asOf} when the period is not over. */
    public StatisticsData of(int year, LocalDate asOf) {
        profiles.checkOfficeWork();
        LocalDate from = LocalDate.of(year - 1, 12, 1);
        LocalDate to = LocalDate.of(year, 11, 30);
        if (asOf.isBefore(from)) {
            throw new UserException("statistics.notStarted", String.valueOf(year), vn.dienhinh.report.VnDates.shortDate(from));
        }
        LocalDate end = asOf.isBefore(to) ? asOf : to;
        List<StatisticsData.CampaignRow> byKind = new ArrayList<>();
        List<Campaign> all = campaigns.all().stream().filter(c -> c.status() != CampaignStatus.DRAFT).toList();
        for (CampaignKind k : CampaignKind.values()) {
            List<Campaign> ofKind = all.stream().filter(c -> c.kind() == k).toList();
            int launched = (int) ofKind.stream().filter(c -> c.planDate() != null && !c.planDate().isBefore(from)
                    && !c.planDate().isAfter(end)).count();
            int inForce = (int) ofKind.stream().filter(c -> runs(c, from, end)).count();
            int reviewed = (int) ofKind.stream().filter(c -> c.status() == CampaignStatus.PRELIM_REVIEWED
                    || c.status() == CampaignStatus.FINAL_REVIEWED || c.status() == CampaignStatus.CLOSED)
                    .filter(c -> runs(c, from, end)).count();
            byKind.add(new StatisticsData.CampaignRow(Messages.of(k), launched, inForce, reviewed));
        }
        Map<String, AwardLevel> levels = awards.levelsByCode();
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String[]> names = new LinkedHashMap<>();
        for (CommendationRow r : awards.rowsBetween(from, end)) {
            AwardLevel level = levels.get(r.levelCode());
            String key = r.levelCode() + "\u0000" + r.formName();
            names.putIfAbsent(key, new String[]{level == null ? r.levelCode() : level.name(), r.formName(),
                    String.valueOf(level == null ? 0 : level.rank())});
            int[] c = counts.computeIfAbsent(key, x -> new int[3]);
            switch (r.kind()) {
                case COLLECTIVE -> c[0]++;
                case INDIVIDUAL -> c[1]++;
                default -> c[2]++;
            }
        }
        List<StatisticsData.AwardRow> rows = new ArrayList<>();
        names.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, String[]> e) -> -Integer.parseInt(e.getValue()[2]))
                        .thenComparing(e -> e.getValue()[1]))
                .forEach(e -> {
                    int[] c = counts.get(e.getKey());
                    rows.add(new StatisticsData.AwardRow(e.getValue()[0], e.getValue()[1], c[0], c[1], c[2]));
                });
        return new StatisticsData(year, from, to, end, byKind, rows);
    }

    /** The Word report and the workbook into {@code folder}. */
    public List<Path> export(int year, DocumentMeta meta, Path folder) {
        profiles.checkOfficeWork();
        StatisticsData d = of(year, meta.date().isAfter(LocalDate.now(clock)) ? LocalDate.now(clock) : meta.date());
        List<Path> out = files(year, folder);
        StatisticsReport r = new StatisticsReport(profiles.forDocuments());
        r.writeDocument(d, meta, out.get(0));
        r.writeWorkbook(d, meta, out.get(1));
        return out;
    }

    /** A campaign runs in the period when its years meet it. */
    private static boolean runs(Campaign c, LocalDate from, LocalDate to) {
        Integer a = c.yearFrom() != null ? c.yearFrom() : c.yearTo();
        Integer b = c.yearTo() != null ? c.yearTo() : c.yearFrom();
        if (a == null) {
            return c.planDate() != null && !c.planDate().isAfter(to);
        }
        return a <= to.getYear() && b >= from.getYear();
    }
}
