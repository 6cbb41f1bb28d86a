package vn.dienhinh.ui.settings;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;
import vn.dienhinh.model.SigningAuthority;
import vn.dienhinh.service.OfficeProfileService;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.Screen;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.ui.UiPart;
import vn.dienhinh.util.Messages;

/**
 * Cài đặt: the office profile every document is built from (agency and parent agency, place, symbol and
 * the drafting unit's,
 * signer and how they sign, default recipients), checked as the officer types, with a preview.
 */
public final class SettingsView extends UiPart<BorderPane> implements Screen {

    private final OfficeProfileService office;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final SettingsViewModel model = new SettingsViewModel();

    @FXML
    private TextField parentAgencyField;
    @FXML
    private TextField agencyField;
    @FXML
    private TextField placeField;
    @FXML
    private TextField symbolField;
    @FXML
    private TextField draftingUnitField;
    @FXML
    private TextField signerNameField;
    @FXML
    private TextField signerTitleField;
    @FXML
    private TextField onBehalfOfField;
    @FXML
    private ComboBox<SigningAuthority> authorityBox;
    @FXML
    private TextField principalTitleField;
    @FXML
    private TextArea recipientsArea;
    @FXML
    private Label problemsLabel;
    @FXML
    private Label previewLabel;
    @FXML
    private Button saveButton;
    @FXML
    private Button exampleButton;
    @FXML
    private TextField deciderField;
    @FXML
    private TextField advisoryField;
    @FXML
    private TextField superiorField;
    @FXML
    private TextField superiorViaField;

    @FXML
    private javafx.scene.control.ScrollPane scroll;
    private MaintenancePane maintenance;

    /**
     * With the backup and maintenance part under the office profile: the backups kept, a backup now,
     * the compaction of old change history.
     */
    public SettingsView(OfficeProfileService office, vn.dienhinh.service.BackupService backups,
                        vn.dienhinh.service.ChangeHistoryService history, java.util.function.Supplier<java.time.LocalDate> today,
                        TaskRunner tasks, Dialogs dialogs) {
        this(office, tasks, dialogs);
        maintenance = new MaintenancePane(backups, history, tasks, dialogs, today);
        scroll.setContent(new javafx.scene.layout.VBox(scroll.getContent(), maintenance.view()));
        maintenance.refresh();
    }

    /**
     * The window's Cài đặt: the office profile, then the registry part (which registry, who is signed in,
     * which to open next time), then backups and maintenance of a workstation's file; a shared registry is
     * backed up on its server, which is said instead.
     */
    public SettingsView(OfficeProfileService office, vn.dienhinh.service.BackupService backups,
                        vn.dienhinh.service.ChangeHistoryService history, java.util.function.Supplier<java.time.LocalDate> today,
                        TaskRunner tasks, Dialogs dialogs, RegistryPane registry, boolean shared) {
        this(office, tasks, dialogs);
        javafx.scene.layout.VBox all = new javafx.scene.layout.VBox(scroll.getContent(), registry.view());
        if (shared) {
            Label onServer = new Label(Messages.get("settings.sharedMaintenance"));
            onServer.setWrapText(true);
            onServer.getStyleClass().add("text-muted");
            onServer.setPadding(new javafx.geometry.Insets(6, 14, 14, 14));
            all.getChildren().add(onServer);
        } else {
            maintenance = new MaintenancePane(backups, history, tasks, dialogs, today);
            all.getChildren().add(maintenance.view());
            maintenance.refresh();
        }
        scroll.setContent(all);
    }

