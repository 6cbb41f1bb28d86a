package vn.dienhinh.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.Deed;
import vn.dienhinh.model.EligibilityFacts;
import vn.dienhinh.model.EligibilityFacts.Candidate;
import vn.dienhinh.model.EligibilityFacts.Held;
import vn.dienhinh.model.EligibilityRule;
import vn.dienhinh.model.Nomination;
import vn.dienhinh.model.Nominee;
import vn.dienhinh.model.RuleKind;
import vn.dienhinh.model.Verdict;
import vn.dienhinh.model.Verdict.Check;
import vn.dienhinh.model.YearlyResult;
import vn.dienhinh.store.EligibilityRepository;
import vn.dienhinh.store.ExemplarRepository;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;
import vn.dienhinh.util.VietnameseText;

/**
 * Who may be proposed for which title or form in a year, judged on the registry's history by the
 * conditions of the catalogue ({@link EligibilityRule}): the titles held, the yearly results, the
 * initiatives, the unit's share, the interval. A verdict advises; nothing here blocks a nomination.
 */
public final class EligibilityService {

    public static final int FIRST_YEAR = 1945;

    private final EligibilityRepository repo;
    private final AwardService awards;
    private final NominationService nominations;
    private final ExemplarRepository exemplars;
    private final Clock clock;

    public EligibilityService(EligibilityRepository repo, AwardService awards, NominationService nominations,
                              ExemplarRepository exemplars, Clock clock) {
        this.repo = repo;
        this.awards = awards;
        this.nominations = nominations;
        this.exemplars = exemplars;
        this.clock = clock;
    }

    private int thisYear() {
        return LocalDate.now(clock).getYear();
    }

    // ---- the conditions ----

    public List<EligibilityRule> rules() {
        return repo.rules();
    }

    public List<EligibilityRule> rules(long formId) {
        return repo.rules().stream().filter(r -> r.formId() == formId).toList();
    }

    public EligibilityRule saveRule(EligibilityRule r) {
        officeWork();
        AwardForm form = awards.form(r.formId());
        String problem = problem(r);
        if (problem != null) {
            throw new UserException("eligible.badRule", form.name(), problem);
        }
        if (r.refFormId() != null) {
            awards.form(r.refFormId());
        }
        String basis = VietnameseText.cleanOrNull(r.basis());
        return repo.saveRule(new EligibilityRule(r.id(), r.formId(), r.kind(), needsRef(r.kind()) ? r.refFormId() : null,
                r.years(), r.amount(), r.kind() == RuleKind.RATING ? r.rating() : null, r.slack(), r.appliesTo(),
                r.active(), basis, VietnameseText.cleanOrNull(r.note()), r.sortOrder()));
    }

    public void deleteRule(long id) {
        officeWork();
        repo.deleteRule(id);
    }

    static boolean needsRef(RuleKind k) {
        return k == RuleKind.TITLE || k == RuleKind.SHARE;
    }

    /** What is wrong with a condition as entered, in a few words; null when it may be saved. */
    static String problem(EligibilityRule r) {
        if (VietnameseText.cleanOrNull(r.basis()) == null) {
            return Messages.get("eligible.rule.basis");
        }
        if (needsRef(r.kind()) && r.refFormId() == null) {
            return Messages.get("eligible.rule.ref");
        }
        if (r.kind() == RuleKind.RATING && r.rating() == null) {
            return Messages.get("eligible.rule.rating");
        }
        if (r.kind() != RuleKind.SHARE && (r.years() < 1 || r.years() > 30)) {
            return Messages.get("eligible.rule.years");
        }
        if (r.kind() == RuleKind.INITIATIVES && (r.amount() < 1 || r.amount() > 99)) {
            return Messages.get("eligible.rule.amount");
        }
        if (r.kind() == RuleKind.SHARE && (r.amount() < 1 || r.amount() > 100)) {
            return Messages.get("eligible.rule.percent");
        }
        if (r.slack() < 0 || r.slack() > 5) {
            return Messages.get("eligible.rule.slack");
        }
        return null;
    }

    // ---- yearly results ----

    public List<YearlyResult> results(long exemplarId) {
        awards.access().checkSees(exemplarId);
        return repo.results(exemplarId);
    }

    public YearlyResult saveResult(YearlyResult r) {
        checkOwner(r.id());
        return repo.saveResult(checked(r));
    }

    /** Saves the results of an import in one transaction, each checked first: one bad row writes none. */
    public int saveResults(List<YearlyResult> rows) {
        return repo.saveResults(rows.stream().map(this::checked).toList());
    }

