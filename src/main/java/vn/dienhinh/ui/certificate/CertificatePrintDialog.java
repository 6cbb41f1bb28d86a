package vn.dienhinh.ui.certificate;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.dienhinh.model.Certificate;
import vn.dienhinh.model.CertificateLayout;
import vn.dienhinh.service.document.CertificateService;
import vn.dienhinh.ui.Dialogs;
import vn.dienhinh.ui.TaskRunner;
import vn.dienhinh.util.Messages;

/**
 * In giấy khen: the certificates of a decided nomination (or of the commendations chosen) on the blank's
 * layout, printed straight through the system's print dialog or written as a PDF; the layout is chosen
 * here and its editor is one click away. Every step runs off the FX thread with progress shown.
 */
public final class CertificatePrintDialog {

    /**
     * What is printed.
     *
     * @param header       the dialog's header, e.g. "In giấy khen của đề nghị số 5"
     * @param fileName     the PDF's file name, e.g. "GiayKhen-DeNghi5.pdf"
     * @param formId       the award form, to choose its blank's layout (may be null)
     * @param certificates the certificates, given the achievement line typed (null or blank: each their own)
     */
    public record Source(String header, String fileName, Long formId, Function<String, List<Certificate>> certificates) {
    }

    /** Writes the PDF through the window's export flow: {@code write} gets the folder and returns the file. */
    public interface PdfExport {
        void export(String fileName, Function<Path, Path> write);
    }

    private final Dialogs dialogs;
    private final TaskRunner tasks;
    private final CertificateService service;
    private final CertificateOutput output;
    private final PdfExport pdf;
    private final Source source;
    private final ComboBox<CertificateLayout> layoutBox = new ComboBox<>();
    private final TextField achievement = new TextField();
    private final Label status = new Label();

    private CertificatePrintDialog(Dialogs dialogs, TaskRunner tasks, CertificateService service,
                                   CertificateOutput output, PdfExport pdf, Source source) {
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.service = service;
        this.output = output;
        this.pdf = pdf;
        this.source = source;
    }

    /** Reads the certificates and the layouts, then shows the dialog (a refusal is said instead). */
    public static void open(Dialogs dialogs, TaskRunner tasks, CertificateService service, CertificateOutput output,
                            PdfExport pdf, Source source) {
        CertificatePrintDialog d = new CertificatePrintDialog(dialogs, tasks, service, output, pdf, source);
        tasks.run(Messages.get("certprint.loading"), () -> new Object[]{source.certificates().apply(null),
            service.layouts(), service.layoutFor(source.formId(), null)}, r -> {
                @SuppressWarnings("unchecked")
                List<Certificate> certificates = (List<Certificate>) r[0];
                @SuppressWarnings("unchecked")
                List<CertificateLayout> layouts = (List<CertificateLayout>) r[1];
                d.show(certificates, layouts, (CertificateLayout) r[2]);
            });
    }

    private void show(List<Certificate> certificates, List<CertificateLayout> layouts, CertificateLayout chosen) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(dialogs.owner());
        d.setTitle(Messages.get("certprint.title"));
        d.setHeaderText(source.header());
        d.getDialogPane().getButtonTypes().add(new ButtonType(Messages.get("ui.ok"), ButtonBar.ButtonData.CANCEL_CLOSE));
        layoutBox.setId("certLayoutBox");
        layoutBox.setConverter(Converters.of(CertificateLayout::name));
        layoutBox.setMaxWidth(Double.MAX_VALUE);
        setLayouts(layouts, chosen.id());
        Button editor = new Button(Messages.get("certprint.editor"));
        editor.setId("certEditor");
        editor.setOnAction(e -> LayoutEditor.open(d.getDialogPane().getScene().getWindow(), service, output,
                selected() == null ? source.formId() : selected().formId(), this::reloadLayouts));
        HBox layoutRow = new HBox(8, layoutBox, editor);
        HBox.setHgrow(layoutBox, Priority.ALWAYS);
        achievement.setId("certAchievement");
        achievement.setPromptText(Messages.get("certprint.achievementPrompt"));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(130), wide);
        grid.addRow(0, new Label(Messages.get("certprint.layout")), layoutRow);
        grid.addRow(1, new Label(Messages.get("certprint.achievement")), achievement);
        Label who = new Label(Messages.get("certprint.count", certificates.size(), String.join("; ",
                certificates.stream().map(c -> c.get(vn.dienhinh.model.CertificateSlot.RECIPIENT)).toList())));
        who.setWrapText(true);
        who.getStyleClass().add("text-muted");
        Button print = new Button(Messages.get("certprint.print"));
        print.setId("certPrint");
        print.getStyleClass().add("accent");
        print.setOnAction(e -> print());
        Button toPdf = new Button(Messages.get("certprint.pdf"));
        toPdf.setId("certPdf");
        toPdf.setOnAction(e -> exportPdf());
        for (Button b : List.of(print, toPdf, editor)) {
            b.disableProperty().bind(tasks.busy());
        }
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(tasks.busy());
        status.setId("certStatus");
        status.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(8, progress, status, gap, toPdf, print);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, grid, who, new Label(Messages.get("certprint.note")), actions);
        ((Label) box.getChildren().get(2)).setWrapText(true);
        box.getChildren().get(2).getStyleClass().add("text-muted");
        box.setPadding(new Insets(8));
        d.getDialogPane().setContent(box);
        d.getDialogPane().setPrefWidth(640);
        d.setResizable(true);
        d.show();
    }

    private CertificateLayout selected() {
        return layoutBox.getValue();
    }

    private String line() {
        String t = achievement.getText();
        return t == null || t.isBlank() ? null : t;
    }

    private void print() {
        CertificateLayout l = selected();
        String a = line();
        if (l == null) {
            return;
        }
        status.setText("");
        tasks.run(Messages.get("certprint.printing"), () -> {
            List<Certificate> c = source.certificates().apply(a);
            return output.print(l, c) ? c.size() : -1;
        }, n -> status.setText(n < 0 ? Messages.get("certprint.cancelled") : Messages.get("certprint.sent", n)));
    }

    private void exportPdf() {
        CertificateLayout l = selected();
        String a = line();
        if (l != null) {
            pdf.export(source.fileName(), dir -> service.writePdf(l, source.certificates().apply(a),
                    dir.resolve(source.fileName())));
        }
    }

    /** After the editor is closed: its changes, names and new layouts are offered, the choice kept. */
    private void reloadLayouts() {
        Long keep = selected() == null ? null : selected().id();
        tasks.run(null, () -> new Object[]{service.layouts(), service.layoutFor(source.formId(), null)}, r -> {
            @SuppressWarnings("unchecked")
            List<CertificateLayout> all = (List<CertificateLayout>) r[0];
            setLayouts(all, all.stream().anyMatch(x -> x.id().equals(keep)) ? keep : ((CertificateLayout) r[1]).id());
        });
    }

    private void setLayouts(List<CertificateLayout> all, Long id) {
        layoutBox.getItems().setAll(all);
        layoutBox.setValue(all.stream().filter(x -> x.id().equals(id)).findFirst().orElse(all.isEmpty() ? null
                : all.get(0)));
    }
}
