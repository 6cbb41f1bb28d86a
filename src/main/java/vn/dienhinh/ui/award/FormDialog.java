package vn.dienhinh.ui.award;

import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.AwardLevel;
import vn.dienhinh.model.RewardRate;
import vn.dienhinh.service.AwardService;
import vn.dienhinh.service.CouncilService;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.SmallForm;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/**
 * Adds or edits a form or title: who may receive it, at which levels, whether again, and the reward money the
 * decision gives with it (multiples of the mức lương cơ sở, with the article it comes from).
 */
final class FormDialog {

    private FormDialog() {
    }

    /** Reads the form's reward rate off the FX thread, then opens the dialog. */
    static void open(Dialogs dialogs, TaskRunner tasks, AwardService awards, CouncilService council,
                     List<AwardLevel> levels, AwardForm f, Runnable done) {
        if (f == null) {
            open(dialogs, tasks, awards, council, levels, null, null, done);
        } else {
            tasks.run(null, () -> java.util.Optional.ofNullable(council.rate(f.id())),
                    rate -> open(dialogs, tasks, awards, council, levels, f, rate.orElse(null), done));
        }
    }

    private static void open(Dialogs dialogs, TaskRunner tasks, AwardService awards, CouncilService council,
                             List<AwardLevel> levels, AwardForm f, RewardRate rate, Runnable done) {
        TextField name = new TextField(f == null ? "" : f.name());
        CheckBox title = new CheckBox(Messages.get("award.isTitle"));
        title.setSelected(f != null && f.title());
        CheckBox individual = new CheckBox(Messages.get("ExemplarKind.INDIVIDUAL"));
        CheckBox collective = new CheckBox(Messages.get("ExemplarKind.COLLECTIVE"));
        CheckBox household = new CheckBox(Messages.get("ExemplarKind.HOUSEHOLD"));
        individual.setSelected(f == null || f.forIndividual());
        collective.setSelected(f != null && f.forCollective());
        household.setSelected(f != null && f.forHousehold());
        VBox levelBoxes = new VBox(4);
        for (AwardLevel l : levels) {
            CheckBox c = new CheckBox(l.name());
            c.setUserData(l.code());
            c.setSelected(f != null && f.levels().contains(l.code()));
            levelBoxes.getChildren().add(c);
        }
        CheckBox repeatable = new CheckBox(Messages.get("award.repeatableHint"));
        repeatable.setSelected(f == null || f.repeatable());
        CheckBox active = new CheckBox(Messages.get("unit.activeHint"));
        active.setSelected(f == null || f.active());
        TextField rateIndividual = new TextField(rate == null ? "" : coefficient(rate.individual()));
        TextField rateCollective = new TextField(rate == null ? "" : coefficient(rate.collective()));
        rateIndividual.setPrefColumnCount(5);
        rateCollective.setPrefColumnCount(5);
        rateIndividual.setId("rateIndividual");
        rateCollective.setId("rateCollective");
        TextField rateBasis = new TextField(rate == null ? "" : rate.basis());
        rateBasis.setId("rateBasis");
        rateBasis.setPromptText(Messages.get("award.rateBasisPrompt"));
        new SmallForm()
                .row("award.form", name).row("award.type", title)
                .row("award.recipients", new HBox(10, individual, collective, household))
                .row("award.levels", levelBoxes).row("award.repeatable", repeatable).row("unit.active", active)
                .row("award.rate", new HBox(8, new javafx.scene.control.Label(Messages.get("ExemplarKind.INDIVIDUAL")),
                        rateIndividual, new javafx.scene.control.Label(Messages.get("ExemplarKind.COLLECTIVE")),
                        rateCollective))
                .row("award.rateBasis", rateBasis)
                .note(Messages.get("award.rateNote"))
                .show(dialogs, tasks, Messages.get(f == null ? "award.addForm" : "award.editForm"), null,
                        name.textProperty().isEmpty(), () -> {
                            Double ind = coefficient(rateIndividual.getText());
                            Double coll = coefficient(rateCollective.getText());
                            boolean withRate = ind != null || coll != null || rate != null;
                            if (withRate) {
                                CouncilService.checkRate(ind, coll, rateBasis.getText());
                            }
                            AwardForm saved = awards.saveForm(new AwardForm(f == null ? null : f.id(),
                                    name.getText(), title.isSelected(), individual.isSelected(), collective.isSelected(),
                                    household.isSelected(), levelBoxes.getChildren().stream()
                                    .filter(n -> ((CheckBox) n).isSelected()).map(n -> (String) n.getUserData()).toList(),
                                    repeatable.isSelected(), active.isSelected(), f == null ? 0 : f.sortOrder()));
                            if (withRate) {
                                council.saveRate(saved.id(), ind, coll, rateBasis.getText());
                            }
                            return saved;
                        }, x -> done.run());
    }

    /** "0,3" for 0.3; blank for none. */
    private static String coefficient(Double d) {
        if (d == null) {
            return "";
        }
        String s = java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        return s.replace('.', ',');
    }

    /** A coefficient typed with a comma or a point; blank is none; anything else is the user's error. */
    private static Double coefficient(String text) {
        String t = text == null ? "" : text.strip().replace(',', '.');
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(t);
        } catch (NumberFormatException e) {
            throw new UserException(e, "council.badRate", text.strip());
        }
    }
}
