package vn.dienhinh.ui.settings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.model.Officer;
import vn.dienhinh.model.OfficerRole;
import vn.dienhinh.model.Unit;
import vn.dienhinh.service.CatalogService;
import vn.dienhinh.service.UserService;
import vn.dienhinh.ui.Choice;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.ui.UnitTree;
import vn.dienhinh.util.Messages;

/**
 * The officers of a shared registry, for the office's officer: who may sign in, as what (the office's
 * officer, or a unit's clerk who sees only their unit), and locking one out. Picking a row puts it in the
 * form; the login in the form says whom Lưu thay đổi and Khóa tài khoản are for. Every read and write runs
 * off the FX thread; a refusal reaches the officer through the task runner's error sentence.
 *
 * <p>{@link #show(Window, AppContext)} opens it in a window of its own; {@link #view()} is the pane for a
 * caller that places it (then call {@link #refresh()} once shown).
 */
public final class UsersPane {

    private final UserService users;
    private final CatalogService catalog;
    private final TaskRunner tasks;
    private final TableView<Officer> table = new TableView<>();
    private final TextField login = new TextField();
    private final TextField name = new TextField();
    private final ComboBox<Choice<OfficerRole>> role = new ComboBox<>();
    private final ComboBox<Choice<Long>> unit = new ComboBox<>();
    private final Button toggle = new Button(Messages.get("users.disable"));
    private final Label message = new Label();
    private final Map<Long, String> unitNames = new HashMap<>();
    private final VBox root;

