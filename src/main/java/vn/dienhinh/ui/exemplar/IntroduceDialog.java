package vn.dienhinh.ui.exemplar;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.model.Field;
import vn.dienhinh.model.Introduction;
import vn.dienhinh.model.Quarter;
import vn.dienhinh.model.Unit;
import vn.dienhinh.service.Dates;
import vn.dienhinh.ui.Choice;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.SmallForm;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.ui.UnitTree;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/** Records, from the exemplar itself, that its unit introduced it in a quarter for one of its fields. */
final class IntroduceDialog {

    private IntroduceDialog() {
    }

    static void open(Dialogs dialogs, ExemplarServices s, TaskRunner tasks, Exemplar e, Runnable done) {
        tasks.run(null, () -> new Object[]{s.catalog().units(), s.catalog().fields()}, r -> {
            @SuppressWarnings("unchecked")
            List<Unit> units = (List<Unit>) r[0];
            @SuppressWarnings("unchecked")
            List<Field> fields = (List<Field>) r[1];
            show(dialogs, s, tasks, e, units, fields, done);
        });
    }

    private static void show(Dialogs dialogs, ExemplarServices s, TaskRunner tasks, Exemplar e, List<Unit> units,
                             List<Field> fields, Runnable done) {
        Quarter now = s.introductions().currentQuarter();
        ComboBox<Choice<Quarter>> quarter = new ComboBox<>();
        Quarter q = now.next();
        for (int i = 0; i < 9; i++) {
            quarter.getItems().add(new Choice<>(q, q.toString()));
            q = q.previous();
        }
        quarter.setValue(quarter.getItems().get(1));
        ComboBox<Choice<Long>> unit = new ComboBox<>();
        UnitTree.indented(units).forEach(x -> unit.getItems().add(new Choice<>(x.getKey().id(), x.getValue())));
        unit.getItems().stream().filter(c -> c.value().equals(e.unitId())).findFirst().ifPresent(unit::setValue);
        ComboBox<Choice<Long>> field = new ComboBox<>();
        field.getItems().add(new Choice<>(null, Messages.get("form.none")));
        fields.forEach(f -> field.getItems().add(new Choice<>(f.id(), f.name())));
        field.setValue(field.getItems().stream().filter(c -> !e.fieldIds().isEmpty() && e.fieldIds().get(0).equals(c.value()))
                .findFirst().orElse(field.getItems().get(0)));
        TextField received = new TextField(Dates.format(s.registry().today()));
        for (ComboBox<?> b : List.of(quarter, unit, field)) {
            b.setMaxWidth(Double.MAX_VALUE);
        }
        new SmallForm()
                .row("board.quarterLabel", quarter).row("col.unit", unit).row("col.fields", field)
                .row("board.received", received)
                .show(dialogs, tasks, Messages.get("detail.introduce"), e.name(), unit.valueProperty().isNull(),
                        () -> s.introductions().record(new Introduction(null, unit.getValue().value(), e.id(),
                                field.getValue().value(), null, quarter.getValue().value(),
                                Dates.parse(received.getText()).orElseThrow(() -> new UserException("valid.date",
                                        received.getText())), null, null, null)),
                        saved -> done.run());
    }
}
