package vn.dienhinh.ui.nomination;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import vn.dienhinh.model.Deed;
import vn.dienhinh.model.DossierPaper;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.Nomination;
import vn.dienhinh.model.NominationStatus;
import vn.dienhinh.model.NominationStep;
import vn.dienhinh.model.Nominee;
import vn.dienhinh.model.NomineeOutcome;
import vn.dienhinh.service.Dates;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.util.Messages;

/** The chosen nomination: nominees with their deeds and any broken rule, the dossier checklist, the steps. */
final class NominationDetail {

    private final NominationServices s;
    private final TaskRunner tasks;
    private final VBox box;
    private final Runnable changed;
    private long generation;

    NominationDetail(NominationServices s, TaskRunner tasks, VBox box, Runnable changed) {
        this.s = s;
        this.tasks = tasks;
        this.box = box;
        this.changed = changed;
        show(null);
    }

    private record Line(Exemplar exemplar, List<Deed> deeds, NomineeOutcome outcome) {
    }

    private record Loaded(Nomination n, String form, String level, String unit, List<Line> lines,
                          Map<Long, List<String>> problems, List<NominationStep> steps, List<Exemplar> residents,
                          Map<Long, java.time.LocalDate> letters, Map<Long, vn.dienhinh.model.Verdict> verdicts) {
    }

    void show(Nomination n) {
        long gen = ++generation;
        if (n == null) {
            box.getChildren().setAll(muted(Messages.get("nomination.selectFirst")));
            return;
        }
        tasks.run(null, () -> {
            List<Line> lines = new ArrayList<>();
            for (Nominee ne : n.nominees()) {
                Exemplar e = s.registry().require(ne.exemplarId());
                List<Deed> deeds = s.registry().deeds(e.id()).stream().filter(d -> ne.deedIds().contains(d.id())).toList();
                lines.add(new Line(e, deeds, ne.outcome()));
            }
            boolean open = n.status() == NominationStatus.DRAFT || n.status() == NominationStatus.RETURNED;
            return new Loaded(n, s.awards().form(n.formId()).name(), s.awards().level(n.levelCode()).name(),
                    n.proposingUnitId() == null ? "" : s.catalog().unit(n.proposingUnitId()).name(), lines,
                    open ? s.nominations().problems(n) : Map.of(), s.nominations().steps(n.id()),
                    s.nominations().residenceLetterNominees(n), s.nominations().residenceLetters(n.id()),
                    // once decided, its own decision would count against it ("Chưa được tặng … đã có Quyết định
                    // số …" under the nominees it made): the conditions are advice for the deciding, not after it
                    s.eligibility() == null || n.status() == NominationStatus.DECIDED ? Map.of()
                            : s.eligibility().verdicts(n.nominees().stream()
                            .map(Nominee::exemplarId).toList(), n.formId(), n.createdOn().getYear()));
        }, l -> {
            if (gen == generation) {
                render(l);
            }
        });
    }

