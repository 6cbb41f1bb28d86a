package vn.dienhinh.ui.award;

import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.AwardLevel;
import vn.dienhinh.service.AwardService;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.SmallForm;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.util.Messages;

/** Adds or edits a form or title: who may receive it, at which levels, whether again. */
final class FormDialog {

    private FormDialog() {
    }

    static void open(Dialogs dialogs, TaskRunner tasks, AwardService awards, List<AwardLevel> levels, AwardForm f,
                     Runnable done) {
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
        new SmallForm()
                .row("award.form", name).row("award.type", title)
                .row("award.recipients", new HBox(10, individual, collective, household))
                .row("award.levels", levelBoxes).row("award.repeatable", repeatable).row("unit.active", active)
                .show(dialogs, tasks, Messages.get(f == null ? "award.addForm" : "award.editForm"), null,
                        name.textProperty().isEmpty(), () -> awards.saveForm(new AwardForm(f == null ? null : f.id(),
                                name.getText(), title.isSelected(), individual.isSelected(), collective.isSelected(),
                                household.isSelected(), levelBoxes.getChildren().stream()
                                .filter(n -> ((CheckBox) n).isSelected()).map(n -> (String) n.getUserData()).toList(),
                                repeatable.isSelected(), active.isSelected(), f == null ? 0 : f.sortOrder())),
                        x -> done.run());
    }
}