    /** What an import of yearly results read, wrote and could not use (one sentence per bad row). */
    public record ResultImport(int valid, int written, List<String> problems) {
    }

    /**
     * Yearly results from an Excel workbook (every sheet with a header of name, year and rating or
     * initiatives): each row is matched to one exemplar by its name and, where given, its unit; the
     * rows that can be used are written in one transaction (none on a dry run), the others are said
     * with their sheet and row.
     */
    public ResultImport importResults(java.nio.file.Path file, boolean dryRun) {
        exemplars.officer().checkOfficeWork("scope.work.results");
        List<vn.dienhinh.imports.RawSheet> sheets = new vn.dienhinh.imports.XlsxReader().readAll(file,
                vn.dienhinh.util.Progress.NONE);
        Map<String, List<Candidate>> byName = new HashMap<>();
        for (Candidate c : repo.facts(thisYear(), thisYear(), null).candidates()) {
            byName.computeIfAbsent(VietnameseText.fold(c.name()), k -> new ArrayList<>()).add(c);
        }
        List<YearlyResult> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (vn.dienhinh.imports.RawSheet sheet : sheets) {
            for (vn.dienhinh.imports.ResultSheet.Row r : vn.dienhinh.imports.ResultSheet.read(sheet, thisYear())) {
                String problem = r.problem();
                Candidate who = null;
                if (problem == null) {
                    List<Candidate> same = byName.getOrDefault(VietnameseText.fold(r.name()), List.of());
                    if (r.unit() != null) {
                        String unit = VietnameseText.fold(r.unit());
                        same = same.stream().filter(c -> c.unitName() != null
                                && VietnameseText.fold(c.unitName()).equals(unit)).toList();
                    }
                    if (same.size() == 1) {
                        who = same.get(0);
                    } else {
                        problem = same.isEmpty() ? Messages.get("results.import.notFound", r.name(),
                                r.unit() == null ? "" : " (" + r.unit() + ")")
                                : Messages.get("results.import.ambiguous", same.size(), r.name());
                    }
                }
                if (problem != null) {
                    problems.add(r.rowNumber() == 0 ? problem
                            : Messages.get("results.import.rowProblem", sheet.name(), r.rowNumber(), problem));
                } else {
                    rows.add(new YearlyResult(null, who.id(), r.year(), r.rating(), r.initiatives(), r.note()));
                }
            }
        }
        int written = dryRun || rows.isEmpty() ? 0 : saveResults(rows);
        return new ResultImport(rows.size(), written, problems);
    }

    public void deleteResult(long id) {
        checkOwner(id);
        repo.deleteResult(id);
    }

    /** For a unit's clerk, refused when the saved result {@code id} (null: a new one) is of an exemplar they do not see. */
    private void checkOwner(Long id) {
        Long owner = id == null || exemplars.officer().seesAll() ? null : repo.resultOwner(id);
        if (owner != null) {
            awards.access().checkSees(owner);
        }
    }

    private YearlyResult checked(YearlyResult r) {
        if (r.year() < FIRST_YEAR || r.year() > thisYear()) {
            throw new UserException("eligible.badResultYear", String.valueOf(r.year()), String.valueOf(thisYear()));
        }
        if (r.initiatives() < 0 || r.initiatives() > 99) {
            throw new UserException("eligible.badInitiatives", r.initiatives());
        }
        awards.access().checkSees(r.exemplarId());
        if (exemplars.find(r.exemplarId()) == null) {
            throw new UserException("valid.notFound", r.exemplarId());
        }
        return new YearlyResult(r.id(), r.exemplarId(), r.year(), r.rating(), r.initiatives(),
                VietnameseText.cleanOrNull(r.note()));
    }

