package vn.dienhinh.ui;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.ObservableListBase;
import vn.dienhinh.model.ListSlice;

/**
 * A list over a query too large to hold: it knows the row count, keeps a few pages in memory and
 * fetches the page a table asks for in the background. A row not yet fetched reads as null and
 * is filled in when its page arrives. Only the FX thread touches it.
 */
public final class PagedList<T> extends ObservableListBase<T> {

    /** Where the rows come from: a count and slices in a stable order. Called off the FX thread. */
    public interface Source<T> {
        long count();

        List<T> page(long offset, int limit);

        /** The count and the first {@code limit} rows; a source may fetch both at once. */
        default ListSlice<T> first(int limit) {
            return new ListSlice<>(count(), page(0, limit));
        }
    }

    public static final int PAGE = 100;
    private static final int KEEP = 30;

    private final TaskRunner tasks;
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(0);
    private final ReadOnlyLongWrapper reloads = new ReadOnlyLongWrapper(0);
    private final Map<Integer, List<T>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<T>> eldest) {
            return size() > KEEP;
        }
    };
    private final Set<Integer> loading = new HashSet<>();
    private Source<T> source;
    private int size;
    private long generation;

    public PagedList(TaskRunner tasks) {
        this.tasks = tasks;
    }

    /** Number of rows the query has (also when the table shows only a part). */
    public ReadOnlyLongProperty total() {
        return total.getReadOnlyProperty();
    }

    /** Counts completed reloads: changes each time a query's rows are in, even when the count stays the same. */
    public ReadOnlyLongProperty reloads() {
        return reloads.getReadOnlyProperty();
    }

    /** Switches to {@code newSource}: counts it and fetches the first page, then tells listeners; {@code done} runs after. */
    public void reload(Source<T> newSource, Runnable done) {
        long gen = ++generation;
        tasks.run(null, () -> newSource.first(PAGE), result -> {
            if (gen != generation) {
                return; // a newer query superseded this one
            }
            replaceAll(newSource, result.total(), result.rows());
            if (done != null) {
                done.run();
            }
        });
    }

    private void replaceAll(Source<T> newSource, long count, List<T> first) {
        int old = size;
        source = newSource;
        pages.clear();
        loading.clear();
        pages.put(0, first);
        total.set(count);
        size = (int) Math.min(count, Integer.MAX_VALUE);
        beginChange();
        if (old > 0) {
            nextRemove(0, Collections.nCopies(old, null));
        }
        if (size > 0) {
            nextAdd(0, size);
        }
        endChange();
        reloads.set(reloads.get() + 1);
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int p = index / PAGE;
        List<T> page = pages.get(p);
        if (page == null) {
            fetch(p);
            return null;
        }
        int i = index % PAGE;
        return i < page.size() ? page.get(i) : null;
    }

    /** True when the row at {@code index} has arrived. */
    public boolean isLoaded(int index) {
        return pages.containsKey(index / PAGE);
    }

    private void fetch(int p) {
        if (!loading.add(p) || source == null) {
            return;
        }
        long gen = generation;
        Source<T> s = source;
        tasks.run(null, () -> s.page((long) p * PAGE, PAGE), rows -> {
            if (gen != generation) {
                return;
            }
            loading.remove(p);
            pages.put(p, rows);
            int from = p * PAGE;
            int to = Math.min(size, from + rows.size());
            if (from >= to) {
                return;
            }
            beginChange();
            for (int i = from; i < to; i++) {
                nextSet(i, null);
            }
            endChange();
        }, e -> loading.remove(p));
    }

    @Override
    public int size() {
        return size;
    }
}
