package vn.dienhinh.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dienhinh.model.Board;
import vn.dienhinh.model.Campaign;
import vn.dienhinh.model.CampaignStatus;
import vn.dienhinh.model.ExemplarStatus;
import vn.dienhinh.model.Field;
import vn.dienhinh.model.PhaseProgress;
import vn.dienhinh.model.Quarter;
import vn.dienhinh.store.ExemplarRepository;

/** This quarter at a glance, for the Tổng quan screen. */
public final class DashboardService {

    /** How close to its end a phase with unmet targets is flagged. */
    public static final int SOON_DAYS = 60;

    private final ExemplarRepository exemplars;
    private final CatalogService catalog;
    private final CampaignService campaigns;
    private final IntroductionService introductions;
    private final Clock clock;

    public DashboardService(ExemplarRepository exemplars, CatalogService catalog, CampaignService campaigns,
                            IntroductionService introductions, Clock clock) {
        this.exemplars = exemplars;
        this.catalog = catalog;
        this.campaigns = campaigns;
        this.introductions = introductions;
        this.clock = clock;
    }

    /** A phase ending soon with targets not met. */
    public record Alert(Campaign campaign, PhaseProgress progress) {
    }

    /** Everything the dashboard shows. {@code board} is null without a launched quota campaign. */
    public record Dashboard(Quarter quarter, long exemplars, long introduced, long introducedBefore, Board board,
                            String boardCampaign, Map<Field, Long> byField, Map<ExemplarStatus, Long> byStatus,
                            Map<Quarter, Long> perQuarter, List<Alert> alerts) {
    }

    public Dashboard load() {
        LocalDate today = LocalDate.now(clock);
        Quarter q = Quarter.of(today);
        Quarter from = q;
        for (int i = 0; i < 7; i++) {
            from = from.previous();
        }
        Map<Quarter, Long> counted = introductions.countsPerQuarter(from);
        Map<Quarter, Long> perQuarter = new LinkedHashMap<>();
        for (Quarter x = from; x.compareTo(q) <= 0; x = x.next()) {
            perQuarter.put(x, counted.getOrDefault(x, 0L));
        }
        Map<Long, Long> fieldCounts = exemplars.figures().countByFieldId();
        Map<Field, Long> byField = new LinkedHashMap<>();
        for (Field f : catalog.fields()) {
            byField.put(f, fieldCounts.getOrDefault(f.id(), 0L));
        }
        Map<ExemplarStatus, Long> byStatus = new LinkedHashMap<>();
        for (ExemplarStatus s : ExemplarStatus.values()) {
            byStatus.put(s, 0L);
        }
        exemplars.figures().countBy("status").forEach((s, n) -> byStatus.put(ExemplarStatus.valueOf(s), n));
        List<Campaign> quota = campaigns.quotaCampaigns();
        Campaign boardCampaign = quota.stream().filter(c -> c.status() == CampaignStatus.LAUNCHED && c.covers(q))
                .findFirst().orElse(null);
        Board board = boardCampaign == null ? null : introductions.board(boardCampaign.id(), q);
        List<Alert> alerts = new ArrayList<>();
        for (Campaign c : campaigns.all()) {
            if (c.status() == CampaignStatus.CLOSED) {
                continue;
            }
            for (PhaseProgress p : campaigns.progress(c.id())) {
                if (p.endsSoonUnmet(today, SOON_DAYS)) {
                    alerts.add(new Alert(c, p));
                }
            }
        }
        return new Dashboard(q, exemplars.figures().total("exemplar"), perQuarter.get(q), perQuarter.get(q.previous()), board,
                boardCampaign == null ? null : boardCampaign.name(), byField, byStatus, perQuarter, alerts);
    }
}
