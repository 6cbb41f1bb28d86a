package vn.dienhinh.ui.certificate;

import java.io.ByteArrayInputStream;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import vn.dienhinh.model.Certificate;
import vn.dienhinh.model.CertificateLayout;
import vn.dienhinh.model.CertificateSlot;
import vn.dienhinh.model.FieldPlacement;
import vn.dienhinh.report.CertificateComposer;
import vn.dienhinh.report.CertificateFonts;

/**
 * The blank drawn to scale: the page, the scan or photo of the blank under it (shown here only, never
 * printed), each field's box and the sample recipient's lines exactly where {@link CertificateComposer}
 * puts them in the PDF, in the same font files. A click chooses a field; dragging moves it.
 */
final class BlankPreview extends Region {

    private static final double MARGIN_PX = 12;
    private static final Color BOX = Color.web("#1f6feb");
    private static final Color CHOSEN = Color.web("#d1242f");
    private static boolean fontsLoaded;

    private final Group page = new Group();
    private final ImageView scan = new ImageView();
    private CertificateLayout layout;
    private Certificate sample;
    private CertificateSlot chosen;
    private Consumer<CertificateSlot> onChoose = s -> { };
    private DragListener onDrag = (x, y) -> { };
    private double scale = 1;
    private double originX;
    private double originY;
    private double grabDxMm;
    private double grabDyMm;

    /** Told where the chosen field's left edge and baseline are being dragged to, in millimetres. */
    interface DragListener {
        void moved(double xMm, double yMm);
    }

    BlankPreview() {
        loadFonts();
        setId("blankPreview");
        setFocusTraversable(true);
        setMinSize(200, 150);
        page.setManaged(false);
        getChildren().add(page);
        widthProperty().addListener((o, a, b) -> redraw());
        heightProperty().addListener((o, a, b) -> redraw());
        scan.setPreserveRatio(false);
        scan.setMouseTransparent(true);
        setOnMousePressed(e -> requestFocus());
    }

    /** Registers the certificate fonts with JavaFX once, so that the preview draws the printed letters. */
    private static synchronized void loadFonts() {
        if (!fontsLoaded) {
            for (boolean bold : new boolean[]{false, true}) {
                for (boolean italic : new boolean[]{false, true}) {
                    Font.loadFont(new ByteArrayInputStream(CertificateFonts.bytes(bold, italic)), 12);
                }
            }
            fontsLoaded = true;
        }
    }

    void setOnChoose(Consumer<CertificateSlot> c) {
        onChoose = c;
    }

    void setOnDrag(DragListener l) {
        onDrag = l;
    }

    void setSample(Certificate c) {
        sample = c;
        redraw();
    }

    void setLayout(CertificateLayout l) {
        layout = l;
        redraw();
    }

    void setChosen(CertificateSlot s) {
        chosen = s;
        redraw();
    }

    /** The scan under the fields; null takes it away. */
    void setScan(Image image) {
        scan.setImage(image);
        redraw();
    }

    /** Pixels per millimetre at the current size of the view. */
    double scale() {
        return scale;
    }

    private void redraw() {
        page.getChildren().clear();
        if (layout == null || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        double w = layout.pageWidthMm();
        double h = layout.pageHeightMm();
        scale = Math.max(0.1, Math.min((getWidth() - 2 * MARGIN_PX) / w, (getHeight() - 2 * MARGIN_PX) / h));
        originX = (getWidth() - w * scale) / 2;
        originY = (getHeight() - h * scale) / 2;
        Rectangle paper = new Rectangle(originX, originY, w * scale, h * scale);
        paper.setFill(Color.WHITE);
        paper.setStroke(Color.gray(0.55));
        paper.setMouseTransparent(true);
        page.getChildren().add(paper);
        if (scan.getImage() != null) {
            scan.setX(originX);
            scan.setY(originY);
            scan.setFitWidth(w * scale);
            scan.setFitHeight(h * scale);
            scan.setOpacity(0.85);
            page.getChildren().add(scan);
        }
        for (FieldPlacement f : layout.fields()) {
            drawField(f);
        }
    }

    private void drawField(FieldPlacement f) {
        boolean isChosen = f.slot() == chosen;
        Rectangle box = new Rectangle(px(f.xMm()), py(f.topMm()), f.widthMm() * scale,
                (f.bottomMm() - f.topMm()) * scale);
        box.setId("field-" + f.slot().name());
        box.setFill(Color.color(isChosen ? 0.82 : 0.12, isChosen ? 0.14 : 0.44, isChosen ? 0.18 : 0.92, 0.08));
        box.setStroke(isChosen ? CHOSEN : BOX);
        box.setStrokeWidth(isChosen ? 2 : 1);
        box.getStrokeDashArray().setAll(f.printed() ? new Double[]{6.0, 3.0} : new Double[]{2.0, 4.0});
        box.setCursor(Cursor.MOVE);
        box.setOnMousePressed(e -> {
            requestFocus();
            onChoose.accept(f.slot());
            grabDxMm = (e.getX() - originX) / scale - f.xMm();
            grabDyMm = (e.getY() - originY) / scale - f.yMm();
            e.consume();
        });
        box.setOnMouseDragged(e -> {
            onDrag.moved((e.getX() - originX) / scale - grabDxMm, (e.getY() - originY) / scale - grabDyMm);
            e.consume();
        });
        page.getChildren().add(box);
        if (sample == null) {
            return;
        }
        for (CertificateComposer.Line line : CertificateComposer.compose(f, sample.get(f.slot()),
                CertificateFonts.measure())) {
            Text t = new Text(px(line.xMm()), py(line.baselineMm()), line.text());
            t.setFont(Font.font(CertificateFonts.FAMILY, line.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                    line.italic() ? FontPosture.ITALIC : FontPosture.REGULAR,
                    line.size() / FieldPlacement.PT_PER_MM * scale));
            t.setTextOrigin(VPos.BASELINE);
            t.setFill(Color.BLACK);
            t.setMouseTransparent(true);
            page.getChildren().add(t);
        }
    }

    private double px(double mm) {
        return originX + mm * scale;
    }

    private double py(double mm) {
        return originY + mm * scale;
    }
}
