package vn.dienhinh.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Prints rows as an aligned text table or as CSV (RFC 4180, UTF-8). */
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
            out.println(csvLine(header));
            rows.forEach(r -> out.println(csvLine(r)));
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
