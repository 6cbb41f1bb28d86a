package vn.dienhinh.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.dienhinh.model.Certificate;
import vn.dienhinh.model.CertificateLayout;
import vn.dienhinh.model.CertificateSlot;
import vn.dienhinh.model.FieldPlacement;
import vn.dienhinh.model.PrinterOffset;
import vn.dienhinh.util.Messages;

/**
 * Certificates as PDF: one page per recipient, the page exactly the blank's size in millimetres (landscape
 * when the blank is), each slot's lines where {@link CertificateComposer} puts them, moved back by the
 * printer's offset; the fonts embedded (subsets). Nothing but the text is drawn: the blank has the rest.
 */
public final class CertificatePdf {

    static final float PT_PER_MM = (float) FieldPlacement.PT_PER_MM;

    private CertificatePdf() {
    }

    /** Writes the certificates to {@code target} (temporary file, then moved into place). */
    public static void write(CertificateLayout layout, List<Certificate> certificates, PrinterOffset offset, Path target) {
        try (PDDocument doc = build(layout, certificates, offset)) {
            AtomicFileWriter.write(target, doc::save);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document of the certificates, for writing or printing; the caller closes it. */
    public static PDDocument build(CertificateLayout layout, List<Certificate> certificates, PrinterOffset offset) {
        PDDocument doc = new PDDocument();
        try {
            info(doc, Messages.get("certificate.pdfTitle", layout.name()));
            Faces faces = new Faces(doc);
            for (Certificate c : certificates) {
                PDPage page = new PDPage(page(layout));
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (FieldPlacement f : layout.fields()) {
                        for (CertificateComposer.Line line : CertificateComposer.compose(f, c.get(f.slot()),
                                CertificateFonts.measure())) {
                            text(cs, faces, line, layout, offset);
                        }
                    }
                }
            }
            return doc;
        } catch (IOException | RuntimeException e) {
            closeQuietly(doc);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** The calibration page of the layout, see {@link CalibrationPage}. */
    public static void writeCalibration(CertificateLayout layout, PrinterOffset offset, Path target) {
        try (PDDocument doc = buildCalibration(layout, offset)) {
            AtomicFileWriter.write(target, doc::save);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PDDocument buildCalibration(CertificateLayout layout, PrinterOffset offset) {
        PDDocument doc = new PDDocument();
        try {
            info(doc, Messages.get("certificate.calibrationTitle", layout.name()));
            PDPage page = new PDPage(page(layout));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                new CalibrationPage(layout, offset, new Faces(doc), cs).draw();
            }
            return doc;
        } catch (IOException | RuntimeException e) {
            closeQuietly(doc);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    static PDRectangle page(CertificateLayout layout) {
        return new PDRectangle((float) layout.pageWidthMm() * PT_PER_MM, (float) layout.pageHeightMm() * PT_PER_MM);
    }

    static void text(PDPageContentStream cs, Faces faces, CertificateComposer.Line line, CertificateLayout layout,
                     PrinterOffset offset) throws IOException {
        cs.beginText();
        cs.setFont(faces.get(line.bold(), line.italic()), (float) line.size());
        cs.newLineAtOffset(x(line.xMm(), offset), y(line.baselineMm(), layout, offset));
        cs.showText(printable(line.text(), line.bold(), line.italic()));
        cs.endText();
    }

    /** PDF x of a point {@code mm} from the left edge, moved back by the printer's offset. */
    static float x(double mm, PrinterOffset offset) {
        return (float) ((mm - offset.xMm()) * FieldPlacement.PT_PER_MM);
    }

    /** PDF y (from the bottom) of a point {@code mm} below the top edge, moved back by the printer's offset. */
    static float y(double mm, CertificateLayout layout, PrinterOffset offset) {
        return (float) ((layout.pageHeightMm() - (mm - offset.yMm())) * FieldPlacement.PT_PER_MM);
    }

    /** The text with any character the font lacks written as "?", so one odd letter cannot stop the print. */
    static String printable(String text, boolean bold, boolean italic) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (CertificateFonts.hasGlyph(cp, bold, italic)) {
                b.appendCodePoint(cp);
            } else {
                b.append('?');
            }
        });
        return b.toString();
    }

    private static void info(PDDocument doc, String title) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        info.setCreator(Messages.get("app.title"));
        doc.setDocumentInformation(info);
    }

    private static void closeQuietly(PDDocument doc) {
        try {
            doc.close();
        } catch (IOException ignored) {
            // the first failure is the one reported
        }
    }

    /** The faces of one document, each embedded (as a subset) the first time a line uses it. */
    static final class Faces {
        private final PDDocument doc;
        private final Map<String, PDType0Font> loaded = new HashMap<>();

        Faces(PDDocument doc) {
            this.doc = doc;
        }

        PDType0Font get(boolean bold, boolean italic) throws IOException {
            String key = CertificateFonts.resource(bold, italic);
            PDType0Font f = loaded.get(key);
            if (f == null) {
                f = PDType0Font.load(doc, new ByteArrayInputStream(CertificateFonts.bytes(bold, italic)), true);
                loaded.put(key, f);
            }
            return f;
        }
    }

    /** The slot names used on the calibration page and in the editor. */
    public static String slotName(CertificateSlot slot) {
        return Messages.of(slot);
    }
}
