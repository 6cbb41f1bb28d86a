package vn.dienhinh.ui.imports;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javafx.concurrent.Task;
import vn.dienhinh.util.Progress;

/**
 * A background task that hands the service a {@link Progress}: the service's counts move the
 * task's progress bar, and {@link #stop()} makes the service throw a CancellationException at its
 * next check (so a write is rolled back), without cancelling the task itself: the task ends when the
 * work has really ended, and its outcome says what happened.
 */
final class ProgressTask<T> extends Task<T> {

    private final Function<Progress, T> work;
    private final AtomicBoolean stop = new AtomicBoolean();

    ProgressTask(Function<Progress, T> work) {
        this.work = work;
    }

    @Override
    protected T call() {
        return work.apply(new Progress() {
            @Override
            public void update(long done, long total) {
                if (total > 0) {
                    updateProgress(done, total);
                } else {
                    updateProgress(-1, 1);
                }
            }

            @Override
            public boolean cancelled() {
                return stop.get();
            }
        });
    }

    void stop() {
        stop.set(true);
    }
}
