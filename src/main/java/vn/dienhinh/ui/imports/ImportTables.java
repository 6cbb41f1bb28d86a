package vn.dienhinh.ui.imports;

import java.util.function.Supplier;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import vn.dienhinh.imports.ImportProblem;
import vn.dienhinh.model.Exemplar;
import vn.dienhinh.service.Dates;
import vn.dienhinh.service.imports.ImportOptions;
import vn.dienhinh.service.imports.ImportPreview;
import vn.dienhinh.service.imports.PreviewRow;
import vn.dienhinh.ui.Columns;
import vn.dienhinh.util.Messages;

/** The two tables of the preview: each row as it will be stored, and the problems by row and column. */
final class ImportTables {

    private ImportTables() {
    }

    /** Rows as stored; rows left out are tinted (red: error, amber: duplicate not taken). */
    static TableView<PreviewRow> rows(Supplier<ImportOptions> options) {
        TableView<PreviewRow> t = new TableView<>();
        t.setId("import-rows");
        t.getColumns().add(Columns.text("ui.import.col.row", 58, r -> String.valueOf(r.rowNumber())));
        t.getColumns().add(Columns.text("ui.import.col.verdict", 118, r -> verdict(r, options.get())));
        t.getColumns().add(Columns.text("col.kind", 96, r -> Messages.of(r.draft().kind())));
        t.getColumns().add(Columns.text("col.name", 210, r -> nz(r.draft().name())));
        t.getColumns().add(Columns.text("col.birthYear", 96, r -> birth(r.draft())));
        t.getColumns().add(Columns.text("form.gender", 84, r -> r.draft().gender() == null ? ""
                : Messages.of(r.draft().gender())));
        t.getColumns().add(Columns.text("form.position", 150, r -> join(r.draft().position(), r.draft().workplace())));
        t.getColumns().add(Columns.text("col.unit", 170, r -> r.unitName() == null ? ""
                : r.unitName() + (r.newUnit() ? " " + Messages.get("ui.import.newMark") : "")));
        t.getColumns().add(Columns.text("col.fields", 150, PreviewRow::fieldNames));
        t.getColumns().add(Columns.text("col.summary", 240, r -> nz(r.draft().summary())));
        t.getColumns().add(Columns.text("form.note", 200, r -> nz(r.draft().note())));
        t.getColumns().forEach(c -> c.setMinWidth(Math.min(c.getPrefWidth(), 58)));
        t.setPlaceholder(new javafx.scene.control.Label(Messages.get("ui.import.noRows")));
        t.setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(PreviewRow r, boolean empty) {
                super.updateItem(r, empty);
                setStyle(empty || r == null ? "" : r.verdict() == PreviewRow.Verdict.ERROR
                        ? "-fx-background-color: #fde8e8;"
                        : !ImportPreview.accepted(r, options.get()) ? "-fx-background-color: #fff3dc;" : "");
            }
        });
        return t;
    }

    static TableView<ImportProblem> problems() {
        TableView<ImportProblem> t = new TableView<>();
        t.setId("import-problems");
        t.getColumns().add(Columns.text("ui.import.col.row", 52, p -> String.valueOf(p.row())));
        t.getColumns().add(Columns.text("ui.import.col.column", 170, ImportProblem::column));
        t.getColumns().add(Columns.text("ui.import.col.severity", 70,
                p -> Messages.get("ui.import.severity." + p.severity().name())));
        t.getColumns().add(Columns.text("ui.import.col.message", 620, ImportProblem::message));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new javafx.scene.control.Label(Messages.get("ui.import.noProblems")));
        return t;
    }

    static String verdict(PreviewRow r, ImportOptions o) {
        if (r.verdict() == PreviewRow.Verdict.DUPLICATE && o.includeDuplicates()) {
            return Messages.get("ui.import.duplicateTaken");
        }
        return Messages.get("import.verdict." + r.verdict().name());
    }

    private static String birth(Exemplar e) {
        return e.birthDate() != null ? Dates.format(e.birthDate()) : e.birthYear() == null ? "" : e.birthYear().toString();
    }

    private static String join(String a, String b) {
        return a == null ? nz(b) : b == null ? a : a + ", " + b;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
