package vn.dienhinh.ui.nomination;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import vn.dienhinh.model.Nomination;
import vn.dienhinh.model.Nominee;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.SmallForm;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.util.Messages;

/** The authority approves a nomination; nominees left unticked are not approved. */
final class ApproveDialog {

    private ApproveDialog() {
    }

    static void open(Dialogs dialogs, TaskRunner tasks, NominationServices s, Nomination n, Runnable done) {
        tasks.run(null, () -> {
            List<String> names = new ArrayList<>();
            for (Nominee ne : n.nominees()) {
                names.add(s.registry().require(ne.exemplarId()).name());
            }
            return names;
        }, names -> {
            VBox boxes = new VBox(6);
            List<CheckBox> checks = new ArrayList<>();
            for (String name : names) {
                CheckBox c = new CheckBox(name);
                c.setSelected(true);
                checks.add(c);
                boxes.getChildren().add(c);
            }
            TextField note = new TextField();
            new SmallForm().row("nomination.approvedNominees", boxes).row("form.note", note)
                    .show(dialogs, tasks, Messages.get("nomination.approve"), Messages.get("nomination.number", n.id()), null, () -> {
                                List<Long> rejected = new ArrayList<>();
                                for (int i = 0; i < checks.size(); i++) {
                                    if (!checks.get(i).isSelected()) {
                                        rejected.add(n.nominees().get(i).exemplarId());
                                    }
                                }
                                return s.nominations().approve(n.id(), rejected, note.getText());
                            }, x -> done.run());
        });
    }
}
