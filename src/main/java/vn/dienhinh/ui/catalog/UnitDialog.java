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
        // how the unit signs its own papers: its tờ trình, its certification of a nominee's report
        vn.dienhinh.model.UnitSigner signer = u.id() == null ? vn.dienhinh.model.UnitSigner.none(0)
                : catalog.unitSigner(u.id());
        TextField formal = field(signer.formalName(), "unit-formal", "ỦY BAN NHÂN DÂN PHƯỜNG BẾN NGHÉ");
        TextField place = field(signer.place(), "unit-place", "Bến Nghé");
        TextField symbol = field(signer.symbol(), "unit-symbol", "UBND");
        TextField head = field(signer.headName(), "unit-head", null);
        TextField headTitle = field(signer.headTitle(), "unit-head-title", "CHỦ TỊCH");
        TextField behalf = field(signer.onBehalfOf(), "unit-behalf", "ỦY BAN NHÂN DÂN");
        new SmallForm()
                .row("unit.name", name).row("unit.type", type).row("unit.parent", parent).row("unit.cluster", cluster)
                .row("unit.contactName", contact).row("unit.contactPhone", phone).row("unit.contactEmail", email)
                .row("unit.activeFrom", activeFrom).row("unit.active", active).row("form.note", note)
                .note(Messages.get("unit.signerSection"))
                .row("unit.formalName", formal).row("unit.place", place).row("unit.symbol", symbol)
                .row("unit.headName", head).row("unit.headTitle", headTitle).row("unit.onBehalfOf", behalf)
                .show(dialogs, tasks, Messages.get(u.id() == null ? "catalog.addUnit" : "catalog.editUnit"), null,
                        name.textProperty().isEmpty(), () -> {
                            var draft = new vn.dienhinh.model.UnitSigner(0, formal.getText(), place.getText(),
                                    symbol.getText(), head.getText(), headTitle.getText(), behalf.getText());
                            CatalogService.checkSigner(draft); // before anything is saved
                            String clusterName = cluster.getEditor().getText();
                            Long clusterId = clusterName == null || clusterName.isBlank() ? null
                                    : catalog.addCluster(clusterName).id();
                            Unit saved = catalog.saveUnit(new Unit(u.id(), parent.getValue().value(), name.getText(),
                                    type.getEditor().getText(), clusterId, contact.getText(), phone.getText(),
                                    email.getText(), date(activeFrom.getText()), active.isSelected(), note.getText()));
                            catalog.saveUnitSigner(new vn.dienhinh.model.UnitSigner(saved.id(), draft.formalName(),
                                    draft.place(), draft.symbol(), draft.headName(), draft.headTitle(),
                                    draft.onBehalfOf()));
                            return saved;
                        }, saved -> done.run());
    }

    private static TextField field(String value, String id, String prompt) {
        TextField f = new TextField(value);
        f.setId(id);
        if (prompt != null) {
            f.setPromptText(prompt);
        }
        return f;
    }

    static java.time.LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Dates.parse(text).orElseThrow(() -> new UserException("valid.date", text));
    }
}
