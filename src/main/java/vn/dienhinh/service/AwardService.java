package vn.dienhinh.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.AwardLevel;
import vn.dienhinh.model.Commendation;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.store.AwardRepository;
import vn.dienhinh.store.CatalogRepository;
import vn.dienhinh.store.CommendationRepository;
import vn.dienhinh.store.ExemplarRepository;
import vn.dienhinh.util.UserException;
import vn.dienhinh.util.VietnameseText;

/** The catalogue of forms and levels, and the commendations exemplars received. */
public final class AwardService {

    private final AwardRepository awards;
    private final CommendationRepository commendations;
    private final ExemplarRepository exemplars;
    private final CommendationRules rules;
    private final ExemplarAccess access;
    private final Clock clock;

    public AwardService(AwardRepository awards, CommendationRepository commendations, ExemplarRepository exemplars,
                        CatalogRepository catalog, Clock clock) {
        this.awards = awards;
        this.commendations = commendations;
        this.exemplars = exemplars;
        this.rules = new CommendationRules(exemplars, commendations, catalog);
        this.access = new ExemplarAccess(exemplars, catalog);
        this.clock = clock;
    }

    CommendationRules rules() {
        return rules;
    }

    /** Who may read which exemplar, for the services built on this one. */
    ExemplarAccess access() {
        return access;
    }

    public List<AwardLevel> levels() {
        return awards.levels();
    }

    public Map<String, AwardLevel> levelsByCode() {
        return awards.levels().stream().collect(Collectors.toMap(AwardLevel::code, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    public List<AwardForm> forms() {
        return awards.forms();
    }

    public AwardForm form(long id) {
        AwardForm f = awards.form(id);
        if (f == null) {
            throw new UserException("award.formNotFound", id);
        }
        return f;
    }

    public AwardLevel level(String code) {
        AwardLevel l = levelsByCode().get(code);
        if (l == null) {
            throw new UserException("award.levelNotFound", code);
        }
        return l;
    }

    public AwardForm saveForm(AwardForm draft) {
        officeWork();
        String name = VietnameseText.cleanOrNull(draft.name());
        if (name == null) {
            throw new UserException("award.formName");
        }
        if (!draft.forIndividual() && !draft.forCollective() && !draft.forHousehold()) {
            throw new UserException("award.formKinds", name);
        }
        if (draft.levels().isEmpty()) {
            throw new UserException("award.formLevels", name);
        }
        String fold = VietnameseText.fold(name);
        if (awards.forms().stream().anyMatch(f -> !f.id().equals(draft.id()) && VietnameseText.fold(f.name()).equals(fold))) {
            throw new UserException("award.formDuplicate", name);
        }
        return awards.saveForm(new AwardForm(draft.id(), name, draft.title(), draft.forIndividual(),
                draft.forCollective(), draft.forHousehold(), draft.levels(), draft.repeatable(), draft.active(),
                draft.sortOrder()));
    }

    /** Deletes a form nobody received or was proposed for; a used one is retired (inactive) instead. */
    public void deleteForm(long id) {
        officeWork();
        AwardForm f = form(id);
        if (awards.usage(id) > 0) {
            throw new UserException("award.formInUse", f.name());
        }
        awards.deleteForm(id);
    }

    /** Records a commendation received outside a nomination (e.g. an older decision), with the rules checked. */
    public Commendation record(Commendation c) {
        officeWork();
        Exemplar e = exemplars.find(c.exemplarId());
        if (e == null) {
            throw new UserException("valid.notFound", c.exemplarId());
        }
        if (c.decisionDate() == null || c.decisionDate().isAfter(LocalDate.now(clock))) {
            throw new UserException("award.decisionDate");
        }
        List<String> problems = rules.problems(new CommendationRules.Grant(e, c.deedIds(), form(c.formId()),
                level(c.levelCode()), null, null), levelsByCode());
        if (!problems.isEmpty()) {
            throw new UserException("valid.problems", problems.get(0));
        }
        return commendations.insert(new Commendation(null, c.exemplarId(), c.formId(), c.levelCode(),
                VietnameseText.cleanOrNull(c.decisionNumber()), c.decisionDate(),
                VietnameseText.cleanOrNull(c.issuingBody()), c.campaignId(), null, VietnameseText.cleanOrNull(c.note()),
                c.deedIds()));
    }

    public void delete(long id) {
        officeWork();
        commendations.delete(id);
    }

    /** The exemplar's commendations by year, oldest year first. */
    public Map<Integer, List<Commendation>> historyByYear(long exemplarId) {
        access.checkSees(exemplarId);
        return commendations.ofExemplar(exemplarId).stream().collect(Collectors.groupingBy(
                c -> c.decisionDate().getYear(), TreeMap::new, Collectors.toList()));
    }

    public List<Commendation> ofExemplar(long exemplarId) {
        access.checkSees(exemplarId);
        return commendations.ofExemplar(exemplarId);
    }

    public List<vn.dienhinh.model.CommendationRow> rows(Integer year, Long formId) {
        officeWork();
        return commendations.rows(year, formId);
    }

    /** How many commendations were decided between the two dates (inclusive). */
    public long countBetween(LocalDate from, LocalDate to) {
        officeWork();
        return commendations.countBetween(from, to);
    }

    public List<vn.dienhinh.model.CommendationRow> rowsBetween(LocalDate from, LocalDate to) {
        officeWork();
        return commendations.rowsBetween(from, to);
    }

    public List<Integer> years() {
        officeWork();
        return commendations.years();
    }

    public List<Commendation> between(LocalDate from, LocalDate to) {
        officeWork();
        return commendations.between(from, to);
    }

    /** Refused for a unit's clerk: this is the office's own work ({@link vn.dienhinh.model.Officer#checkOfficeWork}). */
    private void officeWork() {
        exemplars.officer().checkOfficeWork("scope.work.commendations");
    }
}