    /** The year as typed ("2025"), checked: from 1945 to this year. */
    public int year(String typed) {
        try {
            int y = Integer.parseInt(typed.trim());
            if (y >= FIRST_YEAR && y <= thisYear()) {
                return y;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // the message below
        }
        throw new UserException("eligible.badYear", typed, String.valueOf(thisYear()));
    }

    // ---- verdicts ----

    /**
     * Every exemplar the form allows (not dropped), judged for the year: those who meet every
     * condition first, then by how few they miss, each group in the registry's order.
     */
    public List<Verdict> assess(int year, long formId) {
        officeWork();
        AwardForm form = awards.form(formId);
        List<EligibilityRule> rules = active(formId);
        EligibilityJudge judge = new EligibilityJudge(formNames(), repo.facts(from(year, rules), year, null), form, year, rules);
        List<Verdict> out = new ArrayList<>();
        for (Candidate c : judge.facts.candidates()) {
            if (form.allows(c.kind())) {
                out.add(judge.verdict(c));
            }
        }
        out.sort(Comparator.comparingInt(v -> v.missing().size()));
        return out;
    }

    /** The verdicts of some exemplars (a nomination's nominees) for the form and year, by exemplar id. */
    public Map<Long, Verdict> verdicts(Collection<Long> exemplarIds, long formId, int year) {
        officeWork();
        if (exemplarIds.isEmpty()) {
            return Map.of();
        }
        AwardForm form = awards.form(formId);
        List<EligibilityRule> rules = active(formId);
        EligibilityJudge judge = new EligibilityJudge(formNames(), repo.facts(from(year, rules), year, exemplarIds), form, year, rules);
        Map<Long, Verdict> out = new HashMap<>();
        for (Candidate c : judge.facts.candidates()) {
            out.put(c.id(), judge.verdict(c));
        }
        return out;
    }

    private Map<Long, String> formNames() {
        Map<Long, String> names = new HashMap<>();
        awards.forms().forEach(f -> names.put(f.id(), f.name()));
        return names;
    }

    private List<EligibilityRule> active(long formId) {
        return rules(formId).stream().filter(EligibilityRule::active).toList();
    }

    private static int from(int year, List<EligibilityRule> rules) {
        int span = rules.stream().mapToInt(r -> r.years() + r.slack()).max().orElse(1);
        return year - span - 1;
    }

    /**
     * A draft nomination of the chosen exemplars for the form at the level, each with its deeds of
     * that year as grounds; the nomination screen then shows what is still lacking.
     */
    public Nomination propose(int year, long formId, String levelCode, Long proposingUnitId, List<Long> exemplarIds) {
        officeWork();
        if (exemplarIds.isEmpty()) {
            throw new UserException("eligible.noneChosen");
        }
        AwardForm form = awards.form(formId);
        List<Nominee> nominees = new ArrayList<>();
        for (long id : exemplarIds) {
            List<Long> deeds = exemplars.timeline().deeds(id).stream()
                    .filter(d -> d.date() != null && d.date().getYear() == year).map(Deed::id).toList();
            nominees.add(new Nominee(null, id, null, deeds));
        }
        String level = levelCode != null ? levelCode : form.levels().isEmpty() ? null : form.levels().get(0);
        return nominations.save(new Nomination(null, formId, level, proposingUnitId, null, null, null,
                Messages.get("eligible.proposeTitle", form.name(), String.valueOf(year)), null, null, null, null, null,
                null, nominees, null));
    }

    /** The condition in general words, for the catalogue ("đạt “Chiến sĩ thi đua cơ sở” 3 năm liên tục đến năm xét"). */
    public static String describe(EligibilityRule r, java.util.function.LongFunction<String> formName) {
        String ref = r.refFormId() == null ? "?" : formName.apply(r.refFormId());
        switch (r.kind()) {
            case TITLE:
                return Messages.get("eligible.desc.TITLE", ref, r.years())
                        + (r.slack() > 0 ? Messages.get("eligible.desc.slack", r.slack()) : "");
            case RATING:
                return Messages.get("eligible.desc.RATING", Messages.of(r.rating()), r.years());
            case INITIATIVES:
                return Messages.get("eligible.desc.INITIATIVES", r.amount(), r.years());
            case SHARE:
                return Messages.get("eligible.desc.SHARE", r.amount(), ref);
            default:
                return Messages.get("eligible.desc.INTERVAL", r.years());
        }
    }

    /** One line of what is missing, for lists and the command line ("—" when nothing is). */
    public static String missingText(Verdict v) {
        List<Check> m = v.missing();
        if (m.isEmpty()) {
            return Messages.get("eligible.noneMissing");
        }
        return m.stream().map(c -> c.condition() + " (" + c.evidence() + ")").collect(Collectors.joining("; "));
    }

    /** One line of the evidence that counts (the conditions met). */
    public static String evidenceText(Verdict v) {
        return v.checks().stream().filter(Check::met).filter(c -> c.rule() != null)
                .map(c -> c.condition() + ": " + c.evidence()).collect(Collectors.joining("; "));
    }

    public static String verdictText(Verdict v) {
        if (v.checks().stream().noneMatch(c -> c.rule() != null)) {
            return Messages.get(v.eligible() ? "eligible.verdict.none" : "eligible.verdict.no");
        }
        return Messages.get(v.eligible() ? "eligible.verdict.yes" : "eligible.verdict.no");
    }

    /** Refused for a unit's clerk: this is the office's own work ({@link vn.dienhinh.model.Officer#checkOfficeWork}). */
    private void officeWork() {
        exemplars.officer().checkOfficeWork("scope.work.eligibility");
    }
}
