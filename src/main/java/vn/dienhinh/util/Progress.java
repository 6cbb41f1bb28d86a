package vn.dienhinh.util;

import java.util.concurrent.CancellationException;

/**
 * Where long work (reading a big workbook, writing thousands of rows) reports how far it is and
 * learns that the user pressed Cancel. The window adapts it to a javafx Task; the command line and
 * tests use {@link #NONE}.
 */
public interface Progress {

    Progress NONE = (done, total) -> { };

    /** {@code done} of {@code total} steps are finished ({@code total} may be 0 when unknown). */
    void update(long done, long total);

    /** True once the user asked to stop. */
    default boolean cancelled() {
        return false;
    }

    /** Stops the work by throwing {@link CancellationException} when the user asked to. */
    default void checkCancelled() {
        if (cancelled()) {
            throw new CancellationException();
        }
    }
}
