package dev.weft.ui;

import dev.weft.profiles.ConfigDir;
import dev.weft.profiles.ProfileStore;
import dev.weft.profiles.TokenStores;
import dev.weft.sandbox.SandboxConfig;
import dev.weft.service.AppServices;
import dev.weft.ui.common.UiState;
import dev.weft.ui.common.UiStateStore;
import dev.weft.ui.shell.Shell;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: reads settings off the FX thread in {@link #init}, then opens the {@link Shell}. */
public final class WeftApp extends Application {
    public static final String TITLE = Shell.TITLE;

    /** Set by {@code weft --smoke} before launching: a throwaway config dir, no keychain, exit when loaded. */
    private static volatile boolean smoke;
    private static volatile boolean benchmark;
    private static volatile int exitCode;

    private AppServices services;
    private UiStateStore uiStore;
    private UiState uiState;
    private ProfileStore.Loaded profiles;
    /** A smoke run's settings, deleted when it ends; null otherwise. */
    private dev.weft.profiles.TemporaryConfigDir smokeDir;
    private Shell shell;
    /** When the (empty) window was on screen, in ms after the JVM's start. */
    private long windowShown;

    /** Starts the toolkit, at the interface size chosen in Preferences, and blocks until the last window closes. */
    public static void launch() {
        // Read here, before the toolkit starts, since JavaFX reads its scale only then; init() reads the file again
        // (a few hundred bytes), as a window cascaded from another must.
        UiState saved = new UiStateStore(ConfigDir.resolve()).load();
        dev.weft.ui.common.InterfaceScale.applyBeforeStart(saved.interfaceScale(), System.getProperties(), System.getProperty("os.name"));
        Application.launch(WeftApp.class);
    }

    /**
     * Opens the window on an in-process sandbox, loads every tab, and returns the exit code; with
     * {@code benchmark} it also prints the start-up figures on one line.
     */
    public static int smoke(boolean benchmark) {
        smoke = true;
        WeftApp.benchmark = benchmark;
        exitCode = 1;
        Application.launch(WeftApp.class);
        return exitCode;
    }

    @Override
    public void init() throws java.io.IOException {
        smokeDir = smoke ? dev.weft.profiles.TemporaryConfigDir.create("weft-smoke") : null;
        var dir = smoke ? smokeDir.path() : ConfigDir.resolve();
        if (!smoke) {
            dev.weft.service.LogFile.install(dir);
        }
        services = smoke
                ? new AppServices(dir, java.util.Map.of(), SandboxConfig.defaults(),
                        work -> java.util.concurrent.CompletableFuture.completedFuture(new dev.weft.profiles.SessionTokenStore("smoke run")))
                : new AppServices(dir, System.getenv(), SandboxConfig.defaults(), work -> TokenStores.probe(work.executor()));
        uiStore = new UiStateStore(dir);
        uiState = dev.weft.ui.shell.NewWindow.cascaded(uiStore.load(), smoke ? java.util.Map.of() : System.getenv());
        profiles = services.profileStore().load();
    }

    @Override
    public void start(Stage stage) {
        dev.weft.ui.common.OpaquePopups.installWhereNeeded();
        // The empty window first, its content on the next turn: the window is on screen about half a
        // second sooner, instead of after every control of the first tab has been made and styled.
        Shell.showOpening(stage, uiState, () -> {
            shell = Shell.open(stage, services, uiStore, uiState, profiles);
            if (smoke) {
                Shell.afterLayout(stage.getScene(), () -> SmokeRun.start(shell, stage, System.err, code -> exitCode = code,
                        benchmark, windowShown));
            }
        });
        windowShown = BareWindow.millisSinceJvmStart();
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.saveNow();
        }
        services.close();
        if (smokeDir != null) {
            smokeDir.close();
        }
    }
}
