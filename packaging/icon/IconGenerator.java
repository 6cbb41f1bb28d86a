import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws the program's icon: a medal in the national red with a gold rim and a gold five-pointed star,
 * hung from a red ribbon with a gold stripe. Writes the PNGs the window uses (16 to 256 px), the PNG
 * jpackage takes on Linux and the Windows .ico (PNG images inside, one per size).
 *
 * <p>Run from the project folder: {@code java packaging/icon/IconGenerator.java}.
 */
public final class IconGenerator {

    static final Color RED = new Color(0xDA, 0x25, 0x1D);
    static final Color DARK_RED = new Color(0xA3, 0x14, 0x10);
    static final Color GOLD = new Color(0xFF, 0xCD, 0x00);
    static final Color DEEP_GOLD = new Color(0xC9, 0x8B, 0x00);
    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    public static void main(String[] args) throws IOException {
        Path resources = Path.of("src", "main", "resources", "vn", "dienhinh", "icon");
        Path packaging = Path.of("packaging");
        Files.createDirectories(resources);
        List<byte[]> pngs = new ArrayList<>();
        for (int size : SIZES) {
            byte[] png = png(draw(size));
            Files.write(resources.resolve("dienhinh-" + size + ".png"), png);
            pngs.add(png);
        }
        Files.write(packaging.resolve("dienhinh.png"), png(draw(256)));
        Files.write(packaging.resolve("dienhinh.ico"), ico(SIZES, pngs));
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        double s = size;
        boolean small = size < 32;
        // the medal: a little lower than the middle, the ribbon above it (left out where too small to read)
        double r = small ? s * 0.48 : s * 0.36;
        double cx = s / 2;
        double cy = small ? s / 2 : s * 0.60;
        if (!small) {
            ribbon(g, s, cx, cy);
        }
        // gold rim
        g.setPaint(new GradientPaint((float) (cx - r), (float) (cy - r), GOLD, (float) (cx + r), (float) (cy + r), DEEP_GOLD));
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        // red face
        double face = r * (small ? 0.82 : 0.80);
        g.setPaint(new GradientPaint((float) cx, (float) (cy - face), RED, (float) cx, (float) (cy + face), DARK_RED));
        g.fill(new Ellipse2D.Double(cx - face, cy - face, 2 * face, 2 * face));
        if (!small) {
            // a thin gold line inside the face, as on a struck medal
            g.setColor(GOLD);
            g.setStroke(new BasicStroke((float) Math.max(1, s / 128)));
            double in = face * 0.90;
            g.draw(new Ellipse2D.Double(cx - in, cy - in, 2 * in, 2 * in));
        }
        // the star
        g.setColor(GOLD);
        g.fill(star(cx, cy + face * 0.04, face * (small ? 0.86 : 0.78)));
        g.dispose();
        return img;
    }

    /** Two red bands with a gold stripe, from the top edge down behind the medal. */
    static void ribbon(Graphics2D g, double s, double cx, double cy) {
        double top = s * 0.02;
        double w = s * 0.20;
        for (int side = -1; side <= 1; side += 2) {
            double x0 = cx + side * s * 0.30;
            Path2D band = new Path2D.Double();
            band.moveTo(x0 - w / 2, top);
            band.lineTo(x0 + w / 2, top);
            band.lineTo(cx + side * w * 0.1 + w / 2 * side, cy);
            band.lineTo(cx - side * w * 0.9 + w / 2 * side, cy);
            band.closePath();
            g.setColor(side < 0 ? RED : DARK_RED);
            g.fill(band);
            Path2D stripe = new Path2D.Double();
            double sw = w * 0.22;
            double bx = cx + side * w * 0.1 + w / 2 * side - side * w * 0.5;
            stripe.moveTo(x0 - sw / 2, top);
            stripe.lineTo(x0 + sw / 2, top);
            stripe.lineTo(bx + sw / 2, cy);
            stripe.lineTo(bx - sw / 2, cy);
            stripe.closePath();
            g.setColor(GOLD);
            g.fill(stripe);
        }
    }

    /** A five-pointed star, one point up, its points on a circle of {@code radius}. */
    static GeneralPath star(double cx, double cy, double radius) {
        GeneralPath p = new GeneralPath();
        double inner = radius * 0.382;
        for (int i = 0; i < 10; i++) {
            double rr = i % 2 == 0 ? radius : inner;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double x = cx + rr * Math.cos(a);
            double y = cy + rr * Math.sin(a);
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        return p;
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** An .ico of PNG images (read by Windows Vista and later): header, one directory entry per size, the PNGs. */
    static byte[] ico(int[] sizes, List<byte[]> pngs) {
        int offset = 6 + 16 * sizes.length;
        int total = offset + pngs.stream().mapToInt(b -> b.length).sum();
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        for (int i = 0; i < sizes.length; i++) {
            int size = sizes[i];
            b.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            b.put((byte) 0).put((byte) 0);
            b.putShort((short) 1).putShort((short) 32);
            b.putInt(pngs.get(i).length).putInt(offset);
            offset += pngs.get(i).length;
        }
        pngs.forEach(b::put);
        return b.array();
    }
}
