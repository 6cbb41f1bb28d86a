package vn.dienhinh.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF read back glyph by glyph with PDFBox's text positions, in millimetres from the page's top-left
 * corner: x of the glyph's left side, y of its baseline, and its width.
 */
final class PdfGlyphs {

    record Glyph(String text, double xMm, double yMm, double widthMm, double size, String font) {
        double rightMm() {
            return xMm + widthMm;
        }
    }

    /** A run of glyphs that spells a string. */
    record Run(List<Glyph> glyphs) {
        Glyph first() {
            return glyphs.get(0);
        }

        double leftMm() {
            return glyphs.get(0).xMm();
        }

        double rightMm() {
            return glyphs.get(glyphs.size() - 1).rightMm();
        }

        double centreMm() {
            return (leftMm() + rightMm()) / 2;
        }
    }

    private static final double MM = 72 / 25.4;
    final List<List<Glyph>> pages = new ArrayList<>();

    static PdfGlyphs read(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return read(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PdfGlyphs read(PDDocument doc) {
        PdfGlyphs out = new PdfGlyphs();
        try {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                List<Glyph> glyphs = new ArrayList<>();
                PDFTextStripper s = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition t) {
                        glyphs.add(new Glyph(t.getUnicode(), t.getXDirAdj() / MM, t.getYDirAdj() / MM,
                                t.getWidthDirAdj() / MM, t.getFontSizeInPt(), t.getFont().getName()));
                    }
                };
                s.setStartPage(p);
                s.setEndPage(p);
                s.getText(doc);
                out.pages.add(glyphs);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Everything page {@code index} (from 0) says, glyph after glyph. */
    String text(int index) {
        StringBuilder b = new StringBuilder();
        pages.get(index).forEach(g -> b.append(g.text()));
        return b.toString();
    }

    /** The glyphs on page {@code index} that spell {@code s}, the first time it appears; null when it does not. */
    Run find(int index, String s) {
        List<Glyph> glyphs = pages.get(index);
        String all = text(index);
        int at = all.indexOf(s);
        if (at < 0) {
            return null;
        }
        // map character offsets back to glyphs (a glyph may carry more than one char)
        int pos = 0;
        List<Glyph> run = new ArrayList<>();
        for (Glyph g : glyphs) {
            int end = pos + g.text().length();
            if (end > at && pos < at + s.length()) {
                run.add(g);
            }
            pos = end;
        }
        return new Run(run);
    }
}
