package vn.dienhinh.ui.campaign;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import vn.dienhinh.model.Phase;
import vn.dienhinh.service.Dates;
import vn.dienhinh.util.Messages;
import vn.dienhinh.util.UserException;

/** The phases of a campaign as editable rows: name, start, end and targets by kind. */
final class PhaseRows {

    private record Row(Long id, TextField name, TextField start, TextField end, TextField individuals,
                       TextField collectives, TextField households, String tasks) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final GridPane grid = new GridPane();

    PhaseRows(List<Phase> phases) {
        grid.setHgap(6);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        phases.forEach(this::add);
        redraw();
    }

    Node node() {
        Button add = new Button(Messages.get("campaign.addPhase"));
        add.setId("phase-add");
        add.setOnAction(e -> {
            add(new Phase(null, Messages.get("campaign.phaseDefault", rows.size() + 1), null, null, 0, 0, 0, null));
            redraw();
        });
        VBox box = new VBox(8, grid, add, muted());
        box.setPadding(new Insets(0, 10, 10, 10));
        return box;
    }

    private static Label muted() {
        Label l = new Label(Messages.get("campaign.phaseNote"));
        l.setWrapText(true);
        l.getStyleClass().add("text-muted");
        return l;
    }

    private void add(Phase p) {
        rows.add(new Row(p.id(), field(p.name(), 150), field(Dates.format(p.start()), 100), field(Dates.format(p.end()), 100),
                field(String.valueOf(p.targetIndividuals()), 60), field(String.valueOf(p.targetCollectives()), 60),
                field(String.valueOf(p.targetHouseholds()), 60), p.tasks()));
    }

    private void redraw() {
        grid.getChildren().clear();
        String[] heads = {"campaign.phaseName2", "campaign.phaseStart", "campaign.phaseEnd", "campaign.targetIndividuals",
            "campaign.targetCollectives", "campaign.targetHouseholds"};
        for (int i = 0; i < heads.length; i++) {
            Label h = new Label(Messages.get(heads[i]));
            h.getStyleClass().add("text-bold");
            grid.add(h, i, 0);
        }
        int r = 1;
        for (Row row : rows) {
            Button remove = new Button(Messages.get("exemplars.delete"));
            remove.setOnAction(e -> {
                rows.remove(row);
                redraw();
            });
            grid.addRow(r++, row.name(), row.start(), row.end(), row.individuals(), row.collectives(), row.households(),
                    remove);
        }
    }

    List<Phase> phases() {
        List<Phase> out = new ArrayList<>();
        for (Row r : rows) {
            String name = r.name().getText();
            out.add(new Phase(r.id(), name, date(r.start(), name), date(r.end(), name), count(r.individuals(), name),
                    count(r.collectives(), name), count(r.households(), name), r.tasks()));
        }
        return out;
    }

    private static java.time.LocalDate date(TextField f, String phase) {
        return Dates.parse(f.getText()).orElseThrow(() -> new UserException("campaign.phaseDates", phase));
    }

    private static int count(TextField f, String phase) {
        String t = f.getText() == null ? "" : f.getText().strip();
        if (t.isEmpty()) {
            return 0;
        }
        if (!t.matches("\\d{1,4}")) {
            throw new UserException("campaign.phaseTarget", phase);
        }
        return Integer.parseInt(t);
    }

    private static TextField field(String text, double width) {
        TextField f = new TextField(text);
        f.setPrefWidth(width);
        return f;
    }
}
