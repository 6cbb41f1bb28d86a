package vn.dienhinh.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import vn.dienhinh.model.Deed;
import vn.dienhinh.model.Evaluation;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.ExemplarAsRead;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.model.ExemplarRow;
import vn.dienhinh.model.ExemplarStatus;
import vn.dienhinh.model.ListSlice;
import vn.dienhinh.model.StatusChange;
import vn.dienhinh.store.CatalogRepository;
import vn.dienhinh.store.ExemplarRepository;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;
import vn.dienhinh.util.VietnameseText;

/** The registry of exemplars: what the office records, checks and changes about them. */
public final class RegistryService {

    /** Counts a list while its first page is read (see {@link #firstPage}); a daemon, so it never keeps the program up. */
    private static final Executor COUNTER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "list-count");
        t.setDaemon(true);
        return t;
    });

    private final ExemplarRepository exemplars;
    private final CatalogRepository catalog;
    private final Clock clock;
    private final ExemplarAccess access;

    public RegistryService(ExemplarRepository exemplars, CatalogRepository catalog, Clock clock) {
        this.exemplars = exemplars;
        this.catalog = catalog;
        this.clock = clock;
        this.access = new ExemplarAccess(exemplars, catalog);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Saves a new exemplar (id null) or changes an existing one. Text is cleaned; the status is never changed here. */
    public Exemplar save(Exemplar draft) {
        return save(draft, null);
    }

    /**
     * As {@link #save(Exemplar)}, for a change of the exemplar as it was read at {@code readVersion}:
     * refused ({@code exemplar.conflict}) when someone saved it since. Null: whatever was saved since.
     */
    public Exemplar save(Exemplar draft, Integer readVersion) {
        Exemplar e = clean(draft);
        Map<String, String> problems = ExemplarRules.problems(e, today());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (e.unitId() != null && catalog.unit(e.unitId()) == null) {
            throw new UserException("valid.unknownUnit", e.unitId());
        }
        for (Long f : e.fieldIds()) {
            if (catalog.field(f) == null) {
                throw new UserException("valid.unknownField", f);
            }
        }
        if (e.id() == null) {
            access.checkUnit(e); // a unit's clerk creates exemplars only in their units
            if (e.status() == null) {
                e = e.withStatus(ExemplarStatus.FOUND);
            }
            return exemplars.insert(e, e.foundOn() != null ? e.foundOn() : today(), null);
        }
        Exemplar stored = require(e.id());
        access.checkUnit(e); // … and moves them only among those
        e = e.withStatus(stored.status());
        exemplars.update(e, readVersion);
        return e;
    }

    public void delete(long id) {
        require(id);
        exemplars.delete(id);
    }

    /** The exemplar; refused when there is none, or when it is of a unit the officer does not see. */
    public Exemplar require(long id) {
        return forChange(id).exemplar();
    }

    /**
     * The exemplar as saved now with its version, read together, to be changed and given back to
     * {@link #save(Exemplar, Integer)}; refused as {@link #require}.
     */
    public ExemplarAsRead forChange(long id) {
        ExemplarAsRead r = exemplars.findRead(id);
        if (r == null) {
            throw new UserException("valid.notFound", id);
        }
        access.checkSees(r.exemplar());
        return r;
    }

    /** Refused as {@link #require} for a unit's clerk; the office's officer passes without a query. */
    private void checkSees(long id) {
        if (!access.seesAll()) {
            require(id);
        }
    }

    public long count(ExemplarFilter f) {
        return exemplars.count(f);
    }

    public List<ExemplarRow> page(ExemplarFilter f, long offset, int limit) {
        return exemplars.page(f, offset, limit);
    }

    /**
     * What a list shows first when its filter changes (each keystroke of a search): the count and the
     * first {@code limit} rows. The two queries run at once, on two connections and two cores: the
     * officer waits for the slower of them, not for both.
     */
    public ListSlice<ExemplarRow> firstPage(ExemplarFilter f, int limit) {
        CompletableFuture<Long> total = CompletableFuture.supplyAsync(() -> exemplars.count(f), COUNTER);
        List<ExemplarRow> rows = exemplars.page(f, 0, limit);
        try {
            return new ListSlice<>(total.join(), rows);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    public List<Integer> foundYears() {
        return exemplars.figures().foundYears();
    }

    /** Index of the exemplar in the list the filter selects, or -1 when the filter leaves it out. */
    public long positionOf(ExemplarFilter f, long id) {
        return exemplars.positionOf(f, id);
    }

    public void forEachRow(ExemplarFilter f, ExemplarRepository.RowConsumer consumer) {
        exemplars.forEachRow(f, consumer);
    }

    /** Other exemplars with the same name (diacritics ignored) and birth year: possible duplicates to warn about. */
    public List<Long> possibleDuplicates(Exemplar e) {
        return exemplars.sameNameAndYear(e.name(), e.kind() == ExemplarKind.INDIVIDUAL ? e.birthYear() : null)
                .stream().filter(id -> !id.equals(e.id())).toList();
    }

    // ---- lifecycle ----

    /** Moves the exemplar along its lifecycle; a reason is always required and kept in the history. */
    public StatusChange changeStatus(long id, ExemplarStatus to, LocalDate date, String reason) {
        Exemplar e = require(id);
        if (e.status() == to) {
            throw new UserException("valid.statusSame", Messages.of(to));
        }
        if (!e.status().next().contains(to)) {
            throw new UserException("valid.statusStep", Messages.of(e.status()), Messages.of(to));
        }
        String r = VietnameseText.cleanOrNull(reason);
        if (r == null) {
            throw new UserException("valid.reasonRequired");
        }
        LocalDate when = date == null ? today() : date;
        if (when.isAfter(today())) {
            throw new UserException("valid.statusDateFuture");
        }
        List<StatusChange> steps = exemplars.timeline().history(id);
        if (!steps.isEmpty() && when.isBefore(steps.get(steps.size() - 1).date())) {
            throw new UserException("valid.statusDateBefore", Dates.format(when),
                    Dates.format(steps.get(steps.size() - 1).date()));
        }
        return exemplars.timeline().changeStatus(id, e.status(), to, when, r);
    }

    public List<StatusChange> history(long id) {
        checkSees(id);
        return exemplars.timeline().history(id);
    }

    // ---- deeds and evaluations ----

    public List<Deed> deeds(long exemplarId) {
        checkSees(exemplarId);
        return exemplars.timeline().deeds(exemplarId);
    }

    public Deed saveDeed(Deed d) {
        String title = VietnameseText.cleanOrNull(d.title());
        if (title == null) {
            throw new UserException("valid.deedTitle");
        }
        require(d.exemplarId());
        return exemplars.timeline().saveDeed(new Deed(d.id(), d.exemplarId(), d.date(), title,
                VietnameseText.cleanOrNull(d.description())));
    }

    public void deleteDeed(long deedId) {
        if (!exemplars.timeline().deleteDeed(deedId) && !access.seesAll()) {
            throw new UserException("scope.partOutside"); // another unit's, which a clerk does not touch
        }
    }

    public List<Evaluation> evaluations(long exemplarId) {
        checkSees(exemplarId);
        return exemplars.timeline().evaluations(exemplarId);
    }

    public Evaluation saveEvaluation(Evaluation v) {
        String period = VietnameseText.cleanOrNull(v.period());
        if (period == null) {
            throw new UserException("valid.evaluationPeriod");
        }
        require(v.exemplarId());
        return exemplars.timeline().saveEvaluation(new Evaluation(v.id(), v.exemplarId(), v.date() == null ? today() : v.date(),
                period, v.rating(), VietnameseText.cleanOrNull(v.content()), VietnameseText.cleanOrNull(v.evaluator())));
    }

    public void deleteEvaluation(long id) {
        if (!exemplars.timeline().deleteEvaluation(id) && !access.seesAll()) {
            throw new UserException("scope.partOutside");
        }
    }

    private static Exemplar clean(Exemplar e) {
        return e.toBuilder()
                .name(VietnameseText.cleanOrNull(e.name()))
                .position(VietnameseText.cleanOrNull(e.position()))
                .workplace(VietnameseText.cleanOrNull(e.workplace()))
                .residence(VietnameseText.cleanOrNull(e.residence()))
                .phone(VietnameseText.cleanOrNull(e.phone()))
                .idNumber(VietnameseText.cleanOrNull(e.idNumber()))
                .headName(VietnameseText.cleanOrNull(e.headName()))
                .address(VietnameseText.cleanOrNull(e.address()))
                .newModel(VietnameseText.cleanOrNull(e.newModel()))
                .summary(VietnameseText.cleanOrNull(e.summary()))
                .account(cleanKeepingLines(e.account()))
                .note(VietnameseText.cleanOrNull(e.note()))
                .build();
    }

    /** NFC and trimmed lines, keeping paragraph breaks of the full account. */
    private static String cleanKeepingLines(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (String line : s.split("\\R")) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(VietnameseText.clean(line));
        }
        String out = b.toString().strip();
        return out.isEmpty() ? null : out;
    }
}
