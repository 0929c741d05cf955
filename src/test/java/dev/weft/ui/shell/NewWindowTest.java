package dev.weft.ui.shell;

import dev.weft.ui.common.UiState;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A new window is another Weft, started as this one was, its window a step from this one's. */
class NewWindowTest {
    private static final javafx.geometry.Rectangle2D HERE = new javafx.geometry.Rectangle2D(100, 80, 1200, 760);

    @Test
    void theInstalledLauncherOrThisProcesssOwnCommandStartsAnother() {
        ProcessBuilder installed = NewWindow.process("/opt/weft/bin/Weft", ProcessHandle.current().info(), HERE).orElseThrow();
        assertThat(installed.command()).containsExactly("/opt/weft/bin/Weft");
        assertThat(installed.environment()).containsEntry(NewWindow.CASCADE, "100.0,80.0,1200.0,760.0");

        ProcessHandle.Info self = ProcessHandle.current().info();
        ProcessBuilder same = NewWindow.process(null, self, HERE).orElseThrow();
        assertThat(same.command()).first().isEqualTo(self.command().orElseThrow());
        assertThat(same.command().subList(1, same.command().size())).containsExactly(self.arguments().orElseThrow());
    }

    @Test
    void theInstalledLaunchersOwnMarkIsNotPassedOn() {
        Map<String, String> env = new java.util.HashMap<>(Map.of("_JPACKAGE_LAUNCHER", "0", "HOME", "/home/u"));
        NewWindow.environment(env, HERE);
        assertThat(env).containsOnly(Map.entry("HOME", "/home/u"), Map.entry(NewWindow.CASCADE, "100.0,80.0,1200.0,760.0"));
    }

    @Test
    void theNewWindowOpensAStepFromTheWindowThatOpenedIt() {
        UiState saved = UiState.defaults().withGeometry(400, 300, 900, 600, true);
        Map<String, String> env = new java.util.HashMap<>();
        NewWindow.environment(env, HERE);
        assertThat(NewWindow.cascaded(saved, env)).extracting(UiState::x, UiState::y, UiState::width, UiState::height, UiState::maximized)
                .containsExactly(132.0, 112.0, 1200.0, 760.0, false);
        assertThat(NewWindow.cascaded(UiState.defaults(), env).x()).as("a window never moved has no saved place").isEqualTo(132.0);
        assertThat(NewWindow.cascaded(saved, Map.of())).isSameAs(saved);
        assertThat(NewWindow.cascaded(saved, Map.of(NewWindow.CASCADE, "1"))).isSameAs(saved);
    }

    /** Started again (for the interface's size), Weft opens where its window was saved, not a step from it. */
    @Test
    void weftStartedAgainOpensWhereItsWindowWasNotAStepAway() {
        // This process may itself have been opened as a new window, with a place in its environment.
        Map<String, String> env = new java.util.HashMap<>(Map.of("_JPACKAGE_LAUNCHER", "0", "HOME", "/home/u",
                NewWindow.CASCADE, "100.0,80.0,1200.0,760.0"));
        NewWindow.environment(env, null);
        assertThat(env).containsOnly(Map.entry("HOME", "/home/u"));
        UiState saved = UiState.defaults().withGeometry(400, 300, 900, 600, false);
        assertThat(NewWindow.cascaded(saved, env)).isSameAs(saved);
        assertThat(NewWindow.process("/opt/weft/bin/Weft", ProcessHandle.current().info(), null).orElseThrow().environment())
                .doesNotContainKey(NewWindow.CASCADE);
    }
}
