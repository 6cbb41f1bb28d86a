package vn.dienhinh.ui.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import vn.dienhinh.report.DocumentMeta;
import vn.dienhinh.report.PlanText;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/**
 * The campaign plan's words, pre-filled from the campaign, for the officer to edit section by section
 * before export. "- " starts an item; a short numbered line is a heading; an empty section is left out.
 */
final class PlanDialog {

    private final Dialogs dialogs;
    private final LocalDate today;
    private final GridPane grid = new GridPane();
    private int row;

    PlanDialog(Dialogs dialogs, LocalDate today) {
        this.dialogs = dialogs;
        this.today = today;
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(170), inputs);
    }

    /** Shows the draft; Xuất runs {@code export} with the edited words and the number and date chosen. */
    void show(PlanText draft, DocumentMeta meta, BiConsumer<PlanText, DocumentMeta> export) {
        TextField number = new TextField();
        number.setMinWidth(90);
        number.setPrefWidth(90);
        DatePicker date = new DatePicker();
        date.setMinWidth(160);
        CheckBox dayOpen = new CheckBox(Messages.get("reports.dayOpen"));
        DocumentFields fields = new DocumentFields(number, date, dayOpen);
        fields.set(meta);
        Label dateLabel = new Label(Messages.get("reports.date"));
        dateLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox numberRow = new HBox(8, number, dateLabel, date, dayOpen);
        numberRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        add("reports.number", numberRow);
        TextField subject = field(draft.subject(), "plan-subject");
        add("plan.subject", subject);
        TextArea bases = area(String.join("\n", draft.bases()), 3, "plan-bases");
        add("plan.bases", bases);
        TextArea intro = area(draft.intro(), 2, "plan-intro");
        add("plan.intro", intro);
        TextArea purposes = area(draft.purposes(), 4, "plan-purposes");
        add("doc.plan.purposes", purposes);
        TextArea requirements = area(draft.requirements(), 4, "plan-requirements");
        add("doc.plan.requirements", requirements);
        TextArea content = area(draft.content(), 5, "plan-content");
        add("doc.plan.content", content);
        TextArea collective = area(draft.criteriaCollective(), 3, "plan-collective");
        add("plan.collective", collective);
        TextArea individual = area(draft.criteriaIndividual(), 3, "plan-individual");
        add("plan.individual", individual);
        TextArea household = area(draft.criteriaHousehold(), 3, "plan-household");
        add("plan.household", household);
        TextArea phases = area(draft.phases(), 5, "plan-phases");
        add("doc.plan.phases", phases);
        TextArea organisation = area(draft.organisation(), 5, "plan-organisation");
        add("doc.plan.organisation", organisation);
        TextArea closing = area(draft.closing(), 2, "plan-closing");
        add("plan.closing", closing);
        TextArea recipients = area(String.join("\n", draft.recipients()), 4, "plan-recipients");
        add("settings.recipients", recipients);

        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(dialogs.owner());
        d.setTitle(Messages.get("plan.title"));
        d.setHeaderText(Messages.get("plan.header"));
        d.setResizable(true);
        ButtonType go = new ButtonType(Messages.get("plan.export"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(go, new ButtonType(Messages.get("ui.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(560);
        d.getDialogPane().setContent(scroll);
        d.getDialogPane().setPrefWidth(880);
        d.getDialogPane().setMinWidth(760);
        Button ok = (Button) d.getDialogPane().lookupButton(go);
        ok.setId("plan-export");
        ok.disableProperty().bind(subject.textProperty().isEmpty());
        ok.addEventFilter(ActionEvent.ACTION, ev -> {
            DocumentMeta chosen;
            try {
                chosen = fields.meta(today);
            } catch (UserException e) {
                ev.consume();
                dialogs.error(e.getMessage());
                return;
            }
            PlanText text = new PlanText(subject.getText(), lines(bases.getText()), intro.getText(), purposes.getText(),
                    requirements.getText(), content.getText(), collective.getText(), individual.getText(),
                    household.getText(), phases.getText(), organisation.getText(), closing.getText(),
                    lines(recipients.getText()));
            d.setOnHidden(e -> export.accept(text, chosen));
        });
        d.show();
    }

    private void add(String key, javafx.scene.Node input) {
        Label l = new Label(Messages.get(key));
        l.setWrapText(true);
        grid.addRow(row++, l, input);
        GridPane.setValignment(l, javafx.geometry.VPos.TOP);
    }

    private static TextField field(String text, String id) {
        TextField f = new TextField(text);
        f.setId(id);
        return f;
    }

    private static TextArea area(String text, int rows, String id) {
        TextArea a = new TextArea(text);
        a.setPrefRowCount(rows);
        a.setWrapText(true);
        a.setId(id);
        return a;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).filter(s -> !s.isBlank()).toList();
    }
}
