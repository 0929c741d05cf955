package dev.weft.ui;

import dev.weft.sandbox.Faults;
import dev.weft.testing.Waits;
import dev.weft.ui.policies.PoliciesViewModel;
import dev.weft.ui.shell.ShellFixture;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No lost work: the app, in its own process, is killed with SIGKILL while a policy draft and a
 * cluster form are half typed. The next start offers the draft back; and a form whose request
 * fails keeps what was typed.
 */
@ExtendWith(ApplicationExtension.class)
class KillNineTest {
    private ShellFixture f;

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        if (f != null) {
            f.close();
        }
    }

    @Test
    void aPolicyDraftSurvivesKillNineAndAFailedCreateKeepsTheForm(@TempDir Path dir, FxRobot robot) throws Exception {
        Process app = startHalfTyped(dir);
        try {
            CompletableFuture<String> typed = CompletableFuture.supplyAsync(() -> firstLine(app, "half typed"));
            assertThat(typed.get(60, TimeUnit.SECONDS)).as("the app typed its half policy and half cluster form").isEqualTo("half typed");
            // The editor saves its draft every 3 s; a user killed right after typing loses at most that.
            Thread.sleep(4_000);
            app.destroyForcibly(); // SIGKILL: no shutdown hook, no stop(), nothing saved on the way out
            assertThat(app.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(app.exitValue()).as("killed by signal 9").isEqualTo(128 + 9);
        } finally {
            app.destroyForcibly();
        }

        robot.interact(() -> {
            f = new ShellFixture(dir);
            f.open(new Stage());
        });
        PoliciesViewModel policies = f.shell.viewModel().policies();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        Waits.fx(() -> robot.lookup("#draft-dialog").tryQuery().isPresent());
        robot.clickOn("#draft-resume");
        Waits.fx(() -> policies.editorProperty().get() != null);
        assertThat(policies.editorProperty().get().policy().name()).isEqualTo("half-typed");
        assertThat(policies.editorProperty().get().policy().statements().get(0).actions()).containsExactly("s3:PutObject");

        // The cluster form: its request fails on the way (the sandbox answers every call with a fault),
        // the error is shown, and everything typed is still there to send again.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        Waits.fx(() -> f.shell.viewModel().clusters().items().size() == 4);
        var form = dev.weft.ui.clusters.CreateClusterFormDriver.openAndFill(robot, "US-EAST-04A", "typed-before-the-fault", "lb-c");
        TextField name = form.name();
        ComboBox<String> zone = form.zone();
        var lbs = form.loadBalancers();
        f.services.sandbox().running().get(10, TimeUnit.SECONDS).faults(Faults.parse("error-rate=1"));
        robot.clickOn(form.submit());
        Waits.fx(() -> !robot.lookup("#form-error").queryAs(Label.class).getText().isBlank());
        assertThat(robot.lookup("#create-cluster").tryQuery()).as("the form stays open").isPresent();
        assertThat(name.getText()).isEqualTo("typed-before-the-fault");
        assertThat(zone.getValue()).isEqualTo("US-EAST-04A");
        assertThat(lbs.getCheckModel().getCheckedItems()).containsExactly("lb-c");
    }

    private static Process startHalfTyped(Path dir) throws java.io.IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        for (String p : List.of("testfx.headless", "glass.platform", "monocle.platform", "prism.order", "java.awt.headless")) {
            if (System.getProperty(p) != null) {
                command.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), HalfTypedSession.class.getName(), dir.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Reads the process's output until {@code wanted} appears; what came before is kept for the failure message. */
    private static String firstLine(Process p, String wanted) {
        StringBuilder seen = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.equals(wanted)) {
                    return line;
                }
                seen.append(line).append('\n');
            }
        } catch (java.io.IOException e) {
            seen.append(e);
        }
        return seen.toString();
    }
}
