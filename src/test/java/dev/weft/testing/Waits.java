package dev.weft.testing;

import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Waiting for what the user would see: bounded, and failing with a message when it never comes. */
public final class Waits {
    private Waits() {
    }

    /** For UI tests: waits for the condition, then lets the FX thread settle. */
    public static void fx(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (Exception e) {
            throw new AssertionError("condition not met in time", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * For what layout settles (what is drawn, a size): {@code value}, read on the FX thread, once it is as
     * {@code expected}, or as it stands after five seconds, for the caller to assert on with its message.
     */
    public static <T> T settled(Callable<T> value, java.util.function.Predicate<T> expected) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> expected.test(WaitForAsyncUtils.waitForAsyncFx(5000, value)));
        } catch (Exception notYet) {
            // asserted by the caller, on the value as it stands
        }
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.waitForAsyncFx(5000, value);
    }

    /** For ViewModel tests without a toolkit. */
    public static void until(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 400 && !condition.getAsBoolean(); i++) {
            Thread.sleep(25);
        }
        assertThat(condition.getAsBoolean()).as("condition met within 10 s").isTrue();
    }
}
