package vn.dienhinh.ui.award;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.controlsfx.control.CheckListView;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.AwardLevel;
import vn.dienhinh.model.Commendation;
import vn.dienhinh.model.Deed;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.service.AwardService;
import vn.dienhinh.service.Dates;
import vn.dienhinh.service.RegistryService;
import vn.dienhinh.ui.Choice;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.SmallForm;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/** Records a commendation decided outside a nomination (an older decision, another authority's). */
final class RecordCommendationDialog {

    private RecordCommendationDialog() {
    }

    static void open(Dialogs dialogs, TaskRunner tasks, AwardService awards, RegistryService registry, Runnable done) {
        tasks.run(null, () -> new Object[]{awards.forms(), awards.levels()}, r -> {
            @SuppressWarnings("unchecked")
            List<AwardForm> forms = (List<AwardForm>) r[0];
            @SuppressWarnings("unchecked")
            List<AwardLevel> levels = (List<AwardLevel>) r[1];
            show(dialogs, tasks, awards, registry, forms, levels, done);
        });
    }

    private static void show(Dialogs dialogs, TaskRunner tasks, AwardService awards, RegistryService registry,
                             List<AwardForm> forms, List<AwardLevel> levels, Runnable done) {
        TextField find = new TextField();
        find.setPromptText(Messages.get("campaign.linkSearch"));
        ComboBox<Choice<Long>> exemplar = new ComboBox<>();
        exemplar.setMaxWidth(Double.MAX_VALUE);
        CheckListView<Choice<Long>> deeds = new CheckListView<>();
        deeds.setPrefHeight(120);
        find.setOnAction(e -> tasks.run(null, () -> registry.page(ExemplarFilter.ALL.withSearch(find.getText()), 0, 30),
                rows -> {
                    exemplar.getItems().setAll(rows.stream().map(x -> new Choice<>(x.id(), x.name()
                            + (x.unitName() == null ? "" : " — " + x.unitName()))).toList());
                    if (!rows.isEmpty()) {
                        exemplar.setValue(exemplar.getItems().get(0));
                    }
                }));
        exemplar.valueProperty().addListener((o, a, b) -> {
            deeds.getItems().clear();
            if (b != null) {
                tasks.run(null, () -> registry.deeds(b.value()), list -> {
                    for (Deed d : list) {
                        deeds.getItems().add(new Choice<>(d.id(), d.title() + (d.date() == null ? "" : " (" + Dates.format(d.date()) + ")")));
                    }
                });
            }
        });
        ComboBox<Choice<Long>> form = new ComboBox<>();
        forms.stream().filter(AwardForm::active).forEach(f -> form.getItems().add(new Choice<>(f.id(), f.name())));
        ComboBox<Choice<String>> level = new ComboBox<>();
        levels.forEach(l -> level.getItems().add(new Choice<>(l.code(), l.name())));
        TextField number = new TextField();
        TextField date = new TextField();
        date.setPromptText("dd/mm/yyyy");
        TextField body = new TextField();
        new SmallForm()
                .row("award.findExemplar", find).row("col.nameShort", exemplar).row("award.grounds", deeds)
                .row("award.form", form).row("nomination.colLevel", level).row("award.decisionNumber", number)
                .row("col.date", date).row("award.issuingBody", body)
                .show(dialogs, tasks, Messages.get("award.record"), null,
                        exemplar.valueProperty().isNull().or(form.valueProperty().isNull()).or(level.valueProperty().isNull())
                                .or(date.textProperty().isEmpty()),
                        () -> awards.record(new Commendation(null, exemplar.getValue().value(), form.getValue().value(),
                                level.getValue().value(), number.getText(), Dates.parse(date.getText()).orElseThrow(() ->
                                new UserException("valid.date", date.getText())), body.getText(), null, null, null,
                                deeds.getCheckModel().getCheckedItems().stream().map(Choice::value).toList())),
                        x -> done.run());
    }
}
