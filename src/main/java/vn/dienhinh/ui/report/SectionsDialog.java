package vn.dienhinh.ui.report;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import vn.dienhinh.report.ReportSections;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.util.Messages;

/**
 * A report's own words, drafted from its figures, for the officer to edit before export: notes on what
 * was done, strengths, shortcomings and their causes, tasks ahead, proposals. "- " starts an item; a
 * part left empty is left out of the document.
 */
final class SectionsDialog {

    private final Dialogs dialogs;
    private final GridPane grid = new GridPane();
    private int row;

    SectionsDialog(Dialogs dialogs) {
        this.dialogs = dialogs;
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(170), inputs);
    }

    /** Shows the draft under {@code header}; Xuất runs {@code export} with the edited words. */
    void show(String header, ReportSections draft, Consumer<ReportSections> export) {
        TextArea notes = area(draft.notes(), 3, "sections-notes", "reports.notesPrompt");
        add("sections.notes", notes);
        TextArea strengths = area(draft.strengths(), 4, "sections-strengths", null);
        add("doc.assessment.strengths", strengths);
        TextArea limits = area(draft.limits(), 4, "sections-limits", null);
        add("doc.assessment.limits", limits);
        TextArea causes = area(draft.causes(), 3, "sections-causes", null);
        add("doc.assessment.causes", causes);
        TextArea next = area(draft.nextTasks(), 4, "sections-next", null);
        add("sections.next", next);
        TextArea proposals = area(draft.proposals(), 3, "sections-proposals", null);
        add("doc.proposals", proposals);

        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(dialogs.owner());
        d.setTitle(Messages.get("sections.title"));
        d.setHeaderText(header);
        d.setResizable(true);
        ButtonType go = new ButtonType(Messages.get("plan.export"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(go, new ButtonType(Messages.get("ui.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        d.getDialogPane().setContent(scroll);
        d.getDialogPane().setPrefWidth(860);
        ((Button) d.getDialogPane().lookupButton(go)).setId("sections-export");
        d.setResultConverter(b -> b);
        d.showAndWait().filter(b -> b == go).ifPresent(b -> export.accept(new ReportSections(notes.getText(),
                strengths.getText(), limits.getText(), causes.getText(), next.getText(), proposals.getText())));
    }

    private void add(String key, javafx.scene.Node input) {
        Label l = new Label(Messages.get(key));
        l.setWrapText(true);
        grid.addRow(row++, l, input);
        GridPane.setValignment(l, javafx.geometry.VPos.TOP);
    }

    private static TextArea area(String text, int rows, String id, String prompt) {
        TextArea a = new TextArea(text);
        a.setPrefRowCount(rows);
        a.setWrapText(true);
        a.setId(id);
        if (prompt != null) {
            a.setPromptText(Messages.get(prompt));
        }
        return a;
    }
}
