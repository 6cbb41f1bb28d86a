package vn.dienhinh.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints rows as an aligned text table or as CSV (RFC 4180, UTF-8). CSV lines end in CRLF as RFC 4180 and
 * Excel want, on every system. A CSV file the program writes ({@link #writeCsvFile}) starts with a UTF-8 byte
 * order mark, without which Excel on Windows reads Vietnamese as the ANSI code page ("Nguyá»…n"); CSV printed
 * to standard output has none, so that pipes and scripts see the first column's name as it is.
 */
final class TextTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(List<String> header) {
        this.header = header;
    }

    void add(List<String> row) {
        rows.add(row);
    }

    void print(PrintStream out, boolean csv) {
        if (csv) {
            out.print(csvLine(header) + CRLF);
            rows.forEach(r -> out.print(csvLine(r) + CRLF));
            out.flush();
            return;
        }
        int[] w = new int[header.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = header.get(i).length();
            for (List<String> r : rows) {
                // the last column is never cut: nothing follows it
                int cap = i == w.length - 1 ? Integer.MAX_VALUE : 60;
                w[i] = Math.max(w[i], Math.min(cap, nz(r.get(i)).length()));
            }
        }
        out.println(line(header, w));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
        }
        out.println(rule);
        rows.forEach(r -> out.println(line(r, w)));
    }

    private static String line(List<String> cells, int[] w) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = nz(cells.get(i));
            if (c.length() > w[i]) {
                c = c.substring(0, w[i] - 1) + "…";
            }
            b.append(i == 0 ? "" : "  ").append(c).append(" ".repeat(w[i] - c.length()));
        }
        return b.toString().stripTrailing();
    }

    /** The line end of CSV, whatever the system. */
    static final String CRLF = "\r\n";

    /** {@code lines} (each made by {@link #csvLine}) as a CSV file Excel opens right: UTF-8 with a BOM, CRLF. */
    static void writeCsvFile(OutputStream o, List<String> lines) throws IOException {
        Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        for (String line : lines) {
            w.write(line);
            w.write(CRLF);
        }
        w.flush();
    }

    static String csvLine(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = nz(cells.get(i));
            if (i > 0) {
                b.append(',');
            }
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                b.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
