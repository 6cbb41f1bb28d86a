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

/** The facts of one judgement of eligibility, indexed for the checks of each condition. */
final class EligibilityJudge {
    final EligibilityFacts facts;
    final AwardForm form;
    final int year;
    final List<EligibilityRule> rules;
    final Map<Long, Map<Long, TreeMap<Integer, Held>>> held = new HashMap<>();
    final Map<Long, Map<Integer, YearlyResult>> results = new HashMap<>();
    final Map<String, Integer> unitCounts = new HashMap<>();
    final Map<Long, String> formNames = new HashMap<>();

    EligibilityJudge(Map<Long, String> formNames, EligibilityFacts facts, AwardForm form, int year,
                     List<EligibilityRule> rules) {
        this.formNames.putAll(formNames);
        this.facts = facts;
        this.form = form;
        this.year = year;
        this.rules = rules;
        for (Held h : facts.held()) {
            held.computeIfAbsent(h.exemplarId(), k -> new HashMap<>())
                    .computeIfAbsent(h.formId(), k -> new TreeMap<>()).putIfAbsent(h.year(), h);
        }
        for (YearlyResult r : facts.results()) {
            results.computeIfAbsent(r.exemplarId(), k -> new HashMap<>()).put(r.year(), r);
        }
        for (EligibilityFacts.UnitCount u : facts.unitCounts()) {
            unitCounts.put(key(u.unitId(), u.formId(), u.year()), u.count());
        }
    }

    String key(Long unit, long formId, int y) {
        return unit + "/" + formId + "/" + y;
    }

    TreeMap<Integer, Held> heldOf(long exemplarId, long formId) {
        return held.getOrDefault(exemplarId, Map.of()).getOrDefault(formId, new TreeMap<>());
    }

    Verdict verdict(Candidate c) {
        List<Check> checks = new ArrayList<>();
        Held already = heldOf(c.id(), form.id()).get(year);
        checks.add(new Check(null, Messages.get("eligible.cond.already", form.name(), String.valueOf(year)),
                already == null, already == null ? Messages.get("eligible.ev.never")
                : Messages.get("eligible.ev.already", Objects.requireNonNullElse(already.decisionNumber(), "—"))));
        for (EligibilityRule r : rules) {
            if (r.appliesTo(c.kind())) {
                checks.add(check(r, c));
            }
        }
        return new Verdict(c, form, year, checks);
    }

    Check check(EligibilityRule r, Candidate c) {
        switch (r.kind()) {
            case TITLE:
                return title(r, c);
            case RATING:
                return rating(r, c);
            case INITIATIVES:
                return initiatives(r, c);
            case SHARE:
                return share(r, c);
            default:
                return interval(r, c);
        }
    }

    String name(Long formId) {
        return formNames.getOrDefault(formId, "?");
    }

    Check title(EligibilityRule r, Candidate c) {
        TreeMap<Integer, Held> years = heldOf(c.id(), r.refFormId());
        String cond = r.years() == 1 && r.slack() == 0
                ? Messages.get("eligible.cond.title1", name(r.refFormId()), String.valueOf(year))
                : Messages.get("eligible.cond.titleRun", r.years(), name(r.refFormId()), String.valueOf(year))
                + (r.slack() > 0 ? Messages.get("eligible.cond.titleSlack", r.slack()) : "");
        for (int end = year; end >= year - r.slack(); end--) {
            boolean run = true;
            for (int y = end - r.years() + 1; y <= end; y++) {
                run &= years.containsKey(y);
            }
            if (run) {
                return new Check(r, cond, true, yearList(years, end - r.years() + 1, end));
            }
        }
        return new Check(r, cond, false, yearList(years, Integer.MIN_VALUE, year));
    }

    String yearList(TreeMap<Integer, Held> years, int from, int to) {
        var span = years.subMap(from, true, to, true);
        if (span.isEmpty()) {
            return Messages.get("eligible.ev.noYears");
        }
        return Messages.get("eligible.ev.years", span.values().stream()
                .map(h -> h.year() + (h.decisionNumber() == null ? "" : " (QĐ " + h.decisionNumber() + ")"))
                .collect(Collectors.joining(", ")));
    }

    Check rating(EligibilityRule r, Candidate c) {
        String label = Messages.of(r.rating());
        String cond = r.years() == 1 ? Messages.get("eligible.cond.rating1", label, String.valueOf(year))
                : Messages.get("eligible.cond.ratingRun", r.years(), label, String.valueOf(year));
        Map<Integer, YearlyResult> mine = results.getOrDefault(c.id(), Map.of());
        boolean met = true;
        List<String> ev = new ArrayList<>();
        for (int y = year - r.years() + 1; y <= year; y++) {
            YearlyResult res = mine.get(y);
            boolean ok = res != null && res.rating() != null && res.rating().atLeast(r.rating());
            met &= ok;
            ev.add(res == null || res.rating() == null ? Messages.get("eligible.ev.noRating", String.valueOf(y))
                    : Messages.get("eligible.ev.rating", String.valueOf(y), Messages.of(res.rating())));
        }
        return new Check(r, cond, met, String.join(", ", ev));
    }

    Check initiatives(EligibilityRule r, Candidate c) {
        int first = year - r.years() + 1;
        String cond = r.years() == 1 ? Messages.get("eligible.cond.initiatives1", r.amount(), String.valueOf(year))
                : Messages.get("eligible.cond.initiatives", r.amount(), r.years(), String.valueOf(first),
                String.valueOf(year));
        Map<Integer, YearlyResult> mine = results.getOrDefault(c.id(), Map.of());
        int total = 0;
        List<String> by = new ArrayList<>();
        for (int y = first; y <= year; y++) {
            YearlyResult res = mine.get(y);
            if (res != null && res.initiatives() > 0) {
                total += res.initiatives();
                by.add(y + ": " + res.initiatives());
            }
        }
        String ev = Messages.get("eligible.ev.initiatives", total) + (by.isEmpty() ? "" : " (" + String.join(", ", by) + ")");
        return new Check(r, cond, total >= r.amount(), ev);
    }

    Check share(EligibilityRule r, Candidate c) {
        String cond = Messages.get("eligible.cond.share", r.amount(), name(r.refFormId()), String.valueOf(year));
        if (c.unitId() == null) {
            return new Check(r, cond, false, Messages.get("eligible.ev.noUnit"));
        }
        int holders = unitCounts.getOrDefault(key(c.unitId(), r.refFormId(), year), 0);
        int quota = r.amount() * holders / 100; // "không quá": rounded down
        int others = unitCounts.getOrDefault(key(c.unitId(), form.id(), year), 0)
                - (heldOf(c.id(), form.id()).containsKey(year) ? 1 : 0);
        return new Check(r, cond, others < quota, Messages.get("eligible.ev.share", c.unitName(), holders,
                name(r.refFormId()), quota, others));
    }

    Check interval(EligibilityRule r, Candidate c) {
        String cond = Messages.get("eligible.cond.interval", form.name(), r.years());
        var before = heldOf(c.id(), form.id()).headMap(year, false);
        if (before.isEmpty()) {
            return new Check(r, cond, true, Messages.get("eligible.ev.never"));
        }
        int last = before.lastKey();
        return new Check(r, cond, year - last >= r.years(), Messages.get("eligible.ev.last", String.valueOf(last)));
    }
}
