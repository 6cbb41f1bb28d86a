package vn.dienhinh.ui.introduction;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.dienhinh.model.Activity;
import vn.dienhinh.model.Quarter;
import vn.dienhinh.service.ActivityService;
import vn.dienhinh.service.CampaignService;
import vn.dienhinh.service.CatalogService;
import vn.dienhinh.service.Dates;
import vn.dienhinh.service.RegistryService;
import vn.dienhinh.ui.Columns;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.util.Messages;

/** The propaganda activities of the chosen quarter: log, correct, delete. */
final class ActivitiesPane {

    private final ActivityService activities;
    private final ActivityDialog.Sources sources;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final TableView<Activity> table = new TableView<>();
    private final Label title = new Label();
    private final VBox root;
    private Quarter quarter;

    ActivitiesPane(ActivityService activities, RegistryService registry, CatalogService catalog, CampaignService campaigns,
                   TaskRunner tasks, Dialogs dialogs) {
        this.activities = activities;
        this.sources = new ActivityDialog.Sources(activities, registry, catalog, campaigns);
        this.tasks = tasks;
        this.dialogs = dialogs;
        table.setId("activityTable");
        table.getColumns().add(Columns.date("col.date", a -> Dates.format(a.date())));
        table.getColumns().add(Columns.text("activity.form", 220, a -> Messages.of(a.form())));
        table.getColumns().add(Columns.text("activity.title", 300, Activity::title));
        table.getColumns().add(Columns.text("activity.featured", 90, a -> String.valueOf(a.exemplarIds().size())));
        table.getColumns().add(Columns.text("activity.link", 200, a -> a.link() == null ? "" : a.link()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("activity.none")));
        title.getStyleClass().add("text-bold");
        Button add = new Button(Messages.get("activity.add"));
        add.setId("activity-add");
        add.setOnAction(e -> ActivityDialog.open(dialogs, tasks, sources, null, quarter, this::reload));
        Button edit = new Button(Messages.get("exemplars.edit"));
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> ActivityDialog.open(dialogs, tasks, sources, table.getSelectionModel().getSelectedItem(),
                quarter, this::reload));
        Button delete = new Button(Messages.get("exemplars.delete"));
        delete.getStyleClass().add("danger");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> delete());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root = new VBox(6, new HBox(8, title, spacer, add, edit, delete), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setPadding(new Insets(6, 14, 10, 14));
    }

    VBox getRoot() {
        return root;
    }

    void show(Quarter q) {
        quarter = q;
        reload();
    }

    private void reload() {
        Quarter q = quarter;
        tasks.run(null, () -> activities.ofQuarter(q), list -> {
            if (q.equals(quarter)) {
                table.getItems().setAll(list);
                title.setText(Messages.get("activity.of", q.toString(), list.size()));
            }
        });
    }

    private void delete() {
        Activity a = table.getSelectionModel().getSelectedItem();
        if (a != null && dialogs.confirm(Messages.get("activity.deleteHeader", a.title()), Messages.get("detail.cannotUndo"))) {
            tasks.run(null, () -> {
                activities.delete(a.id());
                return null;
            }, v -> reload());
        }
    }


}
