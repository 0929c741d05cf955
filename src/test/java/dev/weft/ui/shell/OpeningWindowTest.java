package dev.weft.ui.shell;

import dev.weft.ui.common.Theme;
import dev.weft.ui.common.UiState;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The window is on screen, where and as large as it was left, before its content is built. */
@ExtendWith(ApplicationExtension.class)
class OpeningWindowTest {
    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static <T> T fx(java.util.concurrent.Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theEmptyWindowShowsAtItsSavedSizeInTheThemeColourAndIsFilledAfterItHasBeenLaidOut() throws Exception {
        UiState saved = UiState.defaults().withGeometry(40, 30, 900, 600, false).withTheme(Theme.DARK);
        AtomicInteger filled = new AtomicInteger();
        boolean[] filledAtOnce = new boolean[1];
        Stage stage = fx(() -> {
            Stage s = new Stage();
            Shell.showOpening(s, saved, filled::incrementAndGet);
            filledAtOnce[0] = filled.get() > 0;
            return s;
        });
        assertThat(filledAtOnce[0]).as("the content waits for the empty window's own pulse").isFalse();
        assertThat(fx(stage::isShowing)).isTrue();
        assertThat(fx(stage::getTitle)).isEqualTo("Weft");
        assertThat(fx(() -> stage.getScene().getWidth())).isEqualTo(900);
        assertThat(fx(() -> stage.getScene().getHeight())).isEqualTo(600);
        assertThat(fx(() -> stage.getX())).isEqualTo(40);
        assertThat(fx(() -> stage.getScene().getFill())).isEqualTo(Color.web("#0d1117"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> filled.get() == 1);
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        assertThat(filled).as("filled once, not on every pulse").hasValue(1);
    }

    @Test
    void aWindowClosedBeforeItIsFilledIsNotFilledNorShownAgain() throws Exception {
        AtomicInteger filled = new AtomicInteger();
        Stage stage = fx(() -> {
            Stage s = new Stage();
            Shell.showOpening(s, UiState.defaults(), filled::incrementAndGet);
            // Closed by the user in the instant between the empty window's pulse and its filling.
            Shell.afterLayout(s.getScene(), s::hide);
            return s;
        });
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(filled).hasValue(0);
        assertThat(fx(stage::isShowing)).isFalse();
    }
}
