package vn.dienhinh.ui.introduction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import vn.dienhinh.model.Board;
import vn.dienhinh.model.ExemplarFilter;
import vn.dienhinh.model.ExemplarRow;
import vn.dienhinh.model.Field;
import vn.dienhinh.model.Introduction;
import vn.dienhinh.model.Unit;
import vn.dienhinh.service.Dates;
import vn.dienhinh.service.RegistryService;
import vn.dienhinh.ui.Choice;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.SmallForm;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/**
 * Bulk entry for a quarter: every missing cell of the board in one list, each with a chooser of
 * that unit's exemplars. What is chosen is recorded together, all or nothing.
 */
final class FillGapsDialog {

    private FillGapsDialog() {
    }

    private record Gap(Unit unit, Long fieldId, String fieldName) {
    }

    static void open(Dialogs dialogs, BoardViewModel model, RegistryService registry, Board board, Runnable done) {
        List<Gap> gaps = new ArrayList<>();
        for (Unit u : board.units()) {
            for (long col : board.columns()) {
                Board.Cell c = board.cell(u.id(), col);
                if (c != null && c.missing()) {
                    String name = col == Board.ANY_FIELD ? Messages.get("board.anyField")
                            : board.fields().stream().filter(f -> f.id() == col).map(Field::name).findFirst().orElse("");
                    gaps.add(new Gap(u, col == Board.ANY_FIELD ? null : col, name));
                }
            }
        }
        if (gaps.isEmpty()) {
            dialogs.info(Messages.get("board.nobodyOwes"));
            return;
        }
        model.tasks.run(Messages.get("exemplars.loading"), () -> {
            Map<Long, List<ExemplarRow>> byUnit = new HashMap<>();
            for (Gap g : gaps) {
                byUnit.computeIfAbsent(g.unit().id(), id -> registry.page(ExemplarFilter.ALL.withUnit(id), 0,
                        IntroductionDialog.CHOICES));
            }
            return byUnit;
        }, byUnit -> show(dialogs, model, registry, board, gaps, byUnit, done));
    }

    private static void show(Dialogs dialogs, BoardViewModel model, RegistryService registry, Board board,
                             List<Gap> gaps, Map<Long, List<ExemplarRow>> byUnit, Runnable done) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.addRow(0, bold("col.unit"), bold("col.fields"), bold("col.name"));
        List<ComboBox<Choice<Long>>> choosers = new ArrayList<>();
        int row = 1;
        for (Gap g : gaps) {
            ComboBox<Choice<Long>> box = new ComboBox<>();
            box.getItems().add(new Choice<>(null, Messages.get("board.skip")));
            byUnit.getOrDefault(g.unit().id(), List.of()).forEach(x -> box.getItems().add(new Choice<>(x.id(), x.name())));
            box.setValue(box.getItems().get(0));
            box.setPrefWidth(260);
            choosers.add(box);
            grid.addRow(row++, new Label(g.unit().name()), new Label(g.fieldName()), box);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setPrefViewportHeight(Math.min(420, 32.0 * (gaps.size() + 1)));
        scroll.setFitToWidth(true);
        TextField received = new TextField(Dates.format(registry.today()));
        new SmallForm()
                .note(Messages.get("board.fillNote", board.quarter().toString(), gaps.size()))
                .row("board.received", received)
                .row("board.gaps", scroll)
                .show(dialogs, model.tasks, Messages.get("board.fill"), null, null, () -> {
                    var date = Dates.parse(received.getText())
                            .orElseThrow(() -> new UserException("valid.date", received.getText()));
                    List<Introduction> chosen = new ArrayList<>();
                    for (int i = 0; i < gaps.size(); i++) {
                        Choice<Long> c = choosers.get(i).getValue();
                        if (c != null && c.value() != null) {
                            chosen.add(new Introduction(null, gaps.get(i).unit().id(), c.value(), gaps.get(i).fieldId(),
                                    board.campaignId(), board.quarter(), date, null, null, null));
                        }
                    }
                    return model.introductions.recordAll(chosen);
                }, saved -> done.run());
    }

    private static Label bold(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("text-bold");
        return l;
    }
}
