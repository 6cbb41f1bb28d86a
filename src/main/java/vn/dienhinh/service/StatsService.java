package vn.dienhinh.service;

import java.util.EnumMap;
import java.util.Map;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.ExemplarStatus;
import vn.dienhinh.model.Stats;
import vn.dienhinh.store.ExemplarRepository;

/** Registry figures for the command line and the dashboard. */
public final class StatsService {

    private final ExemplarRepository exemplars;

    public StatsService(ExemplarRepository exemplars) {
        this.exemplars = exemplars;
    }

    public Stats stats() {
        Map<ExemplarKind, Long> byKind = new EnumMap<>(ExemplarKind.class);
        for (ExemplarKind k : ExemplarKind.values()) {
            byKind.put(k, 0L);
        }
        exemplars.figures().countBy("kind").forEach((k, n) -> byKind.put(ExemplarKind.valueOf(k), n));
        Map<ExemplarStatus, Long> byStatus = new EnumMap<>(ExemplarStatus.class);
        for (ExemplarStatus s : ExemplarStatus.values()) {
            byStatus.put(s, 0L);
        }
        exemplars.figures().countBy("status").forEach((s, n) -> byStatus.put(ExemplarStatus.valueOf(s), n));
        return new Stats(exemplars.figures().total("exemplar"), byKind, byStatus, exemplars.figures().countByField(),
                exemplars.figures().total("unit"), exemplars.figures().total("field"), exemplars.figures().total("deed"));
    }
}
