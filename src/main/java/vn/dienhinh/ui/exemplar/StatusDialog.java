package vn.dienhinh.ui.exemplar;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import vn.dienhinh.model.ExemplarStatus;
import vn.dienhinh.service.Dates;
import vn.dienhinh.service.RegistryService;
import vn.dienhinh.ui.Choice;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.SmallForm;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.util.Messages;

/** Moves an exemplar along its lifecycle, with the date and the reason that the history keeps. */
final class StatusDialog {

    private StatusDialog() {
    }

    static void open(Dialogs dialogs, RegistryService registry, TaskRunner tasks, long id, String name,
                     ExemplarStatus current, Runnable done) {
        ComboBox<Choice<ExemplarStatus>> to = new ComboBox<>();
        to.setId("status-to");
        List<ExemplarStatus> next = current.next().stream().sorted().toList();
        next.forEach(s -> to.getItems().add(new Choice<>(s, Messages.of(s))));
        to.getSelectionModel().select(0);
        TextField date = new TextField(Dates.format(registry.today()));
        TextArea reason = new TextArea();
        reason.setId("status-reason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.setPromptText(Messages.get("status.reasonPrompt"));
        new SmallForm()
                .note(Messages.get("status.current", Messages.of(current)))
                .row("status.to", to)
                .row("col.date", date)
                .row("col.reason", reason)
                .show(dialogs, tasks, Messages.get("exemplars.status"), name,
                        reason.textProperty().isEmpty().or(date.textProperty().isEmpty()),
                        () -> registry.changeStatus(id, to.getValue().value(), Dates.parse(date.getText())
                                .orElseThrow(() -> new vn.dienhinh.util.UserException("valid.date", date.getText())),
                                reason.getText()),
                        change -> done.run());
    }
}
