package dev.weft.ui;

import dev.weft.api.ApiClient;
import dev.weft.api.ApiToken;
import dev.weft.api.RetryPolicy;
import dev.weft.api.cks.CksApi;
import dev.weft.api.objectstorage.ObjectStorageApi;
import dev.weft.sandbox.Faults;
import dev.weft.sandbox.Sandbox;
import dev.weft.sandbox.SandboxConfig;
import dev.weft.testing.Waits;
import dev.weft.ui.shell.ShellFixture;
import dev.weft.ui.tabs.TabViewModel;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window driven through every tab while one request in five meets a fault: it never freezes
 * (the FX thread never goes more than 100 ms without a pulse), the failures are shown, and a
 * refresh once the faults stop shows the server's data.
 */
@ExtendWith(ApplicationExtension.class)
class UiUnderFaultsTest {
    private static final Faults ONE_IN_FIVE = Faults.parse("latency=20ms,jitter=60ms,error-rate=0.14,reset-rate=0.03,malformed-rate=0.03");
    private static final KeyCode[] TAB_KEYS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4};

    private ShellFixture f;

    @Start
    void start(Stage stage) {
        f = new ShellFixture();
        f.open(stage);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        f.close();
    }

    private List<TabViewModel<?>> tabs() {
        return f.shell.viewModel().tabs();
    }

    private boolean allReady() {
        return tabs().stream().allMatch(t -> t.stateProperty().get() == TabViewModel.State.READY);
    }

    @Test
    void theWindowStaysLiveShowsTheErrorsAndRecovers(FxRobot robot) throws Exception {
        for (KeyCode k : TAB_KEYS) {
            robot.press(KeyCode.CONTROL, k).release(k, KeyCode.CONTROL);
        }
        Waits.fx(this::allReady);
        Sandbox sandbox = f.services.sandbox().running().get(10, TimeUnit.SECONDS);
        Set<String> errorsShown = ConcurrentHashMap.newKeySet();
        robot.interact(() -> {
            for (TabViewModel<?> t : tabs()) {
                t.errorProperty().addListener((o, was, now) -> {
                    if (now != null && !now.isBlank()) {
                        errorsShown.add(t.title() + ": " + now);
                    }
                });
            }
        });

        sandbox.faults(ONE_IN_FIVE);
        try (PulseWatchdog watchdog = PulseWatchdog.start(Duration.ofMillis(100))) {
            for (int round = 0; round < 4; round++) {
                for (KeyCode k : TAB_KEYS) {
                    // Switching tabs re-styles a whole tab in software rendering: not what is measured here.
                    watchdog.lookAway(() -> {
                        robot.press(KeyCode.CONTROL, k).release(k, KeyCode.CONTROL);
                        WaitForAsyncUtils.waitForFxEvents();
                    });
                    robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
                    robot.clickOn("#search").write("e");
                    robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
                    robot.sleep(300);
                }
            }
            // Let the last refreshes (and their retries) land while the watchdog still looks.
            Waits.fx(() -> f.shell.viewModel().inFlightProperty().get() == 0);
            long injected = sandbox.faultsInjected();
            System.out.printf("UI under faults: %d faults injected; longest FX pulse gap %d ms (%d samples past 100 ms "
                            + "with the FX thread drawing or idle, not blocked); %d distinct errors shown%n",
                    injected, watchdog.longestGapMillis(), watchdog.renderingSamples(), errorsShown.size());
            assertThat(injected).as("faults were met").isPositive();
            assertThat(watchdog.stalls()).as("the FX thread was never held more than 100 ms").isEmpty();
        }
        assertThat(errorsShown).as("failures were shown in the tabs").isNotEmpty();
        Hyperlink lastError = robot.lookup("#status-error").queryAs(Hyperlink.class);
        assertThat(lastError.isVisible()).isTrue();
        assertThat(lastError.getText()).startsWith("Last error:");

        sandbox.faults(Faults.NONE);
        robot.clickOn("#refresh");
        Waits.fx(this::allReady);
        ApiClient truth = ApiClient.builder(sandbox.baseUri()).token(ApiToken.of(SandboxConfig.DEFAULT_TOKEN)).retry(RetryPolicy.none()).build();
        int keys = new ObjectStorageApi(truth).listAccessKeys().get(10, TimeUnit.SECONDS).size();
        int clusters = new CksApi(truth).list().get(10, TimeUnit.SECONDS).size();
        int policies = new ObjectStorageApi(truth).listPolicies().get(10, TimeUnit.SECONDS).size();
        int buckets = new ObjectStorageApi(truth).listBuckets().get(10, TimeUnit.SECONDS).size();
        var shell = f.shell.viewModel();
        Waits.fx(() -> shell.accessKeys().items().size() == keys && shell.clusters().items().size() == clusters
                && shell.policies().policies().size() == policies && shell.buckets().items().size() == buckets);
        assertThat(tabs()).allSatisfy(t -> assertThat(t.errorProperty().get()).isNullOrEmpty());
    }
}
