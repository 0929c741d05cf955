package dev.weft.ui.shell;

import dev.weft.profiles.SessionTokenStore;
import dev.weft.profiles.TokenStore;
import dev.weft.sandbox.SandboxConfig;
import dev.weft.service.AppServices;
import dev.weft.ui.common.UiStateStore;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/** The real window on a temporary config dir, with its own in-process sandbox and no keychain. */
public final class ShellFixture implements AutoCloseable {
    /**
     * A stand-in for the FX thread in ViewModel tests: one thread, so results and the test's own actions
     * are applied in turn, as on the real FX thread.
     */
    public final java.util.concurrent.ExecutorService fx = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-fx");
        t.setDaemon(true);
        return t;
    });
    public final Path configDir;
    /** The config dir when the fixture made it: deleted on close. */
    private final dev.weft.profiles.TemporaryConfigDir ownDir;
    public final AppServices services;
    public final TokenStore tokens;
    public Shell shell;

    public ShellFixture(Map<String, String> env) {
        this(env, java.time.Duration.ofSeconds(30));
    }

    public ShellFixture(Map<String, String> env, java.time.Duration provisioning) {
        this(dev.weft.profiles.TemporaryConfigDir.create("weft-ui-test"), env, SandboxConfig.defaults().withProvisioning(provisioning));
    }

    /** With a sandbox of its own making: scaled data for benchmarks, faults. */
    public ShellFixture(SandboxConfig config) {
        this(dev.weft.profiles.TemporaryConfigDir.create("weft-ui-test"), Map.of(), config);
    }

    /** On a given config dir: a second run of the app, after the first one was killed. */
    public ShellFixture(Path configDir) {
        this(configDir, null, Map.of(), SandboxConfig.defaults().withProvisioning(java.time.Duration.ofSeconds(30)));
    }

    /** On a folder of its own, deleted when the fixture is closed. */
    private ShellFixture(dev.weft.profiles.TemporaryConfigDir own, Map<String, String> env, SandboxConfig sandbox) {
        this(own.path(), own, env, sandbox);
    }

    private ShellFixture(Path configDir, dev.weft.profiles.TemporaryConfigDir own, Map<String, String> env, SandboxConfig sandbox) {
        this.configDir = configDir;
        this.ownDir = own;
        tokens = new SessionTokenStore("test run without a keychain");
        services = new AppServices(configDir, env, sandbox, w -> CompletableFuture.completedFuture(tokens));
    }

    public ShellFixture() {
        this(Map.of());
    }

    /** Opens the window the way WeftApp does, reading the stores first. */
    public Shell open(Stage stage) {
        // TestFX hands every test the same stage, and the app keeps a scene it finds there: without this the
        // window was the size an earlier test left (100 px square after BusyTest, or the app's minimum), not
        // the size a new user's window opens at.
        stage.setScene(null);
        UiStateStore ui = new UiStateStore(configDir);
        shell = Shell.open(stage, services, ui, ui.load(), services.profileStore().load());
        stage.sizeToScene();
        return shell;
    }

    /** Every byte of every file under the config dir, as text. */
    public String everythingWritten() {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(configDir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                all.append(Files.readString(p)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString();
    }

    /** The sandbox's storage API as another client would reach it: what someone else changes, or what the server has. */
    public dev.weft.api.objectstorage.ObjectStorageApi storageElsewhere() {
        try {
            return new dev.weft.api.objectstorage.ObjectStorageApi(dev.weft.api.ApiClient.builder(services.sandbox().baseUri().get())
                    .token(dev.weft.api.ApiToken.of("sandbox-token")).build());
        } catch (Exception e) {
            throw new IllegalStateException("the sandbox did not start", e);
        }
    }

    /** Runs on the stand-in FX thread and returns the result. */
    public <T> T onFx(java.util.concurrent.Callable<T> action) {
        try {
            return fx.submit(action).get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits, reading the ViewModel on the stand-in FX thread. */
    public void until(java.util.function.BooleanSupplier condition) throws InterruptedException {
        dev.weft.testing.Waits.until(() -> onFx(condition::getAsBoolean));
    }

    public void onFx(Runnable action) {
        onFx(() -> {
            action.run();
            return null;
        });
    }

    @Override
    public void close() {
        fx.shutdownNow();
        services.close();
        if (ownDir != null) {
            ownDir.close();
        }
    }
}
