package dev.weft.ui;

import dev.weft.profiles.Profile;
import dev.weft.testing.SandboxFixture;
import dev.weft.testing.Waits;
import dev.weft.ui.buckets.BucketsViewModel;
import dev.weft.ui.shell.ShellFixture;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Weft writes for the other tools of an account's profile (here one from the environment, against a sandbox of
 * its own): the Buckets tab's AWS profile, which runs the helper (and why not for the sandbox's sample buckets), a new
 * key's AWS profile, a kubeconfig, each with the command that tries it.
 */
@ExtendWith(ApplicationExtension.class)
class AccountExportsTest {
    private SandboxFixture api;
    private ShellFixture f;
    private Path home;

    @Start
    void start(Stage stage) throws Exception {
        api = SandboxFixture.withSampleData();
        home = Files.createTempDirectory("weft-aws-home");
        System.setProperty("weft.home", home.toString()); // ~/.aws of this test, not of the machine running it
        f = new ShellFixture(Map.of("COREWEAVE_API_TOKEN", "sandbox-token", "COREWEAVE_API_ENDPOINT", api.sandbox.baseUri().toString()));
        f.open(stage);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        f.close();
        api.close();
        System.clearProperty("weft.home");
    }

    private void showBucket(FxRobot robot, String profileName, String bucket) {
        Profile p = f.shell.viewModel().profiles().stream().filter(x -> x.name().equals(profileName)).findFirst().orElseThrow();
        robot.interact(() -> f.shell.viewModel().switchTo(p));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        BucketsViewModel vm = f.shell.viewModel().buckets();
        String awsProfile = "weft-" + profileName.toLowerCase(java.util.Locale.ROOT);
        Waits.fx(() -> vm.awsProfileName().equals(awsProfile) && vm.items().stream().anyMatch(i -> i.name().equals(bucket)));
        robot.interact(() -> vm.selectedProperty().set(vm.items().stream().filter(i -> i.name().equals(bucket)).findFirst().orElseThrow()));
    }

    @Test
    void theCommandsAwsProfileIsWrittenForAnAccountNotForTheSandbox(FxRobot robot) throws Exception {
        Path config = home.resolve(".aws/config");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "[profile work]\nregion = eu-west-1\n");
        showBucket(robot, "Environment", "checkpoints");
        Button write = robot.lookup("#bucket-aws-profile").queryButton();
        Label said = robot.lookup("#bucket-aws-profile-said").queryAs(Label.class);
        assertThat(said.getText()).as("what and where, before it is pressed")
                .startsWith("Adds the profile weft-environment to ~/.aws/config (region US-EAST-04A) with no secret in it");
        robot.interact(() -> { // scrolled down to it, as the user does
            for (javafx.scene.Node n = write; n != null; n = n.getParent()) {
                if (n instanceof javafx.scene.control.ScrollPane scroll) {
                    scroll.setVvalue(scroll.getVmax());
                }
            }
        });
        robot.clickOn(write);
        Waits.fx(() -> said.getText().startsWith("Written to "));
        assertThat(said.getText()).contains(config.toString()).endsWith("Try: aws s3 ls s3://checkpoints/ --profile weft-environment");
        assertCopies(robot, "#bucket-copy-try", "aws s3 ls s3://checkpoints/ --profile weft-environment");
        String written = Files.readString(config);
        assertThat(written).startsWith("[profile work]\nregion = eu-west-1\n").contains("[profile weft-environment]")
                .contains("s3-credentials --profile Environment").contains("endpoint_url = https://cwobject.com")
                .contains("region = US-EAST-04A").doesNotContain("sandbox-token").doesNotContain("aws_secret_access_key");
        assertThat(home.resolve(".aws/credentials")).as("nothing secret to write").doesNotExist();

