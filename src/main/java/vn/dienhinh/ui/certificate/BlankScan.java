package vn.dienhinh.ui.certificate;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import vn.dienhinh.util.Messages;

/**
 * The scan or photo of the blank under the layout editor's fields: chosen in a file dialog, loaded in the
 * background into the preview when the layout names another file than the one shown, a missing or broken
 * file said in one sentence.
 */
final class BlankScan {

    private final BlankPreview preview;
    private final Consumer<String> complaint;
    private String shown;

    /** @param complaint where a missing or unreadable file is said */
    BlankScan(BlankPreview preview, Consumer<String> complaint) {
        this.preview = preview;
        this.complaint = complaint;
    }

    /** Asks for an image file over {@code owner}; null when the officer cancels. */
    static String choose(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("layout.scanTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("layout.scanFiles"),
                "*.png", "*.jpg", "*.jpeg", "*.bmp", "*.gif", "*.PNG", "*.JPG", "*.JPEG"));
        File f = chooser.showOpenDialog(owner);
        return f == null ? null : f.getAbsolutePath();
    }

    /** Shows the file at {@code path} (null or blank: none) unless it is the one shown already. */
    void show(String path) {
        if (Objects.equals(path, shown)) {
            return;
        }
        shown = path;
        if (path == null || path.isBlank()) {
            preview.setScan(null);
            return;
        }
        Path p = Path.of(path);
        if (!Files.isRegularFile(p)) {
            preview.setScan(null);
            complaint.accept(Messages.get("layout.scanMissing", path));
            return;
        }
        Image image = new Image(p.toUri().toString(), true);
        image.progressProperty().addListener((o, a, b) -> {
            if (b.doubleValue() >= 1 && path.equals(shown)) {
                if (image.isError()) {
                    complaint.accept(Messages.get("layout.scanBroken", p.getFileName()));
                } else {
                    preview.setScan(image);
                }
            }
        });
    }
}
