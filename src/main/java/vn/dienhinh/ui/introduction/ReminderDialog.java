package vn.dienhinh.ui.introduction;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import vn.dienhinh.report.ReminderLetter;
import vn.dienhinh.report.VnDates;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.util.Messages;

/**
 * The công văn đôn đốc before it is written: the units it goes to and what each owes (as drafted from
 * the board), the deadline, and the request and what the result counts for, which the officer edits.
 * A new deadline is written into the request where the old one stood.
 */
final class ReminderDialog {

    private final Dialogs dialogs;

    ReminderDialog(Dialogs dialogs) {
        this.dialogs = dialogs;
    }

    /** Shows the draft; Xuất runs {@code export} with the edited letter. */
    void show(ReminderLetter draft, LocalDate deadline, LocalDate today, Consumer<ReminderLetter> export) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(150), inputs);

        Label status = new Label(draft.status() + "\n" + String.join("\n", draft.rows().stream()
                .map(r -> "- " + r.unit() + ": " + r.missing()).toList()));
        status.setWrapText(true);
        status.setId("reminder-owing");
        DatePicker due = new DatePicker(deadline);
        due.setId("reminder-deadline");
        TextArea request = area(draft.request(), 4, "reminder-request");
        TextArea consequence = area(draft.consequence(), 3, "reminder-consequence");
        due.valueProperty().addListener((o, was, now) -> {
            if (was != null && now != null) {
                request.setText(request.getText().replace(VnDates.shortDate(was), VnDates.shortDate(now)));
            }
        });
        grid.addRow(0, label("board.missing"), status);
        grid.addRow(1, label("reminder.deadline"), due);
        grid.addRow(2, label("reminder.requestLabel"), request);
        grid.addRow(3, label("reminder.consequenceLabel"), consequence);

        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(dialogs.owner());
        d.setTitle(Messages.get("reminder.dialogTitle"));
        d.setHeaderText(draft.subjectLine());
        d.setResizable(true);
        ButtonType go = new ButtonType(Messages.get("plan.export"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(go, new ButtonType(Messages.get("ui.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().setContent(grid);
        d.getDialogPane().setPrefWidth(820);
        Button goButton = (Button) d.getDialogPane().lookupButton(go);
        goButton.setId("reminder-export");
        goButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String problem = due.getValue() == null || due.getValue().isBefore(today)
                    ? Messages.get("reminder.deadlinePast", due.getValue() == null ? "" : VnDates.shortDate(due.getValue()))
                    : request.getText().isBlank() ? Messages.get("reminder.requestRequired") : null;
            if (problem != null) {
                dialogs.error(problem);
                e.consume();
            }
        });
        d.setResultConverter(b -> b);
        d.showAndWait().filter(b -> b == go).ifPresent(b -> export.accept(
                draft.withRequest(request.getText().strip()).withConsequence(consequence.getText().strip())));
    }

    private static Label label(String key) {
        Label l = new Label(Messages.get(key));
        l.setWrapText(true);
        GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        return l;
    }

    private static TextArea area(String text, int rows, String id) {
        TextArea a = new TextArea(text);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        a.setId(id);
        return a;
    }
}
