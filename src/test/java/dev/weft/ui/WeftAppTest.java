package dev.weft.ui;

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
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The application as Main starts it: settings from the config dir, the real keychain probe, the sandbox. */
@ExtendWith(ApplicationExtension.class)
class WeftAppTest {
    private WeftApp app;
    private Stage stage;
    private Path dir;
    private dev.weft.profiles.TemporaryConfigDir own;

    @Start
    void start(Stage stage) throws Exception {
        own = dev.weft.profiles.TemporaryConfigDir.create("weft-app-test");
        dir = own.path();
        System.setProperty("weft.config.dir", dir.toString());
        this.stage = stage;
        app = new WeftApp();
        app.init();
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        app.stop();
        dev.weft.service.LogFile.close();
        System.clearProperty("weft.config.dir");
        own.close();
    }

    @Test
    void opensTheWindowOnTheSandboxAndRemembersItOnExit(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#status-refreshed").queryLabeled().getText().startsWith("Refreshed"));
        assertThat(stage.getTitle()).isEqualTo("Sandbox — Weft");
        robot.interact(() -> stage.hide());
        app.stop();
        assertThat(Files.readString(dir.resolve("ui-state.json"))).contains("\"activeProfile\" : \"sandbox-coreweave\"");
        assertThat(Files.readString(dir.resolve("logs").resolve("weft-0.log"))).as("its log file, with the first refresh")
                .contains("GET /v1beta1/cks/clusters -> 200");
    }
}
