package vn.dienhinh.report;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import vn.dienhinh.model.CertificateLayout;
import vn.dienhinh.model.FieldPlacement;
import vn.dienhinh.model.PrinterOffset;
import vn.dienhinh.util.Messages;

/**
 * The calibration page of a layout, printed on plain paper of the blank's size: a millimetre grid (a faint
 * line each millimetre, a stronger one each 5, a numbered one each 10, the {@link #MEASURE_MM} lines
 * strongest), and at each printed slot a cross where its first line starts with the box drawn around it.
 * Measured with a ruler from the paper's edges to the {@link #MEASURE_MM} lines, it gives the printer's
 * offset; laid on a blank against the light, it shows where each slot lands.
 */
final class CalibrationPage {

    /** The lines to measure from the paper's edges. */
    static final double MEASURE_MM = 50;
    private static final float CROSS_MM = 6;
    private static final float LABEL_SIZE = 6.5f;
    private static final float NOTE_SIZE = 9;

    private final CertificateLayout layout;
    private final PrinterOffset offset;
    private final CertificatePdf.Faces faces;
    private final PDPageContentStream cs;

    CalibrationPage(CertificateLayout layout, PrinterOffset offset, CertificatePdf.Faces faces, PDPageContentStream cs) {
        this.layout = layout;
        this.offset = offset;
        this.faces = faces;
        this.cs = cs;
    }

    void draw() throws IOException {
        grid();
        for (FieldPlacement f : layout.fields()) {
            if (f.printed()) {
                field(f);
            }
        }
        note();
    }

    private void grid() throws IOException {
        double w = layout.pageWidthMm();
        double h = layout.pageHeightMm();
        for (int mm = 1; mm < Math.ceil(w); mm++) {
            stroke(mm);
            line(mm, 0, mm, h);
        }
        for (int mm = 1; mm < Math.ceil(h); mm++) {
            stroke(mm);
            line(0, mm, w, mm);
        }
        cs.setNonStrokingColor(0f);
        for (int mm = 10; mm < w - 3; mm += 10) {
            label(mm + 0.6, 8, String.valueOf(mm), mm == MEASURE_MM);
            label(mm + 0.6, h / 2 - 1, String.valueOf(mm), false);
        }
        for (int mm = 10; mm < h - 3; mm += 10) {
            label(8.6, mm - 0.6, String.valueOf(mm), mm == MEASURE_MM);
            label(w / 2 + 0.6, mm - 0.6, String.valueOf(mm), false);
        }
    }

    private void stroke(int mm) throws IOException {
        if (mm == MEASURE_MM) {
            cs.setStrokingColor(0f);
            cs.setLineWidth(0.6f);
        } else if (mm % 10 == 0) {
            cs.setStrokingColor(0.35f);
            cs.setLineWidth(0.35f);
        } else if (mm % 5 == 0) {
            cs.setStrokingColor(0.6f);
            cs.setLineWidth(0.25f);
        } else {
            cs.setStrokingColor(0.8f);
            cs.setLineWidth(0.1f);
        }
    }

    private void field(FieldPlacement f) throws IOException {
        cs.setStrokingColor(0.8f, 0f, 0f);
        cs.setLineWidth(0.5f);
        line(f.xMm() - CROSS_MM, f.yMm(), f.xMm() + CROSS_MM, f.yMm());
        line(f.xMm(), f.yMm() - CROSS_MM, f.xMm(), f.yMm() + CROSS_MM);
        cs.setLineWidth(0.3f);
        cs.setLineDashPattern(new float[]{2, 2}, 0);
        float left = CertificatePdf.x(f.xMm(), offset);
        float right = CertificatePdf.x(f.xMm() + f.widthMm(), offset);
        float top = CertificatePdf.y(f.topMm(), layout, offset);
        float bottom = CertificatePdf.y(f.bottomMm(), layout, offset);
        cs.addRect(left, bottom, right - left, top - bottom);
        cs.stroke();
        cs.setLineDashPattern(new float[]{}, 0);
        cs.setNonStrokingColor(0.8f, 0f, 0f);
        text(f.xMm() + 1, f.yMm() - 1, LABEL_SIZE, true, Messages.get("certificate.calibrationField",
                Messages.of(f.slot()), mm(f.xMm()), mm(f.yMm())));
        cs.setNonStrokingColor(0f);
    }

