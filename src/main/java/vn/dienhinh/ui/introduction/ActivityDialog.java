package vn.dienhinh.ui.introduction;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.dienhinh.model.Activity;
import vn.dienhinh.model.ActivityForm;
import vn.dienhinh.model.Campaign;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.ExemplarRow;
import vn.dienhinh.model.Quarter;
import vn.dienhinh.model.Unit;
import vn.dienhinh.service.ActivityService;
import vn.dienhinh.service.CampaignService;
import vn.dienhinh.service.CatalogService;
import vn.dienhinh.service.Dates;
import vn.dienhinh.service.RegistryService;
import vn.dienhinh.ui.Choice;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.SmallForm;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.ui.UnitTree;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/** Logs a propaganda activity and the exemplars it featured. */
final class ActivityDialog {

    /** What the dialog reads and writes through. */
    record Sources(ActivityService activities, RegistryService registry, CatalogService catalog,
                   CampaignService campaigns) {
    }

    private ActivityDialog() {
    }

    static void open(Dialogs dialogs, TaskRunner tasks, Sources s, Activity a, Quarter quarter, Runnable done) {
        tasks.run(null, () -> {
            List<Choice<Long>> featured = new ArrayList<>();
            if (a != null) {
                for (Long id : a.exemplarIds()) {
                    featured.add(new Choice<>(id, s.registry().require(id).name()));
                }
            }
            return new Object[]{s.catalog().units(), s.campaigns().all(), featured};
        }, r -> {
            @SuppressWarnings("unchecked")
            List<Unit> units = (List<Unit>) r[0];
            @SuppressWarnings("unchecked")
            List<Campaign> campaigns = (List<Campaign>) r[1];
            @SuppressWarnings("unchecked")
            List<Choice<Long>> featured = (List<Choice<Long>>) r[2];
            show(dialogs, tasks, s, a, quarter, units, campaigns, featured, done);
        });
    }

    private static void show(Dialogs dialogs, TaskRunner tasks, Sources s, Activity a, Quarter quarter, List<Unit> units,
                             List<Campaign> campaigns, List<Choice<Long>> featured, Runnable done) {
        ComboBox<Choice<ActivityForm>> form = new ComboBox<>();
        form.setId("activity-form");
        for (ActivityForm f : ActivityForm.values()) {
            form.getItems().add(new Choice<>(f, Messages.of(f)));
        }
        form.setValue(a == null ? form.getItems().get(0) : form.getItems().get(a.form().ordinal()));
        java.time.LocalDate today = s.registry().today();
        TextField date = new TextField(Dates.format(a != null ? a.date() : quarter.contains(today) ? today : quarter.end()));
        TextField title = new TextField(a == null ? "" : a.title());
        title.setId("activity-title");
        TextField link = new TextField(a == null ? "" : a.link());
        link.setPromptText("https://…");
        ComboBox<Choice<Long>> unit = new ComboBox<>();
        unit.getItems().add(new Choice<>(null, Messages.get("form.none")));
        UnitTree.indented(units).forEach(e -> unit.getItems().add(new Choice<>(e.getKey().id(), e.getValue())));
        unit.setValue(unit.getItems().stream().filter(c -> a != null && Objects.equals(c.value(), a.unitId()))
                .findFirst().orElse(unit.getItems().get(0)));
        ComboBox<Choice<Long>> campaign = new ComboBox<>();
        campaign.getItems().add(new Choice<>(null, Messages.get("form.none")));
        campaigns.forEach(c -> campaign.getItems().add(new Choice<>(c.id(), c.name())));
        campaign.setValue(campaign.getItems().stream().filter(c -> a != null && Objects.equals(c.value(), a.campaignId()))
                .findFirst().orElse(campaign.getItems().get(0)));
        ObservableList<Choice<Long>> chosen = FXCollections.observableArrayList(featured);
        ListView<Choice<Long>> list = new ListView<>(chosen);
        list.setPrefHeight(110);
        list.setPlaceholder(new Label(Messages.get("activity.noExemplars")));
        TextField find = new TextField();
        find.setPromptText(Messages.get("campaign.linkSearch"));
        Button addOne = new Button(Messages.get("activity.addExemplar"));
        Runnable search = () -> tasks.run(null, () -> s.registry().page(ExemplarFilter.ALL.withSearch(find.getText()), 0, 20),
                found -> pick(dialogs, found, chosen, find));
        addOne.setOnAction(e -> search.run());
        find.setOnAction(e -> search.run());
        Button remove = new Button(Messages.get("campaign.unlink"));
        remove.setOnAction(e -> chosen.remove(list.getSelectionModel().getSelectedItem()));
        for (ComboBox<?> box : List.of(form, unit, campaign)) {
            box.setMaxWidth(Double.MAX_VALUE);
        }
        new SmallForm()
                .row("activity.form", form).row("col.date", date).row("activity.title", title).row("activity.link", link)
                .row("col.unit", unit).row("activity.campaign", campaign)
                .row("activity.featured", new VBox(6, new HBox(6, find, addOne, remove), list))
                .show(dialogs, tasks, Messages.get(a == null ? "activity.add" : "activity.edit"), null,
                        title.textProperty().isEmpty(),
                        () -> s.activities().save(new Activity(a == null ? null : a.id(), form.getValue().value(),
                                Dates.parse(date.getText()).orElseThrow(() -> new UserException("valid.date", date.getText())),
                                title.getText(), link.getText(), unit.getValue().value(), campaign.getValue().value(),
                                a == null ? null : a.note(), chosen.stream().map(Choice::value).toList())),
                        saved -> done.run());
    }

    private static void pick(Dialogs dialogs, List<ExemplarRow> found, ObservableList<Choice<Long>> chosen, TextField find) {
        if (found.isEmpty()) {
            dialogs.info(Messages.get("campaign.linkNone", find.getText()));
            return;
        }
        List<Choice<Long>> choices = found.stream().map(x -> new Choice<>(x.id(), x.name())).toList();
        dialogs.choose(Messages.get("activity.addExemplar"), Messages.get("col.name"), choices.get(0), choices)
                .filter(c -> chosen.stream().noneMatch(x -> x.value().equals(c.value())))
                .ifPresent(c -> {
                    chosen.add(c);
                    find.clear();
                });
    }
}