        showBucket(robot, "Sandbox", "checkpoints");
        Waits.fx(() -> said.getText().startsWith("Not for the sandbox"));
        assertThat(write.isDisabled()).isTrue();
    }

    /** A new key saved as an AWS profile, the answer says the command that tries it. */
    @Test
    void aNewKeySavedAsAnAwsProfileSaysTheCommandThatTriesIt(FxRobot robot) throws Exception {
        Profile env = f.shell.viewModel().profiles().stream().filter(x -> x.name().equals("Environment")).findFirst().orElseThrow();
        robot.interact(() -> f.shell.viewModel().switchTo(env));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        Waits.fx(() -> f.shell.viewModel().accessKeys().stateProperty().get() == dev.weft.ui.tabs.TabViewModel.State.READY);
        robot.clickOn("#key-create");
        Waits.fx(() -> robot.lookup("#create-key").tryQuery().isPresent());
        robot.clickOn("#create-key-submit");
        Waits.fx(() -> robot.lookup("#secret-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#secret-save-name").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("coreweave");
        assertThat(robot.lookup("#secret-sandbox").tryQuery()).as("an account's key: no sandbox notice").isEmpty();
        robot.clickOn("#secret-save-aws");
        Label saved = robot.lookup("#secret-saved").queryAs(Label.class);
        Waits.fx(() -> saved.getText().startsWith("Saved to "));
        assertThat(saved.getText()).endsWith("Try: aws s3 ls --profile coreweave");
        assertCopies(robot, "#secret-copy-try", "aws s3 ls --profile coreweave");
        assertThat(Files.readString(home.resolve(".aws/credentials"))).contains("[coreweave]");
        robot.clickOn("#secret-done");
    }

    /** The kubeconfig's answer ends with the kubectl command that tries it, which a button copies. */
    @Test
    void anExportedKubeconfigsKubectlCommandIsCopied(FxRobot robot) throws Exception {
        Profile env = f.shell.viewModel().profiles().stream().filter(x -> x.name().equals("Environment")).findFirst().orElseThrow();
        robot.interact(() -> f.shell.viewModel().switchTo(env));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        var clusters = f.shell.viewModel().clusters();
        Waits.fx(() -> clusters.items().stream().anyMatch(i -> i.row().name().equals("prod-east") && i.row().running()));
        robot.interact(() -> clusters.selectedProperty().set(clusters.items().stream()
                .filter(i -> i.row().name().equals("prod-east")).findFirst().orElseThrow()));
        robot.clickOn("#cluster-kubeconfig");
        Waits.fx(() -> robot.lookup("#kubeconfig-dialog").tryQuery().isPresent());
        Button copy = robot.lookup("#kubeconfig-copy-try").queryButton();
        assertThat(copy.isVisible()).as("nothing written yet").isFalse();
        Path file = home.resolve("my configs/cw.yaml");
        robot.interact(() -> robot.lookup("#kubeconfig-path").queryAs(javafx.scene.control.TextField.class).setText(file.toString()));
        robot.clickOn("#kubeconfig-export");
        Label result = robot.lookup("#kubeconfig-result").queryAs(Label.class);
        Waits.fx(() -> result.getText().startsWith("Written"));
        String command = dev.weft.domain.ShellWords.join(java.util.List.of("kubectl", "--kubeconfig", file.toString(), "get", "nodes"));
        assertThat(result.getText()).endsWith("Try: " + command);
        assertCopies(robot, "#kubeconfig-copy-try", command);
        assertThat(Waits.settled(() -> dev.weft.testing.Labels.shortfall(result), cut -> cut < 1)).as("the answer whole").isLessThan(1);
        assertThat(Waits.settled(() -> copy.getScene().getHeight() - copy.localToScene(copy.getBoundsInLocal()).getMaxY(),
                room -> room >= 0)).as("the button in sight").isGreaterThanOrEqualTo(0);
    }

    /** The button under an answer copies the command the answer ends with. */
    private static void assertCopies(FxRobot robot, String button, String command) {
        Button copy = robot.lookup(button).queryButton();
        Waits.fx(copy::isVisible);
        robot.clickOn(copy);
        assertThat(org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(5000, () -> javafx.scene.input.Clipboard.getSystemClipboard().getString()))
                .isEqualTo(command);
    }
}
