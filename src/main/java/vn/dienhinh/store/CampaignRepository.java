package vn.dienhinh.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.dienhinh.model.Campaign;
import vn.dienhinh.model.CampaignKind;
import vn.dienhinh.model.CampaignStatus;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.Phase;
import vn.dienhinh.model.QuotaMode;
import vn.dienhinh.model.ScopeEntry;
import vn.dienhinh.util.VietnameseText;

/** The campaign aggregate: the campaign, its phases, its quota scope (units, fields) and its exemplars. */
public final class CampaignRepository {

    private final Database db;

    public CampaignRepository(Database db) {
        this.db = db;
    }

    public List<Campaign> all() {
        return db.read(c -> {
            List<Campaign> list = Sql.list(c, "SELECT * FROM campaign ORDER BY status = 'CLOSED', sort_key, id",
                    CampaignRepository::campaign);
            List<Campaign> out = new java.util.ArrayList<>(list.size());
            for (Campaign x : list) {
                out.add(withParts(c, x));
            }
            return out;
        });
    }

    public Campaign find(long id) {
        return db.read(c -> {
            Campaign x = Sql.one(c, "SELECT * FROM campaign WHERE id = ?", CampaignRepository::campaign, id);
            return x == null ? null : withParts(c, x);
        });
    }

    /** Saves the campaign with its phases and quota scope, in one transaction. */
    public Campaign save(Campaign x) {
        return db.inTransaction(c -> save(c, x));
    }