    public UsersPane(UserService users, CatalogService catalog, TaskRunner tasks) {
        this.users = users;
        this.catalog = catalog;
        this.tasks = tasks;
        Label title = new Label(Messages.get("users.title"));
        title.getStyleClass().add("title-4");
        Label hint = new Label(Messages.get("users.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");

        table.setId("usersTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("users.colLogin", Officer::login),
                column("users.colName", Officer::fullName),
                column("users.colRole", o -> Messages.of(o.role())),
                column("users.colUnit", o -> o.unitId() == null ? Messages.get("users.allUnits")
                        : unitNames.getOrDefault(o.unitId(), String.valueOf(o.unitId()))),
                column("users.colActive", o -> Messages.get(o.active() ? "users.active" : "users.inactive"))));
        table.setPrefHeight(220);
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, o) -> {
            if (o != null) {
                fill(o);
            }
        });

        login.setId("userLogin");
        name.setId("userName");
        role.setId("userRole");
        unit.setId("userUnit");
        role.getItems().setAll(new Choice<>(OfficerRole.UNIT_CLERK, Messages.of(OfficerRole.UNIT_CLERK)),
                new Choice<>(OfficerRole.OFFICE, Messages.of(OfficerRole.OFFICE)));
        role.getSelectionModel().select(0);
        // the office's officer sees the whole registry: no unit
        unit.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> roleValue() == OfficerRole.OFFICE, role.valueProperty()));
        login.textProperty().addListener((obs, was, now) -> updateToggle());
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(Messages.get("users.login")), login);
        form.addRow(1, new Label(Messages.get("users.name")), name);
        form.addRow(2, new Label(Messages.get("users.role")), role);
        form.addRow(3, new Label(Messages.get("users.unit")), unit);
        GridPane.setHgrow(name, Priority.ALWAYS);
        unit.setMaxWidth(Double.MAX_VALUE);

        Button add = new Button(Messages.get("users.add"));
        add.setId("userAdd");
        add.setOnAction(e -> write(() -> users.add(login.getText(), name.getText(), roleValue(), unitValue()),
                "users.added"));
        Button save = new Button(Messages.get("users.save"));
        save.setId("userSave");
        save.setOnAction(e -> write(() -> users.change(login.getText(), name.getText(), roleValue(), unitValue(),
                selectedActive()), "users.saved"));
        toggle.setId("userToggle");
        toggle.setOnAction(e -> {
            Officer o = byLogin(login.getText());
            if (o == null) {
                write(() -> users.disable(login.getText()), "users.disabledDone");
            } else if (o.active()) {
                write(() -> users.disable(o.login()), "users.disabledDone");
            } else {
                write(() -> users.change(o.login(), o.fullName(), o.role(), o.unitId(), true), "users.saved");
            }
        });
        for (Button b : List.of(add, save, toggle)) {
            b.disableProperty().bind(tasks.busy());
        }
        message.setId("usersMessage");
        message.setWrapText(true);

        root = new VBox(8, title, hint, table, form, new HBox(8, add, save, toggle), message);
        root.setPadding(new Insets(14));
    }

    /** Opens the officers of {@code ctx}'s shared registry in a window of its own, for its office's officer. */
    public static Stage show(Window owner, AppContext ctx) {
        TaskRunner tasks = new TaskRunner();
        UsersPane pane = new UsersPane(ctx.users(), ctx.catalog(), tasks);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        Dialogs dialogs = new Dialogs(stage);
        tasks.setErrorSink(dialogs::error);
        stage.setTitle(Messages.get("users.title"));
        stage.setScene(new Scene(new VBox(pane.view()), 760, 560));
        stage.setOnHidden(e -> tasks.shutdown());
        stage.show();
        pane.refresh();
        return stage;
    }

    public Node view() {
        return root;
    }

    /** Reads the officers and the units again (off the FX thread). */
    public void refresh() {
        tasks.run(Messages.get("users.loading"), () -> new Object[]{users.list(), catalog.units()}, r -> {
            @SuppressWarnings("unchecked")
            List<Officer> officers = (List<Officer>) r[0];
            @SuppressWarnings("unchecked")
            List<Unit> units = (List<Unit>) r[1];
            unitNames.clear();
            units.forEach(u -> unitNames.put(u.id(), u.name()));
            Long chosen = unitValue();
            unit.getItems().setAll(UnitTree.indented(units).stream()
                    .map(e -> new Choice<>(e.getKey().id(), e.getValue())).toList());
            selectUnit(chosen);
            table.getItems().setAll(officers);
            table.refresh();
            updateToggle();
        });
    }

    /** Runs a change, then says so and reads the list again; a refusal is the task runner's error sentence. */
    private void write(java.util.concurrent.Callable<Officer> change, String doneKey) {
        message.setText("");
        tasks.run(null, change, o -> {
            message.setText(Messages.get(doneKey, o.login(), Messages.of(o.role())));
            refresh();
        });
    }

    private void fill(Officer o) {
        login.setText(o.login());
        name.setText(o.fullName());
        role.getItems().stream().filter(c -> c.value() == o.role()).findFirst().ifPresent(role::setValue);
        selectUnit(o.unitId());
        updateToggle();
    }

    private void selectUnit(Long id) {
        unit.setValue(unit.getItems().stream().filter(c -> c.value().equals(id)).findFirst().orElse(null));
    }

    /** Khóa tài khoản for an active officer, Mở khóa for a locked one. */
    private void updateToggle() {
        Officer o = byLogin(login.getText());
        toggle.setText(Messages.get(o != null && !o.active() ? "users.enable" : "users.disable"));
    }

    private Officer byLogin(String l) {
        String key = l == null ? "" : l.strip();
        return table.getItems().stream().filter(o -> o.login().equals(key)).findFirst().orElse(null);
    }

    private boolean selectedActive() {
        Officer o = byLogin(login.getText());
        return o == null || o.active();
    }

    private OfficerRole roleValue() {
        return role.getValue() == null ? null : role.getValue().value();
    }

    /** The unit chosen; none for the office's officer, whatever the picker last showed. */
    private Long unitValue() {
        return roleValue() == OfficerRole.OFFICE || unit.getValue() == null ? null : unit.getValue().value();
    }

    private static TableColumn<Officer, String> column(String key, java.util.function.Function<Officer, String> text) {
        TableColumn<Officer, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        return c;
    }
}
