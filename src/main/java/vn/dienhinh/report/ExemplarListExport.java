package vn.dienhinh.report;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import vn.dienhinh.model.ExemplarRow;
import vn.dienhinh.util.Messages;

/**
 * The exemplar list as a printable Excel file: STT, name, kind, year of birth, proposing unit,
 * fields, status, date found, achievement summary.
 */
public final class ExemplarListExport {

    static final List<ListColumn> COLUMNS = List.of(
            ListColumn.centered(Messages.get("col.no"), 6),
            ListColumn.left(Messages.get("col.name"), 28),
            ListColumn.centered(Messages.get("col.kind"), 12),
            ListColumn.centered(Messages.get("col.birthYear"), 9),
            ListColumn.left(Messages.get("col.unit"), 24),
            ListColumn.left(Messages.get("col.fields"), 20),
            ListColumn.centered(Messages.get("col.status"), 14),
            ListColumn.centered(Messages.get("col.foundOn"), 13),
            ListColumn.left(Messages.get("col.summary"), 50));

    private final ExcelListWriter writer;

    public ExemplarListExport(ExcelListWriter writer) {
        this.writer = writer;
    }

    /** Writes the rows in the order given, under {@code title} (e.g. "DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN NĂM 2024"). */
    public long write(Path target, String title, Iterator<ExemplarRow> rows) {
        ExcelListWriter.Sheet sheet = new ExcelListWriter.Sheet(Messages.get("report.exemplars.sheet"),
                title == null || title.isBlank() ? Messages.get("report.exemplars.title") : title, COLUMNS);
        return writer.write(target, sheet, sink -> {
            long n = 0;
            while (rows.hasNext()) {
                sink.accept(values(++n, rows.next()));
            }
        });
    }

    public long write(Path target, String title, Iterable<ExemplarRow> rows) {
        return write(target, title, rows.iterator());
    }

    /**
     * Writes the rows a query pushes one at a time (nothing held in memory), under {@code title} and a
     * line saying what the list was narrowed to ({@code subtitle}, may be empty).
     */
    public long write(Path target, String title, String subtitle, Consumer<Consumer<ExemplarRow>> rows) {
        ExcelListWriter.Sheet sheet = new ExcelListWriter.Sheet(Messages.get("report.exemplars.sheet"),
                title == null || title.isBlank() ? Messages.get("report.exemplars.title") : title, subtitle, COLUMNS)
                .counting(Messages.get("doc.x.countExemplars"));
        return writer.write(target, sheet, sink -> {
            long[] n = {0};
            rows.accept(r -> sink.accept(values(++n[0], r)));
        });
    }

    static List<Object> values(long number, ExemplarRow r) {
        return Arrays.asList(number, r.name(), r.kind(), r.birthYear(), r.unitName(), r.fields(), r.status(),
                r.foundOn(), r.summary());
    }
}
