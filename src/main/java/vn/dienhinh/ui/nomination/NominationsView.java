package vn.dienhinh.ui.nomination;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.AwardLevel;
import vn.dienhinh.model.Nomination;
import vn.dienhinh.model.NominationStatus;
import vn.dienhinh.ui.Columns;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.Screen;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.ui.UiPart;
import vn.dienhinh.util.Messages;

/** Đề nghị khen thưởng: nominations, what is wrong with them before submitting, and their way to a decision. */
public final class NominationsView extends UiPart<BorderPane> implements Screen {

    private final NominationServices s;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final NominationDetail detailPane;
    private Map<Long, String> forms = Map.of();
    private Map<String, AwardLevel> levels = Map.of();
    private Map<Long, String> units = Map.of();

    @FXML
    private TableView<Nomination> nominationTable;
    @FXML
    private VBox detail;
    @FXML
    private Button editButton;
    @FXML
    private Button submitButton;
    @FXML
    private Button returnButton;
    @FXML
    private Button approveButton;
    @FXML
    private Button decideButton;
    @FXML
    private Button councilButton;
    private vn.dienhinh.service.CouncilService council;
    @FXML
    private Button councilDocsButton;
    private java.util.function.LongConsumer councilDocuments;

    /** How the biên bản and the quyết định of a nomination are written (folder, open/print): set by the window. */
    public void setCouncilDocuments(java.util.function.LongConsumer export) {
        this.councilDocuments = export;
        buttons(selected());
    }
    @FXML
    private Button suggestButton;
    @FXML
    private Button deleteButton;
    @FXML
    private Button dossierButton;
    @FXML
    private Button certificatesButton;

    private java.util.function.LongConsumer dossierExport = id -> { };
    private java.util.function.LongConsumer certificates = id -> { };

    /** The council an approved nomination goes to before the decision: set by the window. */
    public void setCouncil(vn.dienhinh.service.CouncilService council) {
        this.council = council;
        buttons(selected());
    }

    /** How a decided nomination's certificates are printed or written as PDF: set by the window. */
    public void setCertificates(java.util.function.LongConsumer print) {
        this.certificates = print;
    }

    /** How a nomination's dossier is exported (folder, replace question, open/print): set by the window. */
    public void setDossierExport(java.util.function.LongConsumer export) {
        this.dossierExport = export;
    }

