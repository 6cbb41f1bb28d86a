package vn.dienhinh.report;

import java.util.List;
import java.util.function.Consumer;

/**
 * Rows pushed one at a time into a writer, so a list of any length is never held in memory: a
 * repository can stream its query straight into the sink.
 */
@FunctionalInterface
public interface RowSource {

    void forEachRow(Consumer<List<?>> sink);

    static RowSource of(Iterable<? extends List<?>> rows) {
        return sink -> rows.forEach(sink);
    }
}
