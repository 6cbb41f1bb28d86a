package vn.dienhinh.ui.catalog;

import java.util.List;
import java.util.Objects;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import vn.dienhinh.model.Cluster;
import vn.dienhinh.model.Unit;
import vn.dienhinh.service.CatalogService;
import vn.dienhinh.service.Dates;
import vn.dienhinh.ui.Choice;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.SmallForm;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.ui.UnitTree;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/** Adds or edits a unit: its place in the tree, its cluster (a new one can be typed), its contact. */
final class UnitDialog {

    private static final List<String> TYPES = List.of("Phường", "Xã", "Tổ dân phố", "Khu phố", "Thôn, làng",
            "Phòng, ban", "Trường học", "Trạm y tế", "Mặt trận, đoàn thể", "Doanh nghiệp", "Cơ quan");

    private UnitDialog() {
    }

    static void open(Dialogs dialogs, TaskRunner tasks, CatalogService catalog, List<Unit> units, List<Cluster> clusters,
                     Unit u, Runnable done) {
        TextField name = new TextField(u.name());
        name.setId("unit-name");
        ComboBox<String> type = new ComboBox<>();
        type.setEditable(true);
        type.getItems().setAll(TYPES);
        type.setValue(u.type());
        ComboBox<Choice<Long>> parent = new ComboBox<>();
        parent.getItems().add(new Choice<>(null, Messages.get("unit.topLevel")));
        var excluded = u.id() == null ? java.util.Set.<Long>of() : CatalogService.descendantsAndSelf(units, u.id());
        UnitTree.indented(units).stream().filter(e -> !excluded.contains(e.getKey().id()))
                .forEach(e -> parent.getItems().add(new Choice<>(e.getKey().id(), e.getValue())));
        parent.setValue(parent.getItems().stream().filter(c -> Objects.equals(c.value(), u.parentId())).findFirst()
                .orElse(parent.getItems().get(0)));
        ComboBox<String> cluster = new ComboBox<>();
        cluster.setEditable(true);
        clusters.forEach(c -> cluster.getItems().add(c.name()));
        cluster.setValue(clusters.stream().filter(c -> c.id().equals(u.clusterId())).map(Cluster::name).findFirst()
                .orElse(null));
        TextField contact = new TextField(u.contactName());
        TextField phone = new TextField(u.contactPhone());
        TextField email = new TextField(u.contactEmail());
        TextField activeFrom = new TextField(Dates.format(u.activeFrom()));
        activeFrom.setPromptText("dd/mm/yyyy");
        CheckBox active = new CheckBox(Messages.get("unit.activeHint"));
        active.setSelected(u.active());
        TextField note = new TextField(u.note());
        new SmallForm()
                .row("unit.name", name).row("unit.type", type).row("unit.parent", parent).row("unit.cluster", cluster)
                .row("unit.contactName", contact).row("unit.contactPhone", phone).row("unit.contactEmail", email)
                .row("unit.activeFrom", activeFrom).row("unit.active", active).row("form.note", note)
                .show(dialogs, tasks, Messages.get(u.id() == null ? "catalog.addUnit" : "catalog.editUnit"), null,
                        name.textProperty().isEmpty(), () -> {
                            String clusterName = cluster.getEditor().getText();
                            Long clusterId = clusterName == null || clusterName.isBlank() ? null
                                    : catalog.addCluster(clusterName).id();
                            return catalog.saveUnit(new Unit(u.id(), parent.getValue().value(), name.getText(),
                                    type.getEditor().getText(), clusterId, contact.getText(), phone.getText(),
                                    email.getText(), date(activeFrom.getText()), active.isSelected(), note.getText()));
                        }, saved -> done.run());
    }

    static java.time.LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Dates.parse(text).orElseThrow(() -> new UserException("valid.date", text));
    }
}
