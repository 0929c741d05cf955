package dev.weft.ui.shell;

import dev.weft.ui.common.UiState;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A new window is another Weft, started as this one was, its window a step from this one's. */
class NewWindowTest {
    @Test
    void theInstalledLauncherOrThisProcesssOwnCommandStartsAnother() {
        ProcessBuilder installed = NewWindow.process("/opt/weft/bin/Weft", ProcessHandle.current().info()).orElseThrow();
        assertThat(installed.command()).containsExactly("/opt/weft/bin/Weft");
        assertThat(installed.environment()).containsEntry(NewWindow.CASCADE, "1");

        ProcessHandle.Info self = ProcessHandle.current().info();
        ProcessBuilder same = NewWindow.process(null, self).orElseThrow();
        assertThat(same.command()).first().isEqualTo(self.command().orElseThrow());
        assertThat(same.command().subList(1, same.command().size())).containsExactly(self.arguments().orElseThrow());
    }

    @Test
    void theNewWindowOpensAStepFromTheSavedPlace() {
        UiState saved = UiState.defaults().withGeometry(100, 80, 1200, 760, false);
        assertThat(NewWindow.cascaded(saved, Map.of(NewWindow.CASCADE, "1")))
                .extracting(UiState::x, UiState::y, UiState::width, UiState::height).containsExactly(132.0, 112.0, 1200.0, 760.0);
        assertThat(NewWindow.cascaded(saved, Map.of())).isSameAs(saved);
        assertThat(NewWindow.cascaded(UiState.defaults(), Map.of(NewWindow.CASCADE, "1")).x()).as("no saved place: centred").isNull();
    }
}
