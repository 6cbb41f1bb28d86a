package vn.dienhinh.ui.exemplar;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import vn.dienhinh.model.Evaluation;
import vn.dienhinh.model.EvaluationRating;
import vn.dienhinh.service.RegistryService;
import vn.dienhinh.ui.Choice;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.SmallForm;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.util.Messages;

/** Records a periodic evaluation: how the exemplar keeps up and spreads. */
final class EvaluationDialog {

    private EvaluationDialog() {
    }

    static void open(Dialogs dialogs, RegistryService registry, TaskRunner tasks, long exemplarId, Runnable done) {
        int q = (registry.today().getMonthValue() - 1) / 3 + 1;
        TextField period = new TextField(Messages.get("evaluation.defaultPeriod", q, registry.today().getYear()));
        ComboBox<Choice<EvaluationRating>> rating = new ComboBox<>();
        for (EvaluationRating r : EvaluationRating.values()) {
            rating.getItems().add(new Choice<>(r, Messages.of(r)));
        }
        rating.getSelectionModel().select(1);
        TextArea content = new TextArea();
        content.setPrefRowCount(4);
        content.setWrapText(true);
        TextField evaluator = new TextField();
        new SmallForm()
                .row("col.period", period)
                .row("col.rating", rating)
                .row("col.content", content)
                .row("evaluation.evaluator", evaluator)
                .show(dialogs, tasks, Messages.get("detail.evaluations"), null, period.textProperty().isEmpty(),
                        () -> registry.saveEvaluation(new Evaluation(null, exemplarId, registry.today(), period.getText(),
                                rating.getValue().value(), content.getText(), evaluator.getText())),
                        v -> done.run());
    }
}