    public NominationsView(NominationServices services, TaskRunner tasks, Dialogs dialogs) {
        this.s = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.detailPane = new NominationDetail(services, tasks, detail, this::refresh);
        nominationTable.getColumns().add(Columns.text("col.id", 50, n -> String.valueOf(n.id())));
        nominationTable.getColumns().add(Columns.text("nomination.colForm", 170, n -> forms.getOrDefault(n.formId(), "")));
        nominationTable.getColumns().add(Columns.text("nomination.colLevel", 130, n -> levels.containsKey(n.levelCode())
                ? levels.get(n.levelCode()).name() : n.levelCode()));
        nominationTable.getColumns().add(Columns.text("col.unit", 170, n -> n.proposingUnitId() == null ? ""
                : units.getOrDefault(n.proposingUnitId(), "")));
        nominationTable.getColumns().add(Columns.text("nomination.colNominees", 70, n -> String.valueOf(n.nominees().size())));
        nominationTable.getColumns().add(Columns.text("col.status", 120, n -> Messages.of(n.status())));
        nominationTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        nominationTable.getColumns().get(0).setMinWidth(46);
        nominationTable.getColumns().get(4).setMinWidth(70);
        nominationTable.getColumns().get(5).setMinWidth(120);
        nominationTable.setPlaceholder(new Label(Messages.get("nomination.none")));
        nominationTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            detailPane.show(b);
            buttons(b);
        });
        suggestButton.setVisible(services.eligibility() != null);
        suggestButton.setManaged(services.eligibility() != null);
        buttons(null);
        refresh();
    }

    private void buttons(Nomination n) {
        NominationStatus st = n == null ? null : n.status();
        editButton.setDisable(st != NominationStatus.DRAFT && st != NominationStatus.RETURNED);
        submitButton.setDisable(st != NominationStatus.DRAFT && st != NominationStatus.RETURNED);
        returnButton.setDisable(st != NominationStatus.SUBMITTED);
        approveButton.setDisable(st != NominationStatus.SUBMITTED);
        decideButton.setDisable(st != NominationStatus.APPROVED);
        councilButton.setDisable(st != NominationStatus.APPROVED || council == null);
        councilDocsButton.setDisable(st != NominationStatus.APPROVED && st != NominationStatus.DECIDED
                || councilDocuments == null);
        deleteButton.setDisable(n == null || st == NominationStatus.DECIDED);
        dossierButton.setDisable(n == null || n.nominees().isEmpty());
        certificatesButton.setDisable(st != NominationStatus.DECIDED);
    }

    @Override
    public Node view() {
        return getRoot();
    }

    @Override
    public void refresh() {
        Long selected = selected() == null ? null : selected().id();
        tasks.run(null, () -> new Object[]{s.nominations().all(), s.awards().forms(), s.awards().levelsByCode(),
            s.catalog().units()}, r -> {
                Map<Long, String> f = new HashMap<>();
                @SuppressWarnings("unchecked")
                List<AwardForm> formList = (List<AwardForm>) r[1];
                for (AwardForm x : formList) {
                    f.put(x.id(), x.name());
                }
                forms = f;
                @SuppressWarnings("unchecked")
                Map<String, AwardLevel> l = (Map<String, AwardLevel>) r[2];
                levels = l;
                Map<Long, String> u = new HashMap<>();
                @SuppressWarnings("unchecked")
                List<vn.dienhinh.model.Unit> unitList = (List<vn.dienhinh.model.Unit>) r[3];
                unitList.forEach(x -> u.put(x.id(), x.name()));
                units = u;
                @SuppressWarnings("unchecked")
                List<Nomination> list = (List<Nomination>) r[0];
                nominationTable.getItems().setAll(list);
                list.stream().filter(n -> n.id().equals(selected)).findFirst()
                        .ifPresent(n -> nominationTable.getSelectionModel().select(n));
            });
    }

    private Nomination selected() {
        return nominationTable.getSelectionModel().getSelectedItem();
    }

    @FXML
    private void add() {
        NominationEditor.open(dialogs, tasks, s, null, this::refresh);
    }

    @FXML
    private void suggest() {
        SuggestionsDialog.open(dialogs, tasks, s, id -> refresh());
    }

    @FXML
    private void edit() {
        Nomination n = selected();
        if (n != null) {
            NominationEditor.open(dialogs, tasks, s, n, this::refresh);
        }
    }

    @FXML
    private void submit() {
        Nomination n = selected();
        if (n != null) {
            tasks.run(Messages.get("nomination.submitting"), () -> s.nominations().submit(n.id()), x -> refresh());
        }
    }

    @FXML
    private void returnToUnit() {
        Nomination n = selected();
        if (n != null) {
            dialogs.ask(Messages.get("nomination.returnHeader", n.id()), Messages.get("col.reason"), "")
                    .ifPresent(reason -> tasks.run(null, () -> s.nominations().returnToUnit(n.id(), reason), x -> refresh()));
        }
    }

    @FXML
    private void approve() {
        Nomination n = selected();
        if (n != null) {
            ApproveDialog.open(dialogs, tasks, s, n, this::refresh);
        }
    }

    @FXML
    private void decide() {
        Nomination n = selected();
        if (n != null) {
            DecisionDialog.open(dialogs, tasks, s, n, this::refresh);
        }
    }

    @FXML
    private void holdCouncil() {
        Nomination n = selected();
        if (n != null && council != null && n.status() == NominationStatus.APPROVED) {
            CouncilDialog.open(dialogs, tasks, s, council, n, this::refresh);
        }
    }

    @FXML
    private void exportCouncilDocuments() {
        Nomination n = selected();
        if (n != null && councilDocuments != null) {
            councilDocuments.accept(n.id());
        }
    }

    @FXML
    private void exportDossier() {
        Nomination n = selected();
        if (n != null) {
            dossierExport.accept(n.id());
        }
    }

    @FXML
    private void printCertificates() {
        Nomination n = selected();
        if (n != null && n.status() == NominationStatus.DECIDED) {
            certificates.accept(n.id());
        }
    }

    @FXML
    private void delete() {
        Nomination n = selected();
        if (n != null && dialogs.confirm(Messages.get("nomination.deleteHeader", n.id()), Messages.get("detail.cannotUndo"))) {
            tasks.run(null, () -> {
                s.nominations().delete(n.id());
                return null;
            }, v -> refresh());
        }
    }
}
