package vn.dienhinh.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts certificates are printed in: Liberation Serif (SIL Open Font License, bundled beside its licence),
 * metric-compatible with Times New Roman and with every Vietnamese letter. The same files are measured here,
 * embedded in the PDF and drawn by the layout editor's preview, so what the screen shows is what prints.
 */
public final class CertificateFonts {

    /** The family name the files carry, for the preview to ask for once they are registered. */
    public static final String FAMILY = "Liberation Serif";
    private static final String FOLDER = "/vn/dienhinh/fonts/";
    private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();
    private static final Map<String, Metrics> METRICS = new ConcurrentHashMap<>();

    private CertificateFonts() {
    }

    /** The resource path of the face: "/vn/dienhinh/fonts/LiberationSerif-BoldItalic.ttf". */
    public static String resource(boolean bold, boolean italic) {
        String face = bold && italic ? "BoldItalic" : bold ? "Bold" : italic ? "Italic" : "Regular";
        return FOLDER + "LiberationSerif-" + face + ".ttf";
    }

    /** The TrueType file of the face. */
    public static byte[] bytes(boolean bold, boolean italic) {
        return BYTES.computeIfAbsent(resource(bold, italic), CertificateFonts::load);
    }

    /** Widths of the face, as PDFBox lays the text out (advance widths, no kerning). */
    public static TextMeasure measure() {
        return CertificateFonts::width;
    }

    /** True when the face has a glyph for {@code codePoint}. */
    public static boolean hasGlyph(int codePoint, boolean bold, boolean italic) {
        return metrics(bold, italic).advance(codePoint) >= 0;
    }

    /** Width of {@code text} at {@code size} points, in points; a character without a glyph counts as "?". */
    public static double width(String text, double size, boolean bold, boolean italic) {
        Metrics m = metrics(bold, italic);
        double units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = m.advance(cp);
            units += w >= 0 ? w : m.advance('?');
            i += Character.charCount(cp);
        }
        return units / m.unitsPerEm * size;
    }

    private static Metrics metrics(boolean bold, boolean italic) {
        return METRICS.computeIfAbsent(resource(bold, italic), r -> new Metrics(bytes(bold, italic)));
    }

    private static byte[] load(String resource) {
        try (InputStream in = CertificateFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the program: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Advance widths by code point, read once from the font's tables. */
    private static final class Metrics {
        private final TrueTypeFont font;
        private final CmapLookup cmap;
        private final int unitsPerEm;
        private final Map<Integer, Integer> cache = new ConcurrentHashMap<>();

        Metrics(byte[] bytes) {
            try {
                font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
                cmap = font.getUnicodeCmapLookup();
                unitsPerEm = font.getUnitsPerEm();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The advance of the code point's glyph in font units, or -1 when the font has none. */
        int advance(int codePoint) {
            return cache.computeIfAbsent(codePoint, cp -> {
                synchronized (this) {
                    try {
                        int gid = cmap.getGlyphId(cp);
                        return gid == 0 ? -1 : font.getAdvanceWidth(gid);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        }
    }
}
