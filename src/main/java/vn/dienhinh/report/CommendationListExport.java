package vn.dienhinh.report;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.dienhinh.model.AwardLevel;
import vn.dienhinh.model.CommendationRow;
import vn.dienhinh.util.Messages;

/** The commendations received as a printable Excel list: STT, decision, form, level, who, unit, issuer. */
public final class CommendationListExport {

    static final List<ListColumn> COLUMNS = List.of(
            ListColumn.centered(Messages.get("col.no"), 6),
            ListColumn.centered(Messages.get("col.date"), 12),
            ListColumn.left(Messages.get("award.decisionNumber"), 16),
            ListColumn.left(Messages.get("award.form"), 24),
            ListColumn.left(Messages.get("nomination.colLevel"), 20),
            ListColumn.left(Messages.get("col.name"), 28),
            ListColumn.centered(Messages.get("col.kind"), 12),
            ListColumn.left(Messages.get("col.unit"), 28),
            ListColumn.left(Messages.get("award.issuingBody"), 24));

    private final ExcelListWriter writer;

    public CommendationListExport(ExcelListWriter writer) {
        this.writer = writer;
    }

    public long write(Path target, String title, String subtitle, Map<String, AwardLevel> levels,
                      Consumer<Consumer<CommendationRow>> rows) {
        ExcelListWriter.Sheet sheet = new ExcelListWriter.Sheet(Messages.get("award.sheet"), title, subtitle, COLUMNS)
                .counting(Messages.get("doc.x.countAwards"));
        return writer.write(target, sheet, sink -> {
            long[] n = {0};
            rows.accept(r -> sink.accept(Arrays.asList(++n[0], r.decisionDate(), r.decisionNumber(), r.formName(),
                    levels.containsKey(r.levelCode()) ? levels.get(r.levelCode()).name() : r.levelCode(), r.exemplarName(),
                    r.kind(), r.unitName(), r.issuingBody())));
        });
    }
}
