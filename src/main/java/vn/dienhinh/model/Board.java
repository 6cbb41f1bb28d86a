package vn.dienhinh.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who owes what for one quarter under one campaign's quota: the responsible units by the fields
 * the quota covers (one column when the quota is per unit), each cell with the introductions it
 * received and whether it is required at all (a unit that joined, or a field added, after the
 * quarter began is not).
 */
public record Board(Quarter quarter, long campaignId, QuotaMode mode, int quota, List<Unit> units, List<Field> fields,
                    Map<Long, Map<Long, Cell>> cells) {

    /** Column key used for the single column of a per-unit quota. */
    public static final long ANY_FIELD = 0L;

    /** One unit × field cell. */
    public record Cell(boolean required, List<IntroductionRow> introductions, int quota) {
        public boolean missing() {
            return required && introductions.size() < quota;
        }
    }

    public Cell cell(long unitId, long fieldId) {
        return cells.getOrDefault(unitId, Map.of()).get(fieldId);
    }

    /** Column keys: the fields, or {@link #ANY_FIELD} for a per-unit quota. */
    public List<Long> columns() {
        return mode == QuotaMode.PER_UNIT ? List.of(ANY_FIELD) : fields.stream().map(Field::id).toList();
    }

    public int requiredOf(long unitId) {
        return (int) cells.getOrDefault(unitId, Map.of()).values().stream().filter(Cell::required).count();
    }

    public int missingOf(long unitId) {
        return (int) cells.getOrDefault(unitId, Map.of()).values().stream().filter(Cell::missing).count();
    }

    public int requiredInColumn(long column) {
        return (int) cells.values().stream().map(m -> m.get(column)).filter(c -> c != null && c.required()).count();
    }

    public int missingInColumn(long column) {
        return (int) cells.values().stream().map(m -> m.get(column)).filter(c -> c != null && c.missing()).count();
    }

    public int totalRequired() {
        return units.stream().mapToInt(u -> requiredOf(u.id())).sum();
    }

    public int totalMissing() {
        return units.stream().mapToInt(u -> missingOf(u.id())).sum();
    }

    /** Units that still owe something, each with the columns they owe (field names, or empty for per unit). */
    public Map<Unit, List<String>> owing() {
        Map<Unit, List<String>> out = new LinkedHashMap<>();
        for (Unit u : units) {
            List<String> missing = new ArrayList<>();
            for (long col : columns()) {
                Cell c = cell(u.id(), col);
                if (c != null && c.missing()) {
                    missing.add(col == ANY_FIELD ? "" : fields.stream().filter(f -> f.id() == col)
                            .map(Field::name).findFirst().orElse(""));
                }
            }
            if (!missing.isEmpty()) {
                out.put(u, missing);
            }
        }
        return out;
    }
}
