package vn.dienhinh.ui.exemplar;

import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import vn.dienhinh.model.Deed;
import vn.dienhinh.service.Dates;
import vn.dienhinh.service.RegistryService;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.SmallForm;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/** Adds or edits one dated deed or achievement of an exemplar. */
final class DeedDialog {

    private DeedDialog() {
    }

    static void open(Dialogs dialogs, RegistryService registry, TaskRunner tasks, Deed deed, Runnable done) {
        TextField date = new TextField(Dates.format(deed.date()));
        date.setPromptText("dd/mm/yyyy");
        TextField title = new TextField(deed.title());
        title.setId("deed-title");
        TextArea description = new TextArea(deed.description());
        description.setPrefRowCount(4);
        description.setWrapText(true);
        new SmallForm()
                .row("col.date", date)
                .row("col.deed", title)
                .row("deed.description", description)
                .show(dialogs, tasks, Messages.get("detail.deeds"), null, title.textProperty().isEmpty(),
                        () -> registry.saveDeed(new Deed(deed.id(), deed.exemplarId(), date.getText().isBlank() ? null
                                : Dates.parse(date.getText()).orElseThrow(() -> new UserException("valid.date",
                                date.getText())), title.getText(), description.getText())),
                        d -> done.run());
    }
}
