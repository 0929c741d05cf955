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

    /**
     * Runs {@code onFx} every {@code period} while {@code node} is in a window that is showing: a view's
     * timer ends with its window instead of running on (and keeping the view) for the life of the JVM.
     */
    public static void whileShowing(javafx.scene.Node node, Duration period, Runnable onFx) {
        javafx.beans.value.ObservableValue<Boolean> showing = node.sceneProperty()
                .flatMap(javafx.scene.Scene::windowProperty).flatMap(javafx.stage.Window::showingProperty).orElse(false);
        Runnable[] stop = {null};
        showing.subscribe(now -> {
            if (now && stop[0] == null) {
                stop[0] = run(period, onFx);
            } else if (!now && stop[0] != null) {
                stop[0].run();
                stop[0] = null;
            }
        });
    }
}
