package vn.dienhinh.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dienhinh.model.Board;
import vn.dienhinh.model.Campaign;
import vn.dienhinh.model.Field;
import vn.dienhinh.model.Introduction;
import vn.dienhinh.model.IntroductionRow;
import vn.dienhinh.model.Quarter;
import vn.dienhinh.model.QuotaMode;
import vn.dienhinh.model.ScopeEntry;
import vn.dienhinh.model.Unit;
import vn.dienhinh.store.CatalogRepository;
import vn.dienhinh.store.ExemplarRepository;
import vn.dienhinh.store.IntroductionRepository;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;
import vn.dienhinh.util.VietnameseText;

/**
 * Quarterly introductions and the board of who still owes one. A unit (or a field) counts for a
 * quarter only when it was in the quota before the quarter began: one that joined mid-quarter
 * owes from the next quarter on.
 */
public final class IntroductionService {

    private final IntroductionRepository introductions;
    private final ExemplarRepository exemplars;
    private final CatalogRepository catalog;
    private final CampaignService campaigns;
    private final Clock clock;
    private final ExemplarAccess access;

    public IntroductionService(IntroductionRepository introductions, ExemplarRepository exemplars,
                               CatalogRepository catalog, CampaignService campaigns, Clock clock) {
        this.introductions = introductions;
        this.exemplars = exemplars;
        this.catalog = catalog;
        this.campaigns = campaigns;
        this.clock = clock;
        this.access = new ExemplarAccess(exemplars, catalog);
    }

    public Quarter currentQuarter() {
        return Quarter.of(LocalDate.now(clock));
    }

    public Introduction record(Introduction i) {
        check(i, List.of());
        return introductions.insert(i);
    }

    /** Records a quarter's introductions together: all are checked first, then written in one transaction. */
    public List<Introduction> recordAll(List<Introduction> list) {
        List<Introduction> seen = new ArrayList<>();
        for (int n = 0; n < list.size(); n++) {
            try {
                check(list.get(n), seen);
            } catch (UserException e) {
                throw new UserException(e, "intro.rowProblem", n + 1, e.getMessage());
            }
            seen.add(list.get(n));
        }
        return introductions.insertAll(list);
    }

    public Introduction require(long id) {
        Introduction i = introductions.find(id);
        if (i == null) {
            throw new UserException("intro.notFound", id);
        }
        return i;
    }

    /** Corrects an introduction (unit, exemplar, field, quarter, date). */
    public void correct(Introduction i) {
        if (i.id() == null || introductions.find(i.id()) == null) {
            throw new UserException("intro.notFound", i.id());
        }
        check(i, List.of());
        introductions.update(i);
    }

    /** Withdraws an introduction: it stays on record with the reason, but no longer counts. */
    public void withdraw(long id, String reason) {
        Introduction i = introductions.find(id);
        if (i == null) {
            throw new UserException("intro.notFound", id);
        }
        if (i.withdrawn()) {
            throw new UserException("intro.alreadyWithdrawn");
        }
        String r = VietnameseText.cleanOrNull(reason);
        if (r == null) {
            throw new UserException("intro.withdrawReason");
        }
        introductions.withdraw(id, LocalDate.now(clock), r);
    }

    public void delete(long id) {
        require(id); // one the officer does not see is not found
        introductions.delete(id);
    }

    public List<IntroductionRow> ofQuarter(Quarter q) {
        return introductions.ofQuarter(q, null);
    }

    public List<IntroductionRow> ofExemplar(long exemplarId) {
        return introductions.ofExemplar(exemplarId);
    }

    public Map<Quarter, Long> countsPerQuarter(Quarter from) {
        return introductions.countsPerQuarter(from);
    }

    private void check(Introduction i, List<Introduction> earlierInBatch) {
        LocalDate today = LocalDate.now(clock);
        if (catalog.unit(i.unitId()) == null) {
            throw new UserException("valid.unknownUnit", i.unitId());
        }
        vn.dienhinh.model.Exemplar introduced = exemplars.find(i.exemplarId());
        if (introduced == null) {
            throw new UserException("valid.notFound", i.exemplarId());
        }
        access.checkSees(introduced); // a unit's clerk introduces only exemplars of their units
        if (i.fieldId() != null && catalog.field(i.fieldId()) == null) {
            throw new UserException("valid.unknownField", i.fieldId());
        }
        if (i.quarter().year() < 2000 || i.quarter().compareTo(Quarter.of(today).next()) > 0) {
            throw new UserException("intro.quarterRange", i.quarter().toString());
        }
        if (i.receivedOn() == null || i.receivedOn().isAfter(today)) {
            throw new UserException("intro.receivedOn");
        }
        boolean dup = introductions.ofQuarter(i.quarter(), null).stream()
                .anyMatch(r -> !r.withdrawn() && !Long.valueOf(r.id()).equals(i.id()) && same(r.unitId(), r.exemplarId(), r.fieldId(), i))
                || earlierInBatch.stream().anyMatch(e -> e.quarter().equals(i.quarter())
                && same(e.unitId(), e.exemplarId(), e.fieldId(), i));
        if (dup) {
            throw new UserException("intro.duplicate", exemplars.find(i.exemplarId()).name(), i.quarter().toString());
        }
    }