    /**
     * What to do with the page, in a white box across a band of the page no field uses (the top of the page
     * when every band is taken), so the grid and the crosses stay readable around it.
     */
    private void note() throws IOException {
        List<String> paragraphs = List.of(Messages.get("certificate.calibrationTitle", layout.name()),
                Messages.get("certificate.calibrationNote1"),
                Messages.get("certificate.calibrationNote2", mm(MEASURE_MM)),
                Messages.get("certificate.calibrationNote3"),
                Messages.get("certificate.calibrationOffset", mm(offset.xMm()), mm(offset.yMm())));
        double width = Math.min(layout.pageWidthMm() - 24, 210);
        double lineMm = NOTE_SIZE * FieldPlacement.LINE_SPACING / FieldPlacement.PT_PER_MM;
        List<CertificateComposer.Line> lines = new java.util.ArrayList<>();
        double y = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            FieldPlacement f = new FieldPlacement(null, true, 0, y, width, NOTE_SIZE, i == 0, false,
                    vn.dienhinh.model.TextAlign.LEFT, vn.dienhinh.model.TextFit.WRAP, 4);
            List<CertificateComposer.Line> p = CertificateComposer.compose(f, paragraphs.get(i), CertificateFonts.measure());
            lines.addAll(p);
            y += p.size() * lineMm;
        }
        double boxH = y + 3;
        double boxW = width + 6;
        double left = (layout.pageWidthMm() - boxW) / 2;
        double top = freeBand(boxH);
        cs.setNonStrokingColor(1f);
        cs.addRect(CertificatePdf.x(left, offset), CertificatePdf.y(top + boxH, layout, offset),
                (float) (boxW * FieldPlacement.PT_PER_MM), (float) (boxH * FieldPlacement.PT_PER_MM));
        cs.fill();
        cs.setNonStrokingColor(0f);
        for (CertificateComposer.Line l : lines) {
            text(left + 3 + l.xMm(), top + 1 + NOTE_SIZE * 0.9 / FieldPlacement.PT_PER_MM + l.baselineMm(), NOTE_SIZE,
                    l.bold(), l.text());
        }
    }

    /** The top of the first band {@code height} high, below the 50 mm line, that no printed field's box crosses. */
    private double freeBand(double height) {
        for (double top = MEASURE_MM + 3; top + height < layout.pageHeightMm() - 8; top += 2) {
            boolean free = true;
            for (FieldPlacement f : layout.fields()) {
                if (f.printed() && f.topMm() - 2 < top + height && f.bottomMm() + 2 > top) {
                    free = false;
                    break;
                }
            }
            if (free) {
                return top;
            }
        }
        return 12;
    }

    private void label(double xMm, double yMm, String text, boolean strong) throws IOException {
        text(xMm, yMm, strong ? LABEL_SIZE + 1.5f : LABEL_SIZE, strong, strong ? text + " mm" : text);
    }

    private void text(double xMm, double yMm, float size, boolean bold, String text) throws IOException {
        cs.beginText();
        cs.setFont(faces.get(bold, false), size);
        cs.newLineAtOffset(CertificatePdf.x(xMm, offset), CertificatePdf.y(yMm, layout, offset));
        cs.showText(CertificatePdf.printable(text, bold, false));
        cs.endText();
    }

    private void line(double x1, double y1, double x2, double y2) throws IOException {
        cs.moveTo(CertificatePdf.x(x1, offset), CertificatePdf.y(y1, layout, offset));
        cs.lineTo(CertificatePdf.x(x2, offset), CertificatePdf.y(y2, layout, offset));
        cs.stroke();
    }

    private static String mm(double v) {
        return Millimetres.format(v);
    }
}
