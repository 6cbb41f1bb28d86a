package vn.dienhinh.ui.exemplar;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import vn.dienhinh.model.TaskRating;
import vn.dienhinh.model.YearlyResult;
import vn.dienhinh.ui.Choice;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.SmallForm;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.util.Messages;

/** Records (or corrects) an exemplar's result of a year: its task rating and the initiatives recognised. */
final class YearlyResultDialog {

    private YearlyResultDialog() {
    }

    static void open(Dialogs dialogs, ExemplarServices s, TaskRunner tasks, long exemplarId, YearlyResult old,
                     Runnable done) {
        TextField year = new TextField(String.valueOf(old == null ? s.registry().today().getYear() : old.year()));
        year.setId("result-year");
        ComboBox<Choice<TaskRating>> rating = new ComboBox<>();
        rating.setId("result-rating");
        for (TaskRating r : TaskRating.values()) {
            rating.getItems().add(new Choice<>(r, Messages.of(r)));
        }
        rating.getSelectionModel().select(old == null || old.rating() == null ? 1 : old.rating().ordinal());
        Spinner<Integer> initiatives = new Spinner<>(0, 99, old == null ? 0 : old.initiatives());
        initiatives.setId("result-initiatives");
        initiatives.setEditable(true);
        TextField note = new TextField(old == null || old.note() == null ? "" : old.note());
        new SmallForm()
                .row("history.field.year", year)
                .row("history.field.task_rating", rating)
                .row("history.field.initiatives", initiatives)
                .row("form.note", note)
                .note(Messages.get("results.note"))
                .show(dialogs, tasks, Messages.get("results.title"), null, year.textProperty().isEmpty(),
                        () -> s.eligibility().saveResult(new YearlyResult(old == null ? null : old.id(), exemplarId,
                                s.eligibility().year(year.getText()), rating.getValue().value(),
                                initiatives.getValue(), note.getText())),
                        r -> done.run());
    }
}
