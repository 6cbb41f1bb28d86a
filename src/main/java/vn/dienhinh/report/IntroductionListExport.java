package vn.dienhinh.report;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import vn.dienhinh.model.IntroductionRow;
import vn.dienhinh.util.Messages;

/**
 * The quarterly introductions as a printable Excel list: STT, quarter, unit, field, exemplar, kind, date
 * received, whether it counts, achievement summary. Rows are pushed one at a time.
 */
public final class IntroductionListExport {

    static final List<ListColumn> COLUMNS = List.of(
            ListColumn.centered(Messages.get("col.no"), 6),
            ListColumn.centered(Messages.get("doc.col.quarter"), 13),
            ListColumn.left(Messages.get("doc.col.introducedBy"), 26),
            ListColumn.left(Messages.get("col.fields"), 24),
            ListColumn.left(Messages.get("col.name"), 28),
            ListColumn.centered(Messages.get("col.kind"), 12),
            ListColumn.centered(Messages.get("board.received"), 12),
            ListColumn.centered(Messages.get("col.status"), 12),
            ListColumn.left(Messages.get("col.summary"), 46));

    private final ExcelListWriter writer;

    public IntroductionListExport(ExcelListWriter writer) {
        this.writer = writer;
    }

    public long write(Path target, String title, String subtitle, Consumer<Consumer<IntroductionRow>> rows) {
        ExcelListWriter.Sheet sheet = new ExcelListWriter.Sheet(Messages.get("doc.x.introduced"), title, subtitle, COLUMNS)
                .counting(Messages.get("doc.x.countIntroductions"));
        return writer.write(target, sheet, sink -> {
            long[] n = {0};
            rows.accept(r -> sink.accept(values(++n[0], r)));
        });
    }

    static List<Object> values(long number, IntroductionRow r) {
        return Arrays.asList(number, Counts.quarterShort(r.quarter()), r.unitName(),
                r.fieldName() == null ? Messages.get("doc.noField") : r.fieldName(), r.exemplarName(), r.kind(),
                r.receivedOn(), Messages.get(r.withdrawn() ? "board.withdrawn" : "board.counted"), r.summary());
    }
}
