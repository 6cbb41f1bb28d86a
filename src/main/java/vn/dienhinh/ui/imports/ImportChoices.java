package vn.dienhinh.ui.imports;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.dienhinh.model.ExemplarKind;
import vn.dienhinh.service.imports.ImportOptions;
import vn.dienhinh.service.imports.ImportPreview;
import vn.dienhinh.service.imports.PreviewRow;
import vn.dienhinh.util.Messages;

/**
 * The officer's choices under the preview: which new units to add (all, by default), whether to take
 * the duplicates too, and the line saying what will be imported with those choices.
 */
final class ImportChoices {

    private final VBox root = new VBox(6);
    private final VBox newUnits = new VBox(4);
    private final CheckBox duplicates = new CheckBox();
    private final Label summary = new Label();
    private final Runnable changed;

    ImportChoices(Runnable changed) {
        this.changed = changed;
        duplicates.setId("import-duplicates");
        duplicates.setVisible(false);
        duplicates.setManaged(false);
        duplicates.selectedProperty().addListener((o, was, now) -> changed.run());
        summary.setId("import-summary");
        summary.getStyleClass().add("text-bold");
        root.getChildren().addAll(newUnits, duplicates, summary);
    }

    VBox getRoot() {
        return root;
    }

    void show(ImportPreview p) {
        newUnits.getChildren().clear();
        if (!p.newUnits().isEmpty()) {
            Label l = new Label(Messages.get("ui.import.newUnits"));
            l.setWrapText(true);
            HBox boxes = new HBox(12);
            for (ImportPreview.NewUnit u : p.newUnits()) {
                CheckBox c = new CheckBox(Messages.get("ui.import.newUnit", u.name(), u.rows()));
                c.setUserData(u.name());
                c.setSelected(true);
                c.selectedProperty().addListener((o, was, now) -> changed.run());
                boxes.getChildren().add(c);
            }
            ScrollPane scroll = new ScrollPane(boxes);
            scroll.setFitToHeight(true);
            scroll.setPrefViewportHeight(30);
            newUnits.getChildren().addAll(l, scroll);
        }
        long dup = p.count(PreviewRow.Verdict.DUPLICATE);
        duplicates.setText(Messages.get("ui.import.duplicates", dup));
        duplicates.setVisible(dup > 0);
        duplicates.setManaged(dup > 0);
    }

    ImportOptions options() {
        Set<String> chosen = new LinkedHashSet<>();
        newUnits.lookupAll(".check-box").forEach(n -> {
            if (n instanceof CheckBox c && c.isSelected() && c.getUserData() != null) {
                chosen.add((String) c.getUserData());
            }
        });
        return new ImportOptions(chosen, duplicates.isSelected());
    }

    /** Says what will be imported with the current choices; returns how many rows. */
    long summarise(ImportPreview p) {
        ImportOptions o = options();
        long accepted = p.acceptedCount(o);
        summary.setText(Messages.get("ui.import.summary", accepted, p.rows().size(), kinds(p.acceptedByKind(o)),
                p.count(PreviewRow.Verdict.ERROR), o.includeDuplicates() ? 0 : p.count(PreviewRow.Verdict.DUPLICATE)));
        return accepted;
    }

    /** "3 cá nhân, 2 tập thể": the counts in the order of the kinds. */
    static String kinds(Map<ExemplarKind, ? extends Number> byKind) {
        return new java.util.EnumMap<>(byKind).entrySet().stream().filter(e -> e.getValue().longValue() > 0)
                .map(e -> e.getValue() + " " + Messages.get("campaign.kindLower." + e.getKey().name()))
                .collect(Collectors.joining(", "));
    }
}
