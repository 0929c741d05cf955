package dev.weft.ui.shell;

import dev.weft.profiles.ProfileStore;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** What the user sees when things go wrong outside any request: a broken profiles file, a failure nobody caught. */
@ExtendWith(ApplicationExtension.class)
class StartupProblemsTest {
    private ShellFixture f;

    @Start
    void start(Stage stage) throws Exception {
        f = new ShellFixture();
        Files.writeString(f.configDir.resolve(ProfileStore.FILE), "{ this is not json");
        f.open(stage);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        f.close();
    }

    @Test
    void aCorruptProfilesFileIsReportedKeptAndTheSandboxStillOpens(FxRobot robot) throws Exception {
        String problem = robot.lookup("#problem-notice").queryAs(Label.class).getText();
        assertThat(problem).contains("could not be read").contains("profiles.json.corrupt-");
        try (var files = Files.list(f.configDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("profiles.json.corrupt-"));
        }
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#clusters-view #summary").queryLabeled().getText().startsWith("4 clusters"));
    }

    @Test
    void aFailureNobodyCaughtEndsInTheErrorPresenter(FxRobot robot) throws Exception {
        f.services.work().run(() -> {
            throw new IllegalStateException("The disk vanished");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#error-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#error-dialog .content").queryAs(Label.class).getText()).contains("The disk vanished");
    }
}
