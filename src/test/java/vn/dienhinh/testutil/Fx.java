package vn.dienhinh.testutil;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting in GUI tests for work that finishes in the background. */
public final class Fx {

    private Fx() {
    }

    /** Waits up to ten seconds for {@code condition}, then lets pending FX events run. */
    public static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
