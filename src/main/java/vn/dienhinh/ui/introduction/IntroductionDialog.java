package vn.dienhinh.ui.introduction;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.ExemplarRow;
import vn.dienhinh.model.Field;
import vn.dienhinh.model.Introduction;
import vn.dienhinh.model.Quarter;
import vn.dienhinh.model.Unit;
import vn.dienhinh.service.CatalogService;
import vn.dienhinh.service.Dates;
import vn.dienhinh.service.RegistryService;
import vn.dienhinh.ui.Choice;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.SmallForm;
import vn.dienhinh.ui.UnitTree;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/** Records that a unit introduced one exemplar for a field in the chosen quarter. */
final class IntroductionDialog {

    /** How many of a unit's exemplars the chooser lists. */
    static final int CHOICES = 1000;

    private IntroductionDialog() {
    }

    /** Opens the dialog for a new introduction ({@code existing} null) or to correct one. */
    static void open(Dialogs dialogs, BoardViewModel model, RegistryService registry, CatalogService catalog,
                     Introduction existing, Runnable done) {
        model.tasks.run(null, () -> new Object[]{catalog.units(), catalog.fields()}, r -> {
            @SuppressWarnings("unchecked")
            List<Unit> units = (List<Unit>) r[0];
            @SuppressWarnings("unchecked")
            List<Field> fields = (List<Field>) r[1];
            show(dialogs, model, registry, units, fields, existing, done);
        });
    }

    private static void show(Dialogs dialogs, BoardViewModel model, RegistryService registry, List<Unit> units,
                             List<Field> fields, Introduction existing, Runnable done) {
        Quarter chosen = existing != null ? existing.quarter() : model.chosenQuarter();
        ComboBox<Choice<Quarter>> quarter = new ComboBox<>();
        quarter.setId("intro-quarter");
        Quarter q = model.introductions.currentQuarter().next();
        for (int i = 0; i < 12; i++, q = q.previous()) {
            quarter.getItems().add(new Choice<>(q, q.toString()));
        }
        if (quarter.getItems().stream().noneMatch(c -> c.value().equals(chosen))) {
            quarter.getItems().add(new Choice<>(chosen, chosen.toString()));
        }
        quarter.getItems().stream().filter(c -> c.value().equals(chosen)).findFirst().ifPresent(quarter::setValue);
        ComboBox<Choice<Long>> unit = new ComboBox<>();
        unit.setId("intro-unit");
        UnitTree.indented(units).forEach(e -> unit.getItems().add(new Choice<>(e.getKey().id(), e.getValue())));
        unit.setMaxWidth(Double.MAX_VALUE);
        ComboBox<Choice<Long>> exemplar = new ComboBox<>();
        exemplar.setId("intro-exemplar");
        exemplar.setMaxWidth(Double.MAX_VALUE);
        exemplar.setPromptText(Messages.get("board.chooseUnitFirst"));
        ComboBox<Choice<Long>> field = new ComboBox<>();
        field.setId("intro-field");
        field.getItems().add(new Choice<>(null, Messages.get("form.none")));
        fields.forEach(f -> field.getItems().add(new Choice<>(f.id(), f.name())));
        field.setValue(field.getItems().stream().filter(c -> existing != null && java.util.Objects.equals(c.value(),
                existing.fieldId())).findFirst().orElse(field.getItems().get(0)));
        field.setMaxWidth(Double.MAX_VALUE);
        TextField received = new TextField(Dates.format(existing != null ? existing.receivedOn() : registry.today()));
        unit.valueProperty().addListener((o, a, b) -> {
            exemplar.getItems().clear();
            if (b == null) {
                return;
            }
            model.tasks.run(null, () -> registry.page(ExemplarFilter.ALL.withUnit(b.value()), 0, CHOICES), rows -> {
                for (ExemplarRow x : rows) {
                    exemplar.getItems().add(new Choice<>(x.id(), x.name() + (x.birthYear() == null ? "" : " (" + x.birthYear() + ")")));
                }
                exemplar.setPromptText(rows.isEmpty() ? Messages.get("board.unitHasNone") : null);
                if (existing != null) {
                    exemplar.getItems().stream().filter(c -> c.value() == existing.exemplarId()).findFirst()
                            .ifPresent(exemplar::setValue);
                }
            });
        });
        if (existing != null) {
            unit.getItems().stream().filter(c -> c.value() == existing.unitId()).findFirst().ifPresent(unit::setValue);
        }
        new SmallForm()
                .row("board.quarterLabel", quarter)
                .row("col.unit", unit)
                .row("col.name", exemplar)
                .row("col.fields", field)
                .row("board.received", received)
                .show(dialogs, model.tasks, Messages.get(existing == null ? "board.record" : "board.correct"), null,
                        unit.valueProperty().isNull().or(exemplar.valueProperty().isNull()), () -> {
                            Introduction i = new Introduction(existing == null ? null : existing.id(),
                                    unit.getValue().value(), exemplar.getValue().value(), field.getValue().value(),
                                    existing != null ? existing.campaignId()
                                            : model.campaign.get() == null ? null : model.campaign.get().value(),
                                    quarter.getValue().value(), Dates.parse(received.getText()).orElseThrow(() ->
                                            new UserException("valid.date", received.getText())), null, null,
                                    existing == null ? null : existing.note());
                            if (existing == null) {
                                model.introductions.record(i);
                            } else {
                                model.introductions.correct(i);
                            }
                            return i;
                        }, saved -> done.run());
    }
}