    static Campaign save(Connection c, Campaign x) throws SQLException {
        Object[] v = {x.name(), x.kind(), x.planNumber(), x.planDate(), x.issuingBody(), String.join("\n", x.legalBases()),
            x.yearFrom(), x.yearTo(), x.purposes(), x.requirements(), x.content(), x.criteriaCollective(),
            x.criteriaIndividual(), x.organisation(), x.quotaMode(), x.quotaPerCell(), x.status(), x.note(),
            VietnameseText.sortKey(x.name())};
        String cols = "name=?, kind=?, plan_number=?, plan_date=?, issuing_body=?, legal_bases=?, year_from=?, year_to=?, "
                + "purposes=?, requirements=?, content=?, criteria_collective=?, criteria_individual=?, organisation=?, "
                + "quota_mode=?, quota_per_cell=?, status=?, note=?, sort_key=?";
        long id;
        if (x.id() == null) {
            id = Sql.insert(c, "INSERT INTO campaign (name, kind, plan_number, plan_date, issuing_body, legal_bases, "
                    + "year_from, year_to, purposes, requirements, content, criteria_collective, criteria_individual, "
                    + "organisation, quota_mode, quota_per_cell, status, note, sort_key) "
                    + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", v);
        } else {
            id = x.id();
            Object[] args = Arrays.copyOf(v, v.length + 1);
            args[v.length] = id;
            Sql.update(c, "UPDATE campaign SET " + cols + " WHERE id = ?", args);
        }
        // phases: keep ids of those still there so exemplar links to a phase survive an edit
        List<Long> keep = x.phases().stream().map(Phase::id).filter(java.util.Objects::nonNull).toList();
        List<Long> existing = Sql.list(c, "SELECT id FROM campaign_phase WHERE campaign_id = ?", rs -> rs.getLong(1), id);
        for (Long old : existing) {
            if (!keep.contains(old)) {
                Sql.update(c, "DELETE FROM campaign_phase WHERE id = ?", old);
            }
        }
        for (Phase p : x.phases()) {
            if (p.id() != null && existing.contains(p.id())) {
                Sql.update(c, "UPDATE campaign_phase SET name=?, start_date=?, end_date=?, target_individuals=?, "
                        + "target_collectives=?, target_households=?, tasks=? WHERE id=?", p.name(), p.start(), p.end(),
                        p.targetIndividuals(), p.targetCollectives(), p.targetHouseholds(), p.tasks(), p.id());
            } else {
                Sql.insert(c, "INSERT INTO campaign_phase (campaign_id, name, start_date, end_date, target_individuals, "
                        + "target_collectives, target_households, tasks) VALUES (?,?,?,?,?,?,?,?)", id, p.name(),
                        p.start(), p.end(), p.targetIndividuals(), p.targetCollectives(), p.targetHouseholds(), p.tasks());
            }
        }
        Sql.update(c, "DELETE FROM campaign_unit WHERE campaign_id = ?", id);
        for (ScopeEntry u : x.units()) {
            Sql.update(c, "INSERT INTO campaign_unit (campaign_id, unit_id, joined_on) VALUES (?,?,?)", id, u.id(), u.from());
        }
        Sql.update(c, "DELETE FROM campaign_field WHERE campaign_id = ?", id);
        for (ScopeEntry f : x.fields()) {
            Sql.update(c, "INSERT INTO campaign_field (campaign_id, field_id, added_on) VALUES (?,?,?)", id, f.id(), f.from());
        }
        return withParts(c, Sql.one(c, "SELECT * FROM campaign WHERE id = ?", CampaignRepository::campaign, id));
    }

    public void delete(long id) {
        db.inTransaction(c -> Sql.update(c, "DELETE FROM campaign WHERE id = ?", id));
    }

    // ---- exemplars of a campaign ----

    /** Links the exemplar to the campaign, counted in {@code phaseId} (may be null). */
    public void link(long campaignId, long exemplarId, Long phaseId, LocalDate on) {
        db.inTransaction(c -> Sql.update(c, "INSERT INTO campaign_exemplar (campaign_id, exemplar_id, phase_id, linked_on) "
                + "VALUES (?,?,?,?) ON CONFLICT (campaign_id, exemplar_id) DO UPDATE SET phase_id = excluded.phase_id",
                campaignId, exemplarId, phaseId, on));
    }

    public void unlink(long campaignId, long exemplarId) {
        db.inTransaction(c -> Sql.update(c, "DELETE FROM campaign_exemplar WHERE campaign_id = ? AND exemplar_id = ?",
                campaignId, exemplarId));
    }

    /** Exemplar ids of the campaign with their phase (null: none). */
    public Map<Long, Long> exemplars(long campaignId) {
        return db.read(c -> Sql.list(c, "SELECT exemplar_id, phase_id FROM campaign_exemplar WHERE campaign_id = ?",
                rs -> new long[]{rs.getLong(1), rs.getObject(2) == null ? -1 : rs.getLong(2)}, campaignId).stream()
                .collect(Collectors.toMap(a -> a[0], a -> a[1] < 0 ? null : a[1], (a, b) -> a,
                        java.util.LinkedHashMap::new)));
    }

    /** Campaign ids the exemplar takes part in. */
    public List<Long> campaignsOf(long exemplarId) {
        return db.read(c -> Sql.list(c, "SELECT campaign_id FROM campaign_exemplar WHERE exemplar_id = ?",
                rs -> rs.getLong(1), exemplarId));
    }

    /** For each phase of the campaign, linked exemplars not dropped, by kind. */
    public Map<Long, Map<ExemplarKind, Long>> phaseCounts(long campaignId) {
        return db.read(c -> {
            Map<Long, Map<ExemplarKind, Long>> out = new java.util.HashMap<>();
            for (Object[] r : Sql.list(c, "SELECT ce.phase_id, e.kind, count(*) FROM campaign_exemplar ce "
                    + "JOIN exemplar e ON e.id = ce.exemplar_id WHERE ce.campaign_id = ? AND ce.phase_id IS NOT NULL "
                    + "AND e.status <> 'DROPPED' GROUP BY ce.phase_id, e.kind",
                    rs -> new Object[]{rs.getLong(1), ExemplarKind.valueOf(rs.getString(2)), rs.getLong(3)}, campaignId)) {
                out.computeIfAbsent((Long) r[0], k -> new java.util.EnumMap<>(ExemplarKind.class))
                        .put((ExemplarKind) r[1], (Long) r[2]);
            }
            return out;
        });
    }

    private static Campaign withParts(Connection c, Campaign x) throws SQLException {
            List<Phase> phases = Sql.list(c, "SELECT * FROM campaign_phase WHERE campaign_id = ? ORDER BY start_date, id",
                    rs -> new Phase(rs.getLong("id"), rs.getString("name"), Sql.date(rs, "start_date"),
                            Sql.date(rs, "end_date"), rs.getInt("target_individuals"), rs.getInt("target_collectives"),
                            rs.getInt("target_households"), rs.getString("tasks")), x.id());
            List<ScopeEntry> units = Sql.list(c, "SELECT cu.unit_id, cu.joined_on FROM campaign_unit cu "
                    + "JOIN unit u ON u.id = cu.unit_id WHERE cu.campaign_id = ? ORDER BY u.sort_key",
                    rs -> new ScopeEntry(rs.getLong(1), Sql.date(rs, "joined_on")), x.id());
            List<ScopeEntry> fields = Sql.list(c, "SELECT cf.field_id, cf.added_on FROM campaign_field cf "
                    + "JOIN field f ON f.id = cf.field_id WHERE cf.campaign_id = ? ORDER BY f.sort_order, f.id",
                    rs -> new ScopeEntry(rs.getLong(1), Sql.date(rs, "added_on")), x.id());
            return x.withPhases(phases).withQuota(x.quotaMode(), x.quotaPerCell(), units, fields);
    }

    private static Campaign campaign(ResultSet rs) throws SQLException {
        String bases = rs.getString("legal_bases");
        return new Campaign(rs.getLong("id"), rs.getString("name"), Sql.enumOf(CampaignKind.class, rs, "kind"),
                rs.getString("plan_number"), Sql.date(rs, "plan_date"), rs.getString("issuing_body"),
                bases == null || bases.isBlank() ? List.of() : List.of(bases.split("\n")),
                Sql.integer(rs, "year_from"), Sql.integer(rs, "year_to"), rs.getString("purposes"),
                rs.getString("requirements"), rs.getString("content"), rs.getString("criteria_collective"),
                rs.getString("criteria_individual"), rs.getString("organisation"),
                Sql.enumOf(QuotaMode.class, rs, "quota_mode"), rs.getInt("quota_per_cell"),
                Sql.enumOf(CampaignStatus.class, rs, "status"), rs.getString("note"), List.of(), List.of(), List.of());
    }
}