    public SettingsView(OfficeProfileService office, TaskRunner tasks, Dialogs dialogs) {
        this.office = office;
        this.tasks = tasks;
        this.dialogs = dialogs;
        bind(parentAgencyField, model.parentAgency);
        bind(agencyField, model.agency);
        bind(placeField, model.place);
        bind(symbolField, model.symbol);
        bind(draftingUnitField, model.draftingUnit);
        bind(signerNameField, model.signerName);
        bind(signerTitleField, model.signerTitle);
        bind(onBehalfOfField, model.onBehalfOf);
        bind(principalTitleField, model.principalTitle);
        bind(recipientsArea, model.recipients);
        authorityBox.getItems().setAll(SigningAuthority.values());
        authorityBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(SigningAuthority a) {
                return a == null ? "" : Messages.of(a);
            }

            @Override
            public SigningAuthority fromString(String s) {
                return null;
            }
        });
        authorityBox.valueProperty().bindBidirectional(model.authority);
        principalTitleField.disableProperty().bind(model.authority.isEqualTo(SigningAuthority.OWN));
        previewLabel.textProperty().bind(model.preview);
        if (!office.isOfficeOfficer()) {
            // a unit's clerk reads the office's details, which the office's officer keeps
            for (TextInputControl f : List.of(parentAgencyField, agencyField, placeField, symbolField, draftingUnitField,
                    signerNameField,
                    signerTitleField, onBehalfOfField, principalTitleField, recipientsArea, deciderField, advisoryField,
                    superiorField, superiorViaField)) {
                f.setEditable(false);
            }
            authorityBox.setDisable(true);
            exampleButton.setVisible(false);
            saveButton.setVisible(false);
            problemsLabel.getStyleClass().setAll("label", "text-muted");
        }
        model.problems.addListener((o, a, b) -> showProblems(b));
        showProblems(model.problems.get());
        refresh();
    }

    private static void bind(TextInputControl field, javafx.beans.property.StringProperty value) {
        field.textProperty().bindBidirectional(value);
    }

    private void showProblems(Map<String, String> problems) {
        boolean mayEdit = office.isOfficeOfficer();
        problemsLabel.setText(mayEdit ? String.join("\n", problems.values()) : Messages.get("settings.officeOnly"));
        mark(parentAgencyField, problems.containsKey("parentAgency"));
        mark(agencyField, problems.containsKey("agency"));
        mark(placeField, problems.containsKey("place"));
        mark(symbolField, problems.containsKey("symbol"));
        mark(draftingUnitField, problems.containsKey("draftingUnit"));
        mark(signerNameField, problems.containsKey("signerName"));
        mark(signerTitleField, problems.containsKey("signerTitle"));
        mark(onBehalfOfField, problems.containsKey("onBehalfOf"));
        mark(principalTitleField, problems.containsKey("principalTitle"));
        mark(recipientsArea, problems.containsKey("recipients"));
        saveButton.setDisable(!problems.isEmpty() || !mayEdit);
    }

    private static void mark(Node field, boolean wrong) {
        field.pseudoClassStateChanged(Styles.STATE_DANGER, wrong);
    }

    @Override
    public Node view() {
        return getRoot();
    }

    @Override
    public void refresh() {
        if (maintenance != null) {
            maintenance.refresh();
        }
        tasks.run(null, () -> new Object[]{office.load(), office.hierarchy()}, r -> {
            model.load((vn.dienhinh.model.OfficeProfile) r[0]);
            show((vn.dienhinh.model.OfficeHierarchy) r[1]);
        });
    }

    private void show(vn.dienhinh.model.OfficeHierarchy h) {
        deciderField.setText(h.decider());
        advisoryField.setText(h.advisoryBody());
        superiorField.setText(h.superiorDecider());
        superiorViaField.setText(h.superiorVia());
    }

    @FXML
    private void save() {
        var draft = model.profile();
        var hierarchy = new vn.dienhinh.model.OfficeHierarchy(deciderField.getText(), advisoryField.getText(),
                superiorField.getText(), superiorViaField.getText());
        tasks.run(Messages.get("form.saving"), () -> {
            vn.dienhinh.model.OfficeProfile saved = office.save(draft);
            office.saveHierarchy(hierarchy);
            return saved;
        }, saved -> {
            model.load(saved);
            dialogs.info(Messages.get("settings.saved"));
        });
    }

    @FXML
    private void fillExample() {
        model.load(vn.dienhinh.model.OfficeProfile.example());
        show(vn.dienhinh.model.OfficeHierarchy.example());
    }
}