    private static boolean same(long unitId, long exemplarId, Long fieldId, Introduction i) {
        return unitId == i.unitId() && exemplarId == i.exemplarId() && java.util.Objects.equals(fieldId, i.fieldId());
    }

    // ---- the board ----

    /** Who owes what in quarter {@code q} under the quota of campaign {@code campaignId}. */
    public Board board(long campaignId, Quarter q) {
        Campaign c = campaigns.require(campaignId);
        Map<Long, Unit> unitsById = new HashMap<>();
        catalog.units().forEach(u -> unitsById.put(u.id(), u));
        Map<Long, Field> fieldsById = new HashMap<>();
        catalog.fields().forEach(f -> fieldsById.put(f.id(), f));
        List<IntroductionRow> counted = introductions.ofQuarter(q, campaignId).stream().filter(r -> !r.withdrawn()).toList();
        return compute(c, q, unitsById, fieldsById, counted);
    }

    /** The board from its inputs: no database, so the quota arithmetic is testable on its own. */
    static Board compute(Campaign c, Quarter q, Map<Long, Unit> unitsById, Map<Long, Field> fieldsById,
                         List<IntroductionRow> counted) {
        boolean perUnit = c.quotaMode() == QuotaMode.PER_UNIT;
        List<Unit> units = new ArrayList<>();
        List<LocalDate> unitFrom = new ArrayList<>();
        for (ScopeEntry s : c.units()) {
            Unit u = unitsById.get(s.id());
            if (u != null && u.active()) {
                units.add(u);
                unitFrom.add(later(s.from(), u.activeFrom()));
            }
        }
        List<Field> fields = new ArrayList<>();
        Map<Long, LocalDate> fieldFrom = new HashMap<>();
        if (!perUnit) {
            for (ScopeEntry s : c.fields()) {
                Field f = fieldsById.get(s.id());
                if (f != null && f.active()) {
                    fields.add(f);
                    fieldFrom.put(f.id(), later(s.from(), f.activeFrom()));
                }
            }
        }
        boolean inPeriod = c.quotaMode() != QuotaMode.NONE && c.covers(q);
        Map<Long, Map<Long, Board.Cell>> cells = new LinkedHashMap<>();
        for (int n = 0; n < units.size(); n++) {
            Unit u = units.get(n);
            boolean unitOwes = inPeriod && countsIn(unitFrom.get(n), q);
            Map<Long, Board.Cell> row = new LinkedHashMap<>();
            List<Long> columns = perUnit ? List.of(Board.ANY_FIELD) : fields.stream().map(Field::id).toList();
            for (long col : columns) {
                boolean fieldOwed = perUnit || countsIn(fieldFrom.get(col), q);
                List<IntroductionRow> in = counted.stream().filter(r -> r.unitId() == u.id()
                        && (perUnit || (r.fieldId() != null && r.fieldId() == col))).toList();
                row.put(col, new Board.Cell(unitOwes && fieldOwed, in, c.quotaPerCell()));
            }
            cells.put(u.id(), row);
        }
        return new Board(q, c.id(), c.quotaMode(), c.quotaPerCell(), units, fields, cells);
    }

    private static boolean countsIn(LocalDate from, Quarter q) {
        return from == null || !from.isAfter(q.start());
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    /** The four boards of a year, for the year view. */
    public List<Board> yearBoards(long campaignId, int year) {
        List<Board> out = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            out.add(board(campaignId, new Quarter(year, q)));
        }
        return out;
    }

    /** The owing units as text to paste into a reminder. */
    public static String reminder(Board b) {
        StringBuilder s = new StringBuilder(Messages.get("board.reminderHead", b.quarter().toString()));
        int n = 1;
        for (Map.Entry<Unit, List<String>> e : b.owing().entrySet()) {
            s.append('\n').append(n++).append(". ").append(e.getKey().name());
            List<String> fields = e.getValue().stream().filter(f -> !f.isEmpty()).toList();
            if (!fields.isEmpty()) {
                s.append(": ").append(String.join("; ", fields));
            }
        }
        if (n == 1) {
            s.append('\n').append(Messages.get("board.nobodyOwes"));
        }
        return s.toString();
    }
}
