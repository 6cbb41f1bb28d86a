package vn.dienhinh.report;

import java.util.ArrayList;
import java.util.List;
import vn.dienhinh.util.Messages;

/**
 * Where a report's tables go: a short one stays in the body; a long one is announced in the body ("Chi
 * tiết tại Phụ lục I kèm theo") and printed after the signature as Phụ lục I, II …, each on a page of
 * its own, as offices attach long lists.
 */
final class Appendices {

    /** Tables with more data rows than this go to an appendix. */
    static final int ROWS = 12;

    private record Deferred(String title, List<TableColumn> columns, List<List<?>> rows) {
    }

    private final OfficialDocument d;
    private final String attachedTo;
    private final List<Deferred> deferred = new ArrayList<>();

    Appendices(OfficialDocument d, String attachedTo) {
        this.d = d;
        this.attachedTo = attachedTo;
    }

    /** Whether {@link #table} prints these rows in the body, so that a lead may end "cụ thể:". */
    static boolean inBody(List<List<?>> rows) {
        return rows.stream().filter(r -> !(r instanceof TableGroup)).count() <= ROWS;
    }

    /** The table here when short, otherwise a line pointing to the appendix it will be. */
    void table(String title, List<TableColumn> columns, List<List<?>> rows) {
        if (inBody(rows)) {
            d.table(columns, rows);
            return;
        }
        deferred.add(new Deferred(title, columns, rows));
        d.paragraph(Messages.get("doc.appendix.see", Numbering.roman(deferred.size())));
    }

    /** The appendices, after the signature. */
    void write() {
        for (int i = 0; i < deferred.size(); i++) {
            Deferred x = deferred.get(i);
            d.appendix(Messages.get("doc.appendix", Numbering.roman(i + 1)), x.title(), attachedTo, false);
            d.table(x.columns(), x.rows());
        }
    }
}
