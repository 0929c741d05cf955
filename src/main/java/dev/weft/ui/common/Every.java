package dev.weft.ui.common;

import javafx.application.Platform;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs something on the FX thread every so often without an animation: a running {@code Timeline}
 * keeps JavaFX pulsing sixty times a second however long its period, so a 15-second countdown tick
 * kept an idle window drawing frames (~3 % of a core) for as long as it was open.
 */
public final class Every {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "weft-every");
        t.setDaemon(true);
        return t;
    });

    private Every() {
    }

    /** Runs {@code onFx} on the FX thread every {@code period}, first after one period; the result stops it. */
    public static Runnable run(Duration period, Runnable onFx) {
        long ms = period.toMillis();
        ScheduledFuture<?> runs = TIMER.scheduleAtFixedRate(() -> Platform.runLater(onFx), ms, ms, TimeUnit.MILLISECONDS);
        return () -> runs.cancel(false);
    }
}
