package vn.dienhinh.ui.catalog;

import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import vn.dienhinh.model.Field;
import vn.dienhinh.service.CatalogService;
import vn.dienhinh.service.Dates;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.SmallForm;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.util.Messages;

/** Adds or edits a field (lĩnh vực). */
final class FieldDialog {

    private FieldDialog() {
    }

    static void open(Dialogs dialogs, TaskRunner tasks, CatalogService catalog, Field f, Runnable done) {
        TextField name = new TextField(f.name());
        name.setId("field-name");
        TextField shortName = new TextField(f.shortName());
        TextField order = new TextField(f.sortOrder() > 0 ? String.valueOf(f.sortOrder()) : "");
        order.setPromptText(Messages.get("field.orderPrompt"));
        TextField activeFrom = new TextField(Dates.format(f.activeFrom()));
        activeFrom.setPromptText("dd/mm/yyyy");
        CheckBox active = new CheckBox(Messages.get("unit.activeHint"));
        active.setSelected(f.active());
        new SmallForm()
                .row("field.name", name).row("field.shortName", shortName).row("field.order", order)
                .row("unit.activeFrom", activeFrom).row("unit.active", active)
                .show(dialogs, tasks, Messages.get(f.id() == null ? "catalog.addField" : "catalog.editField"), null,
                        name.textProperty().isEmpty(), () -> catalog.saveField(new Field(f.id(), name.getText(),
                                shortName.getText(), order.getText().strip().matches("\\d{1,4}")
                                ? Integer.parseInt(order.getText().strip()) : 0,
                                UnitDialog.date(activeFrom.getText()), active.isSelected())),
                        saved -> done.run());
    }
}
