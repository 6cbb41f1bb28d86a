package vn.dienhinh.ui.introduction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import vn.dienhinh.model.Board;
import vn.dienhinh.model.Field;
import vn.dienhinh.model.IntroductionRow;
import vn.dienhinh.model.Unit;
import vn.dienhinh.util.Messages;

/**
 * Lays a board out in a table: one row per responsible unit and a totals row, one column per
 * field (or one for a per-unit quota), or one per quarter in the year view. Missing cells read
 * "Còn thiếu" in red; cells not owed read "—".
 */
final class BoardTable {

    /** A row: a unit, or the totals (unit null). */
    record Line(Unit unit) {
    }

    /** What a cell shows and whether it is missing, owed-and-met, or not owed. */
    record Mark(String text, int state) {
        static final int MET = 0;
        static final int MISSING = 1;
        static final int NOT_OWED = 2;
        static final int TOTAL = 3;
    }

    private final TableView<Line> table;

    BoardTable(TableView<Line> table) {
        this.table = table;
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    void clear() {
        table.getColumns().clear();
        table.getItems().clear();
    }

    void showQuarter(Board b, boolean owingOnly) {
        List<TableColumn<Line, ?>> cols = new ArrayList<>();
        cols.add(unitColumn());
        for (long col : b.columns()) {
            String title = col == Board.ANY_FIELD ? Messages.get("board.anyField")
                    : b.fields().stream().filter(f -> f.id() == col).map(Field::label).findFirst().orElse("");
            cols.add(markColumn(title, 150, line -> line.unit() == null
                    ? total(b.missingInColumn(col), b.requiredInColumn(col))
                    : cellMark(b.cell(line.unit().id(), col))));
        }
        cols.add(markColumn(Messages.get("board.colSent"), 90, line -> line.unit() == null
                ? total(b.totalMissing(), b.totalRequired())
                : sent(b.requiredOf(line.unit().id()), b.missingOf(line.unit().id()))));
        table.getColumns().setAll(cols);
        List<Line> lines = new ArrayList<>();
        for (Unit u : b.units()) {
            if (!owingOnly || b.missingOf(u.id()) > 0) {
                lines.add(new Line(u));
            }
        }
        lines.add(new Line(null));
        table.getItems().setAll(lines);
    }

    void showYear(List<Board> quarters, boolean owingOnly) {
        List<TableColumn<Line, ?>> cols = new ArrayList<>();
        cols.add(unitColumn());
        for (Board b : quarters) {
            cols.add(markColumn(b.quarter().toString(), 110, line -> line.unit() == null
                    ? total(b.totalMissing(), b.totalRequired())
                    : sent(b.requiredOf(line.unit().id()), b.missingOf(line.unit().id()))));
        }
        cols.add(markColumn(Messages.get("board.wholeYear"), 110, line -> {
            int required = 0;
            int missing = 0;
            for (Board b : quarters) {
                required += line.unit() == null ? b.totalRequired() : b.requiredOf(line.unit().id());
                missing += line.unit() == null ? b.totalMissing() : b.missingOf(line.unit().id());
            }
            return line.unit() == null ? total(missing, required) : sent(required, missing);
        }));
        table.getColumns().setAll(cols);
        List<Line> lines = new ArrayList<>();
        for (Unit u : quarters.get(0).units()) {
            boolean owes = quarters.stream().anyMatch(b -> b.missingOf(u.id()) > 0);
            if (!owingOnly || owes) {
                lines.add(new Line(u));
            }
        }
        lines.add(new Line(null));
        table.getItems().setAll(lines);
    }

    private static Mark cellMark(Board.Cell c) {
        if (c == null || !c.required()) {
            return new Mark(c != null && !c.introductions().isEmpty() ? names(c) : "—", Mark.NOT_OWED);
        }
        if (c.missing()) {
            return new Mark(c.introductions().isEmpty() ? Messages.get("board.missing")
                    : names(c) + " (" + c.introductions().size() + "/" + c.quota() + ")", Mark.MISSING);
        }
        return new Mark(names(c), Mark.MET);
    }

    private static String names(Board.Cell c) {
        return c.introductions().stream().map(IntroductionRow::exemplarName).collect(Collectors.joining("; "));
    }

    private static Mark sent(int required, int missing) {
        if (required == 0) {
            return new Mark("—", Mark.NOT_OWED);
        }
        return new Mark((required - missing) + "/" + required, missing > 0 ? Mark.MISSING : Mark.MET);
    }

    private static Mark total(int missing, int required) {
        return new Mark(Messages.get("board.totalCell", missing, required), Mark.TOTAL);
    }

    private static TableColumn<Line, String> unitColumn() {
        TableColumn<Line, String> c = new TableColumn<>(Messages.get("col.unit"));
        c.setPrefWidth(230);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().unit() == null
                ? Messages.get("board.total") : cd.getValue().unit().name()));
        c.setSortable(false);
        return c;
    }

    private static TableColumn<Line, Mark> markColumn(String title, double width, Function<Line, Mark> f) {
        TableColumn<Line, Mark> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(f.apply(cd.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Mark m, boolean empty) {
                super.updateItem(m, empty);
                getStyleClass().removeAll("board-missing", "board-met", "board-none", "board-total");
                if (empty || m == null) {
                    setText(null);
                    setStyle(null);
                    return;
                }
                setText(m.text());
                String[] classes = {"board-met", "board-missing", "board-none", "board-total"};
                getStyleClass().add(classes[m.state()]);
                setStyle(m.state() == Mark.MISSING ? "-fx-text-fill: -color-danger-fg; -fx-font-weight: bold;"
                        : m.state() == Mark.NOT_OWED ? "-fx-text-fill: -color-fg-subtle;"
                        : m.state() == Mark.TOTAL ? "-fx-font-weight: bold;" : "-fx-text-fill: -color-success-fg;");
            }
        });
        return c;
    }
}