    private void render(Loaded l) {
        Nomination n = l.n();
        box.getChildren().clear();
        Label title = new Label(Messages.get("nomination.heading", n.id(), l.form(), l.level()));
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        box.getChildren().addAll(title, muted(Messages.get("nomination.info", l.unit(), n.authority() == null ? "—"
                : n.authority(), Messages.of(n.status()), Dates.format(n.createdOn()))));
        if (n.decisionNumber() != null) {
            box.getChildren().add(new Label(Messages.get("nomination.decided", n.decisionNumber(),
                    Dates.format(n.decisionDate()), n.decisionBody() == null ? "" : n.decisionBody())));
        }
        box.getChildren().add(bold(Messages.get("nomination.nominees", l.lines().size())));
        if (!l.problems().isEmpty()) {
            Label warn = new Label(Messages.get("nomination.hasProblems"));
            warn.getStyleClass().add("danger");
            warn.setWrapText(true);
            box.getChildren().add(warn);
        }
        // a form without conditions in the catalogue is said once, not under every nominee
        boolean ruleless = !l.verdicts().isEmpty() && l.verdicts().values().stream().allMatch(NominationDetail::ruleless);
        if (ruleless) {
            Label none = muted(Messages.get("nomination.verdict", String.valueOf(l.verdicts().values().iterator().next()
                    .year()), Messages.get("eligible.verdict.none")));
            none.setId("nomination-verdict");
            none.setWrapText(true);
            box.getChildren().add(none);
        }
        for (Line line : l.lines()) {
            Label who = new Label(line.exemplar().name() + " — " + Messages.of(line.exemplar().kind())
                    + (n.status() == NominationStatus.DRAFT ? "" : " · " + Messages.of(line.outcome())));
            who.getStyleClass().add("text-bold");
            box.getChildren().add(who);
            vn.dienhinh.model.Verdict v = l.verdicts().get(line.exemplar().id());
            if (v != null && !ruleless) {
                // beside the rules, advice only: the law's conditions as the registry's history shows them
                Label vl = new Label("   " + Messages.get("nomination.verdict", String.valueOf(v.year()),
                        vn.dienhinh.service.EligibilityService.verdictText(v))
                        + (v.eligible() ? "" : " — " + vn.dienhinh.service.EligibilityService.missingText(v)));
                vl.setWrapText(true);
                vl.setId("nomination-verdict");
                vl.getStyleClass().add(v.eligible() ? "success" : "warning");
                box.getChildren().add(vl);
            }
            if (line.deeds().isEmpty()) {
                box.getChildren().add(muted("   " + Messages.get("nomination.noDeedChosen")));
            }
            for (Deed d : line.deeds()) {
                Label dl = new Label("   • " + d.title() + (d.date() == null ? "" : " (" + Dates.format(d.date()) + ")"));
                dl.setWrapText(true);
                box.getChildren().add(dl);
            }
            for (String p : l.problems().getOrDefault(line.exemplar().id(), List.of())) {
                Label pl = new Label("   ⚠ " + p);
                pl.getStyleClass().add("danger");
                pl.setWrapText(true);
                pl.setId("nomination-problem");
                box.getChildren().add(pl);
            }
        }
        box.getChildren().add(bold(Messages.get("nomination.papers")));
        for (DossierPaper p : DossierPaper.values()) {
            CheckBox c = new CheckBox(Messages.of(p) + (n.papers().containsKey(p)
                    ? " (" + Messages.get("nomination.receivedOn", Dates.format(n.papers().get(p))) + ")" : ""));
            c.setSelected(n.papers().containsKey(p));
            c.setWrapText(true);
            c.setOnAction(e -> tasks.run(null, () -> s.nominations().setPaper(n.id(), p,
                    c.isSelected() ? s.registry().today() : null), x -> changed.run()));
            box.getChildren().add(c);
            if (p == DossierPaper.RESIDENCE_CONFIRMATION && !l.residents().isEmpty()) {
                residenceLetters(l, c);
            }
        }
        box.getChildren().add(bold(Messages.get("nomination.steps")));
        for (NominationStep st : l.steps()) {
            box.getChildren().add(new Label(Dates.format(st.date()) + "  " + Messages.of(st.to())
                    + (st.reason() == null ? "" : " — " + st.reason())));
        }
    }

    /**
     * One letter per individual nominee, ticked as each comes back; the paper itself follows them (ticked
     * once every letter is in), so its own box is not clicked.
     */
    private void residenceLetters(Loaded l, CheckBox paper) {
        Nomination n = l.n();
        paper.setDisable(true);
        box.getChildren().add(muted("      " + Messages.get("residence.letters", l.letters().size(), l.residents().size())));
        for (Exemplar e : l.residents()) {
            java.time.LocalDate on = l.letters().get(e.id());
            CheckBox c = new CheckBox(Messages.get("residence.letterOf", e.name()) + (on == null ? ""
                    : " (" + Messages.get("nomination.receivedOn", Dates.format(on)) + ")"));
            c.setId("residence-letter-" + e.id());
            c.setSelected(on != null);
            c.setWrapText(true);
            c.setPadding(new javafx.geometry.Insets(0, 0, 0, 24));
            c.setOnAction(x -> tasks.run(null, () -> s.nominations().markResidenceLetter(n.id(), e.id(),
                    c.isSelected() ? s.registry().today() : null), y -> changed.run()));
            box.getChildren().add(c);
        }
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-bold");
        l.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        l.setWrapText(true);
        return l;
    }

    private static boolean ruleless(vn.dienhinh.model.Verdict v) {
        return v.eligible() && v.checks().stream().noneMatch(c -> c.rule() != null);
    }
}
