package vn.dienhinh.ui;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The program's own icon (a gold star on a red medal) for the window and the taskbar, in each size the
 * systems pick from. Drawn by packaging/icon/IconGenerator.java, which also writes the installers' icons.
 */
public final class AppIcon {

    /** The sizes kept as resources, smallest first. */
    public static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private AppIcon() {
    }

    /** The resource path of the icon of {@code size} pixels. */
    public static String resource(int size) {
        return "/vn/dienhinh/icon/dienhinh-" + size + ".png";
    }

    /** The icon in every kept size; none missing unless the jar is broken. */
    public static List<Image> images() {
        List<Image> out = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream in = AppIcon.class.getResourceAsStream(resource(size))) {
                if (in != null) {
                    out.add(new Image(in));
                }
            } catch (java.io.IOException e) {
                // a size less: the system scales another
            }
        }
        return out;
    }

    public static void setOn(Stage stage) {
        stage.getIcons().setAll(images());
    }
}
