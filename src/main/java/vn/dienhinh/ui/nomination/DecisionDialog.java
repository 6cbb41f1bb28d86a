package vn.dienhinh.ui.nomination;

import javafx.scene.control.TextField;
import vn.dienhinh.model.Nomination;
import vn.dienhinh.service.Dates;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.SmallForm;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/** Enters the decision: every approved nominee becomes a commendation. */
final class DecisionDialog {

    private DecisionDialog() {
    }

    static void open(Dialogs dialogs, TaskRunner tasks, NominationServices s, Nomination n, Runnable done) {
        TextField number = new TextField();
        number.setPromptText("15/QĐ-UBND");
        TextField date = new TextField(Dates.format(s.registry().today()));
        TextField body = new TextField(n.authority());
        new SmallForm()
                .note(Messages.get("nomination.decideNote"))
                .row("nomination.decisionNumberLabel", number).row("col.date", date).row("nomination.decisionBody", body)
                .show(dialogs, tasks, Messages.get("nomination.decide"), null, number.textProperty().isEmpty(),
                        () -> s.nominations().decide(n.id(), number.getText(), Dates.parse(date.getText())
                                .orElseThrow(() -> new UserException("valid.date", date.getText())), body.getText()),
                        x -> done.run());
    }
}
