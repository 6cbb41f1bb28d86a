package vn.dienhinh.report;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import vn.dienhinh.model.FieldPlacement;
import vn.dienhinh.model.TextFit;

/**
 * Lays one slot's text into its box: breaks it into lines (at "\n", and between words when the field
 * wraps), shrinks the size until every line fits the width and there are no more lines than the box holds,
 * and places each line by its alignment. The PDF and the editor's preview draw exactly these lines.
 */
public final class CertificateComposer {

    /** Size steps when shrinking a wrapped text, in points. */
    private static final double STEP = 0.25;
    /** Below this a text is not shrunk further by wrapping; a single line is then shrunk to the width. */
    private static final double SMALLEST = 4;
    private static final double EPSILON_MM = 1e-6;

    private CertificateComposer() {
    }

    /** One line placed on the page: its left end and baseline in millimetres, its size in points. */
    public record Line(String text, double xMm, double baselineMm, double size, boolean bold, boolean italic,
                       double widthMm) {
    }

    /** The lines of {@code text} in the field's box; none for a blank text or a field left off. */
    public static List<Line> compose(FieldPlacement f, String text, TextMeasure m) {
        String t = normalize(text);
        if (!f.printed() || t.isEmpty()) {
            return List.of();
        }
        double size = f.fontSize();
        List<String> lines;
        if (f.fit() == TextFit.WRAP) {
            lines = wrap(t, size, f, m);
            while ((lines.size() > f.maxLines() || widest(lines, size, f, m) > f.widthMm() + EPSILON_MM)
                    && size - STEP >= SMALLEST) {
                size -= STEP;
                lines = wrap(t, size, f, m);
            }
            if (lines.size() > f.maxLines()) {
                lines = joinExtra(lines, f.maxLines());
            }
        } else {
            lines = joinExtra(List.of(t.split("\n")), f.maxLines());
        }
        double widest = widest(lines, size, f, m);
        if (widest > f.widthMm()) {
            // scaled to the width, then made a hair smaller so that rounding never puts it over
            size = Math.floor(size * f.widthMm() / widest * 100) / 100;
        }
        List<Line> out = new ArrayList<>();
        double lineMm = size * FieldPlacement.LINE_SPACING / FieldPlacement.PT_PER_MM;
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i);
            double w = mm(m.width(s, size, f.bold(), f.italic()));
            double x = switch (f.align()) {
                case LEFT -> f.xMm();
                case CENTER -> f.xMm() + (f.widthMm() - w) / 2;
                case RIGHT -> f.xMm() + f.widthMm() - w;
            };
            out.add(new Line(s, x, f.yMm() + i * lineMm, size, f.bold(), f.italic(), w));
        }
        return out;
    }

    /** NFC (the fonts have the composed Vietnamese letters), single spaces, lines trimmed, empty lines dropped. */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String n = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r", "");
        List<String> lines = new ArrayList<>();
        for (String line : n.split("\n")) {
            String l = line.replaceAll("[\\s\\u00A0]+", " ").strip();
            if (!l.isEmpty()) {
                lines.add(l);
            }
        }
        return String.join("\n", lines);
    }

    /** Greedy word wrap of each "\n" paragraph at the field's width. */
    private static List<String> wrap(String text, double size, FieldPlacement f, TextMeasure m) {
        List<String> out = new ArrayList<>();
        for (String para : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : para.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (line.length() > 0 && mm(m.width(candidate, size, f.bold(), f.italic())) > f.widthMm()) {
                    out.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            out.add(line.toString());
        }
        return out;
    }

    /** The first {@code max - 1} lines, and the rest run together on the last. */
    private static List<String> joinExtra(List<String> lines, int max) {
        if (lines.size() <= max) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.subList(0, max - 1));
        out.add(String.join(" ", lines.subList(max - 1, lines.size())));
        return out;
    }

    private static double widest(List<String> lines, double size, FieldPlacement f, TextMeasure m) {
        double w = 0;
        for (String s : lines) {
            w = Math.max(w, mm(m.width(s, size, f.bold(), f.italic())));
        }
        return w;
    }

    private static double mm(double points) {
        return points / FieldPlacement.PT_PER_MM;
    }
}
