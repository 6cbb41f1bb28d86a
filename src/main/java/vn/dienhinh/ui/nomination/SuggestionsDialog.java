package vn.dienhinh.ui.nomination;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.dienhinh.model.AwardForm;
import vn.dienhinh.model.EligibilityRule;
import vn.dienhinh.model.Nomination;
import vn.dienhinh.model.Verdict;
import vn.dienhinh.service.EligibilityService;
import vn.dienhinh.ui.Choice;
import vn.dienhinh.ui.Columns;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.util.Messages;

/**
 * "Gợi ý đề nghị": for a year and a form, who meets every condition (ticked), who misses one and
 * which, with the evidence; the ticked become a draft nomination in one step.
 */
final class SuggestionsDialog {

    /** One line of the list: a verdict and whether it is chosen. */
    static final class Row {
        final Verdict verdict;
        final SimpleBooleanProperty chosen;

        Row(Verdict v) {
            this.verdict = v;
            this.chosen = new SimpleBooleanProperty(v.eligible());
        }
    }

    private SuggestionsDialog() {
    }

    static void open(Dialogs dialogs, TaskRunner tasks, NominationServices s, java.util.function.LongConsumer made) {
        EligibilityService eligibility = s.eligibility();
        tasks.run(null, () -> {
            List<Long> ruled = eligibility.rules().stream().filter(EligibilityRule::active).map(EligibilityRule::formId)
                    .distinct().toList();
            return s.awards().forms().stream().filter(f -> ruled.contains(f.id())).toList();
        }, forms -> show(dialogs, tasks, s, forms, made));
    }

    private static void show(Dialogs dialogs, TaskRunner tasks, NominationServices s, List<AwardForm> forms,
                             java.util.function.LongConsumer made) {
        TextField year = new TextField(String.valueOf(s.registry().today().getYear()));
        year.setId("suggestYear");
        year.setPrefColumnCount(5);
        ComboBox<Choice<AwardForm>> form = new ComboBox<>(FXCollections.observableArrayList(
                forms.stream().map(f -> new Choice<>(f, f.name())).toList()));
        form.setId("suggestForm");
        if (!forms.isEmpty()) {
            form.getSelectionModel().select(0);
        }
        CheckBox nearOnly = new CheckBox(Messages.get("suggest.nearOnly"));
        nearOnly.setSelected(true);
        Button show = new Button(Messages.get("suggest.show"));
        show.setId("suggestShow");
        show.setDefaultButton(true);
        HBox top = new HBox(8, new Label(Messages.get("suggest.year")), year, new Label(Messages.get("suggest.form")), form,
                show, nearOnly);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // the row never squeezes a label, the year or the button to "…": the list below takes the rest
        top.getChildren().forEach(n -> {
            if (n instanceof javafx.scene.layout.Region r) {
                r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        });

        ObservableList<Row> all = FXCollections.observableArrayList();
        TableView<Row> table = new TableView<>();
        table.setId("suggestTable");
        table.setEditable(true);
        table.setPlaceholder(new Label(Messages.get("suggest.none")));
        TableColumn<Row, Boolean> chosen = new TableColumn<>(Messages.get("suggest.colChosen"));
        chosen.setCellValueFactory(c -> c.getValue().chosen);
        chosen.setCellFactory(CheckBoxTableCell.forTableColumn(chosen));
        chosen.setEditable(true);
        chosen.setPrefWidth(54);
        table.getColumns().add(chosen);
        table.getColumns().add(Columns.text("col.name", 190, r -> r.verdict.exemplar().name()));
        table.getColumns().add(Columns.text("col.unit", 170, r -> Objects.requireNonNullElse(r.verdict.exemplar().unitName(), "")));
        table.getColumns().add(Columns.text("eligible.colVerdict", 130, r -> EligibilityService.verdictText(r.verdict)));
        table.getColumns().add(Columns.text("eligible.colMissing", 300, r -> EligibilityService.missingText(r.verdict)));
        table.getColumns().add(Columns.text("eligible.colEvidence", 360, r -> EligibilityService.evidenceText(r.verdict)));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label summary = new Label();
        summary.setId("suggestSummary");
        summary.setWrapText(true);

        Runnable filter = () -> table.getItems().setAll(nearOnly.isSelected()
                ? all.filtered(r -> r.verdict.missing().size() <= 1) : all);
        nearOnly.setOnAction(e -> filter.run());
        show.setOnAction(e -> {
            Choice<AwardForm> f = form.getValue();
            if (f == null) {
                return;
            }
            tasks.run(Messages.get("suggest.working"), () -> {
                int y = s.eligibility().year(year.getText());
                return s.eligibility().assess(y, f.value().id());
            }, verdicts -> {
                all.setAll(verdicts.stream().map(Row::new).toList());
                filter.run();
                long ok = verdicts.stream().filter(Verdict::eligible).count();
                long one = verdicts.stream().filter(v -> v.missing().size() == 1).count();
                summary.setText(Messages.get("suggest.summary", ok, one, verdicts.size()));
            });
        });

        VBox content = new VBox(10, top, table, summary);
        content.setPadding(new Insets(12));
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(dialogs.owner());
        d.setTitle(Messages.get("suggest.title"));
        d.setHeaderText(Messages.get("suggest.header"));
        d.setResizable(true);
        d.getDialogPane().setContent(content);
        d.getDialogPane().setPrefSize(1100, 680);
        ButtonType propose = new ButtonType(Messages.get("suggest.propose"), ButtonType.OK.getButtonData());
        ButtonType close = new ButtonType(Messages.get("ui.ok"), ButtonType.CANCEL.getButtonData());
        d.getDialogPane().getButtonTypes().setAll(propose, close);
        Button proposeButton = (Button) d.getDialogPane().lookupButton(propose);
        proposeButton.setId("suggestPropose");
        proposeButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume(); // the dialog stays open until the nomination is made
            List<Row> picked = all.stream().filter(r -> r.chosen.get()).toList();
            if (picked.isEmpty()) {
                dialogs.error(Messages.get("eligible.noneChosen"));
                return;
            }
            Verdict first = picked.get(0).verdict;
            List<Long> ids = picked.stream().map(r -> r.verdict.exemplar().id()).toList();
            Long unit = picked.stream().map(r -> r.verdict.exemplar().unitId()).distinct().count() == 1
                    ? first.exemplar().unitId() : null;
            tasks.run(null, () -> s.eligibility().propose(first.year(), first.form().id(), null, unit, ids),
                    (Nomination n) -> {
                        d.close();
                        dialogs.info(Messages.get("eligible.proposed", n.id(), n.title(), n.nominees().size()));
                        made.accept(n.id());
                    });
        });
        d.show();
    }
}
