package dev.weft.ui.common;

import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A countdown or an autosave runs on the FX thread at its period, with no animation, until stopped. */
@ExtendWith(ApplicationExtension.class)
class EveryTest {
    @Test
    void runsOnTheFxThreadAtItsPeriodUntilStopped() throws Exception {
        var onFx = new CopyOnWriteArrayList<Boolean>();

        Runnable stop = Every.run(Duration.ofMillis(50), () -> onFx.add(Platform.isFxApplicationThread()));
        org.testfx.util.WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx.size() >= 3);
        stop.run();
        Thread.sleep(200); // a run already handed to the FX thread may still come
        int stopped = onFx.size();
        Thread.sleep(300);

        assertThat(onFx).containsOnly(true);
        assertThat(onFx).as("nothing after it was stopped").hasSize(stopped);
    }

    @Test
    void aViewsTimerRunsOnlyWhileItsWindowIsShowing() throws Exception {
        var runs = new java.util.concurrent.atomic.AtomicInteger();
        javafx.scene.layout.Pane view = new javafx.scene.layout.Pane();
        javafx.stage.Stage[] stage = new javafx.stage.Stage[1];
        org.testfx.api.FxToolkit.setupFixture(() -> {
            Every.whileShowing(view, Duration.ofMillis(50), runs::incrementAndGet);
            stage[0] = new javafx.stage.Stage();
            stage[0].setScene(new javafx.scene.Scene(view, 100, 100));
        });
        Thread.sleep(300);
        assertThat(runs.get()).as("not before its window shows").isZero();

        org.testfx.api.FxToolkit.setupFixture(() -> stage[0].show());
        org.testfx.util.WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> runs.get() >= 3);

        org.testfx.api.FxToolkit.setupFixture(() -> stage[0].close());
        Thread.sleep(200); // a run already handed to the FX thread may still come
        int closed = runs.get();
        Thread.sleep(300);
        assertThat(runs.get()).as("nothing after its window closed").isEqualTo(closed);
    }
}
