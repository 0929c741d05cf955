package dev.weft.ui;

import dev.weft.ui.shell.Shell;
import dev.weft.ui.tabs.TabViewModel;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code weft --smoke}: the window opens on an in-process sandbox, every tab is shown and loaded, and
 * the app exits 0; if a tab fails or nothing loads in time, it exits 1 with the reason on stderr.
 * CI runs it against the packaged app.
 */
final class SmokeRun {
    static final Duration LIMIT = Duration.seconds(45);

    private SmokeRun() {
    }

    /**
     * Called once the window's content has been styled and laid out.
     * @param firstWindow when the window was on screen (empty, then filled), in ms after the JVM's start
     */
    static void start(Shell shell, Stage stage, PrintStream err, java.util.function.IntConsumer exit, boolean benchmark,
                      long firstWindow) {
        long filled = BareWindow.millisSinceJvmStart();
        System.out.println("weft --smoke: first window " + firstWindow + " ms after JVM start, its content " + filled + " ms");
        List<TabViewModel<?>> tabs = shell.viewModel().tabs();
        TabPane pane = (TabPane) stage.getScene().lookup("#tabs");
        for (int i = 0; i < pane.getTabs().size(); i++) {
            pane.getSelectionModel().select(i);
        }
        long started = System.nanoTime();
        // Told by the tabs' states, not found by polling them: a poll every 200 ms added up to 200 ms (and
        // on a busy FX thread more) to the "all tabs populated" figure.
        boolean[] finished = {false};
        Runnable check = () -> {
            if (finished[0]) {
                return;
            }
            List<String> failed = tabs.stream().filter(t -> t.stateProperty().get() == TabViewModel.State.FAILED)
                    .map(t -> t.title() + ": " + t.errorProperty().get()).toList();
            if (!failed.isEmpty()) {
                finished[0] = true;
                err.println("weft --smoke: failed: " + String.join("; ", failed));
                finish(exit, 1);
            } else if (tabs.stream().allMatch(t -> t.stateProperty().get() == TabViewModel.State.READY)
                    && sizeProblem(stage).isPresent()) {
                finished[0] = true;
                err.println("weft --smoke: failed: " + sizeProblem(stage).get());
                finish(exit, 1);
            } else if (tabs.stream().allMatch(t -> t.stateProperty().get() == TabViewModel.State.READY)) {
                finished[0] = true;
                long allTabs = BareWindow.millisSinceJvmStart();
                System.out.println("weft --smoke: the window opened and all " + tabs.size() + " tabs loaded in "
                        + Math.round((System.nanoTime() - started) / 1e6) + " ms");
                if (benchmark) {
                    System.out.println("benchmark-startup: first window " + firstWindow + " ms, its content " + filled
                            + " ms, all tabs populated " + allTabs + " ms (after JVM start)");
                }
                finish(exit, 0);
            }
        };
        tabs.forEach(t -> t.stateProperty().addListener(o -> check.run()));
        PauseTransition limit = new PauseTransition(LIMIT);
        limit.setOnFinished(e -> {
            if (!finished[0]) {
                finished[0] = true;
                err.println("weft --smoke: tabs still not loaded after " + (int) LIMIT.toSeconds() + " s: " + tabs.stream()
                        .filter(t -> t.stateProperty().get() != TabViewModel.State.READY).map(TabViewModel::title).toList());
                finish(exit, 1);
            }
        });
        limit.play();
        check.run();
    }

    /**
     * A smoke run starts on fresh settings, so the window should have its default size, or the screen's if that is
     * smaller: some window managers opened it at its least size, and on a small screen it was taller than the
     * screen; either way its status bar was below an edge.
     */
    static java.util.Optional<String> sizeProblem(Stage stage) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double width = Math.min(Shell.DEFAULT_WIDTH, screen.getWidth());
        double height = Math.min(Shell.DEFAULT_HEIGHT, screen.getHeight());
        if (stage.isMaximized() || (Math.abs(stage.getWidth() - width) <= 2 && Math.abs(stage.getHeight() - height) <= 2)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(String.format(java.util.Locale.ROOT, "the window opened at %.0f × %.0f, not the %.0f × %.0f it asked for",
                stage.getWidth(), stage.getHeight(), width, height));
    }

    private static void finish(java.util.function.IntConsumer exit, int code) {
        exit.accept(code);
        Platform.exit();
    }
}
