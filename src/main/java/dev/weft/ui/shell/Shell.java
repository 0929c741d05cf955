package dev.weft.ui.shell;

import dev.weft.profiles.Profile;
import dev.weft.profiles.ProfileStore;
import dev.weft.service.AppServices;
import dev.weft.ui.common.AutoRefresh;
import dev.weft.ui.common.ErrorPresenter;
import dev.weft.ui.common.InterfaceScale;
import dev.weft.ui.common.Every;
import dev.weft.ui.common.Keys;
import dev.weft.ui.common.RowActions;
import dev.weft.ui.common.SystemTheme;
import dev.weft.ui.common.Theme;
import dev.weft.ui.common.Themes;
import dev.weft.ui.common.Toolbar;
import dev.weft.ui.common.UiState;
import dev.weft.ui.common.UiStateStore;
import dev.weft.ui.profiles.ProfileDialog;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Opens the main window and wires what it does: switching profiles, the profile and preferences
 * dialogs, shortcuts, the theme, the unauthorized prompt, uncaught errors, and remembering the
 * window between runs.
 */
public final class Shell {
    public static final String TITLE = "Weft";
    /** The window's size, frame included, until the user sizes it. */
    public static final double DEFAULT_WIDTH = 1200;
    public static final double DEFAULT_HEIGHT = 760;

    private final Stage stage;
    /**
     * Where the window was, and how large, when last not maximised: what is saved while it is maximised, so
     * that un-maximised after the next start it goes back there (saved maximised, it filled the screen).
     */
    private Rectangle2D normalBounds;
    private final ShellViewModel vm;
    private final ShellView view;
    /** Made with the window's scene, whose accelerators they are. */
    private KeyboardShortcuts shortcuts;
    private final UiStateStore uiStore;
    private final AppServices services;
    private boolean dark;
    /** The interface's size this window was made at (percent, or the system's): a new choice waits for a restart. */
    private final int scaleInEffect;

    private Shell(Stage stage, AppServices services, UiStateStore uiStore, UiState state) {
        this.stage = stage;
        this.scaleInEffect = InterfaceScale.choiceOf(state.interfaceScale());
        this.services = services;
        this.uiStore = uiStore;
        this.vm = new ShellViewModel(services, Platform::runLater, state);
        Themes.useFor(state.themeOrSystem() == Theme.DARK);
        this.view = new ShellView(vm, () -> stage);
    }

    /**
     * Puts the window on screen at its saved place and size, empty but in the theme's colour, so that it
     * is there half a second before its content; {@link #open} then fills it. Then runs {@code fill} once
     * this empty window has been laid out for drawing.
     */
    public static void showOpening(Stage stage, UiState state, Runnable fill) {
        boolean dark = state.themeOrSystem() == Theme.DARK;
        Scene scene = new Scene(new javafx.scene.layout.Pane(), or(state.width(), DEFAULT_WIDTH), or(state.height(), DEFAULT_HEIGHT),
                dark ? javafx.scene.paint.Color.web("#0d1117") : javafx.scene.paint.Color.WHITE);
        frame(stage, state);
        stage.setScene(scene);
        afterLayout(scene, () -> Platform.runLater(() -> { // after the pulse that hands the empty window to the renderer
            if (stage.isShowing()) { // not closed in the meantime: filling it would show it again
                fill.run();
            }
        }));
        showSized(stage, state);
    }

    /**
     * Shows the window at its saved size, or the default one. JavaFX 21 on Linux lets some window managers (newer
     * GNOME's, Openbox) open a window at its least size whatever its scene's (JDK-8316423, mended in JavaFX 22):
     * Weft opened at 760 × 480, its status bar below the window's edge. A size set once the window is shown is
     * kept. It is the window's outer size, frame included, as saved: the scene's was the inner one, so that a
     * window manager's frame would have grown the window by its title bar at each start.
     */
    private static void showSized(Stage stage, UiState state) {
        stage.show();
        if (!stage.isMaximized()) {
            fitOnScreen(stage, or(state.width(), DEFAULT_WIDTH), or(state.height(), DEFAULT_HEIGHT));
        }
    }

    /**
     * Sizes the window, no larger than the screen it is on leaves room for (its panels excluded), and moves it
     * in whole: the default 1,200 × 760 on a 1,366 × 768 laptop, or on 2,560 × 1,440 at 200 %, put the status
     * bar below the screen's edge.
     */
    private static void fitOnScreen(Stage stage, double width, double height) {
        Rectangle2D screen = dev.weft.ui.common.OnScreen.boundsFor(stage, width, height);
        double w = Math.min(width, screen.getWidth());
        double h = Math.min(height, screen.getHeight());
        stage.setMinWidth(Math.min(stage.getMinWidth(), w));
        stage.setMinHeight(Math.min(stage.getMinHeight(), h));
        stage.setWidth(w);
        stage.setHeight(h);
        dev.weft.ui.common.OnScreen.moveInto(stage);
    }

    /** Runs {@code action} once, when the next pulse has styled and laid out {@code scene}. */
    public static void afterLayout(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** Builds and shows the window; {@code state} and {@code loaded} were read off the FX thread. */
    public static Shell open(Stage stage, AppServices services, UiStateStore uiStore, UiState state, ProfileStore.Loaded loaded) {
        Shell shell = new Shell(stage, services, uiStore, state);
        shell.show(state);
        shell.vm.start(ShellViewModel.initialProfiles(loaded, services.environment()), loaded.problem().orElse(null));
        return shell;
    }

    public ShellViewModel viewModel() {
        return vm;
    }

    private void show(UiState state) {
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> Platform.runLater(() -> ErrorPresenter.show(stage, "Something went wrong", e)));
        services.work().onUncaught(e -> Platform.runLater(() -> ErrorPresenter.show(stage, "Something went wrong", e)));
        vm.onPersist(s -> services.work().run(() -> uiStore.save(s)
                .ifPresent(why -> Platform.runLater(() -> vm.settingsNotSaved(why)))));
        vm.onTokenNeeded((p, e) -> Platform.runLater(() -> promptForToken(p, e.kind() == dev.weft.api.ApiException.Kind.NO_TOKEN)));

        Scene scene = stage.getScene();
        if (scene == null) {
            scene = new Scene(view, or(state.width(), DEFAULT_WIDTH), or(state.height(), DEFAULT_HEIGHT));
            // Styled before it is the stage's: setting it styles it at once, which without Weft's stylesheet left
            // ControlsFX's Modena colour names unresolved (a CSS warning for each).
            applyTheme(scene, state.themeOrSystem());
            frame(stage, state);
            stage.setScene(scene);
        } else {
            scene.setRoot(view); // the opening window's scene: same size, same place
            applyTheme(scene, state.themeOrSystem());
        }
        stage.getIcons().setAll(icon(16), icon(32), icon(64), icon(256));
        // The profile first, as a document's name is: two windows on two accounts are told apart in the task bar.
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.activeProperty().get() == null
                ? TITLE : vm.activeProperty().get().name() + " — " + TITLE, vm.activeProperty()));
        wire(scene, state);
        if (state.x() != null && state.y() != null && state.width() != null && state.height() != null) {
            normalBounds = new Rectangle2D(state.x(), state.y(), state.width(), state.height());
        }
        // As it becomes maximised the window still has its own bounds; the screen's come after. Un-maximised, it is
        // put back there: JavaFX 21 on Linux left it the screen's size (and a window maximised at the last exit
        // would have had no other size to go back to).
        stage.maximizedProperty().addListener((o, was, now) -> {
            if (now) {
                normalBounds = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            } else if (normalBounds != null) {
                Rectangle2D b = normalBounds;
                Platform.runLater(() -> {
                    stage.setX(b.getMinX());
                    stage.setY(b.getMinY());
                    fitOnScreen(stage, b.getWidth(), b.getHeight());
                });
            }
        });
        stage.setOnCloseRequest(e -> { // the window's close button, the desktop's Quit
            if (!mayQuit()) {
                e.consume();
            }
        });
        stage.setOnHidden(e -> {
            dev.weft.ui.common.SecretClipboard.takeOffAll(); // not left for whatever pastes next, after Weft is gone
            vm.clusters().stopPolling();
            saveGeometry();
        });
        if (stage.isShowing()) {
            // Styled and laid out now, as showing a new window does: before the first loads start and take
            // the CPU from it.
            view.applyCss();
            view.layout();
        } else {
            showSized(stage, state);
        }
    }

    private void wire(Scene scene, UiState state) {
        shortcuts = new KeyboardShortcuts(scene);
        view.switcher.valueProperty().addListener((o, before, chosen) -> {
            if (chosen != null && chosen != vm.activeProperty().get()) {
                vm.switchTo(chosen);
            }
        });
        vm.activeProperty().addListener((o, before, now) -> view.switcher.setValue(now));
        // Another Weft window may have added, changed or removed a profile: looked for on coming back to this
        // window and as the list opens.
        stage.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                vm.reloadProfiles();
            }
        });
        view.switcher.setOnShowing(e -> vm.reloadProfiles());
        int tab = state.tab() == null ? 0 : Math.max(0, Math.min(state.tab(), view.tabs.getTabs().size() - 1));
        view.tabs.getSelectionModel().select(tab);
        view.tabs.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> vm.updateState(vm.uiState().withTab(b.intValue())));

        view.addProfile.setOnAction(e -> openProfileDialog(null));
        view.noticeAdd.setOnAction(e -> openProfileDialog(null));
        view.noticeDismiss.setOnAction(e -> vm.dismissNotice());
        view.editProfile.setOnAction(e -> openProfileDialog(vm.activeProperty().get()));
        view.removeProfile.setOnAction(e -> confirmRemove(vm.activeProperty().get()));
        // The environment's profile is its variables': changed there, not here.
        var fromEnvironment = javafx.beans.binding.Bindings.createBooleanBinding(() -> vm.activeProperty().get() != null
                && vm.activeProperty().get().kind() == Profile.Kind.ENVIRONMENT, vm.activeProperty());
        view.editProfile.disableProperty().bind(fromEnvironment);
        view.editProfile.textProperty().bind(javafx.beans.binding.Bindings.when(fromEnvironment)
                .then("Edit profile… (set by environment variables)").otherwise("Edit profile…"));
        view.removeProfile.disableProperty().bind(javafx.beans.binding.Bindings.size(vm.profiles()).lessThan(2).or(fromEnvironment));
        view.newWindow.setDisable(NewWindow.process(javafx.geometry.Rectangle2D.EMPTY).isEmpty());
        view.newWindow.setOnAction(e -> NewWindow.process(new javafx.geometry.Rectangle2D(stage.getX(), stage.getY(),
                stage.getWidth(), stage.getHeight())).ifPresent(this::startNewWindow));
        view.refresh.setOnAction(e -> vm.refreshAll());
        view.preferences.setOnAction(e -> openPreferences());
        refreshByItself();

        shortcuts.heading("In the window");
        for (int i = 0; i < view.tabs.getTabs().size(); i++) {
            int index = i;
            shortcuts.add("The " + view.tabs.getTabs().get(i).getText() + " tab", () -> view.tabs.getSelectionModel().select(index),
                    Keys.shortcut(KeyCode.valueOf("DIGIT" + (i + 1))));
        }
        shortcuts.add("Refresh every tab", vm::refreshAll, Keys.shortcut(KeyCode.R),
                new KeyCodeCombination(KeyCode.F5));
        shortcuts.add("The shown tab's New… form (a cluster, a key, a policy)", () -> {
            Tab shown = view.tabs.getSelectionModel().getSelectedItem();
            if (shown != null && shown.getContent() != null
                    && shown.getContent().lookup("." + Toolbar.NEW_ACTION) instanceof javafx.scene.control.Button create
                    && create.isVisible() && !create.isDisabled()) {
                create.fire();
            }
        }, Keys.shortcut(KeyCode.N));
        shortcuts.describe("A new window, for another account beside this one (Profiles menu)", ShellView.NEW_WINDOW);
        shortcuts.add("Search the shown tab", () -> {
            view.search.requestFocus();
            view.search.selectAll();
        }, Keys.shortcut(KeyCode.F));
        shortcuts.add("Preferences", this::openPreferences, Keys.shortcut(KeyCode.COMMA));
        shortcuts.add("The requests made since Weft started (a click on the status bar's count too)",
                () -> RequestsDialog.show(stage, vm::requestsFinished), REQUESTS);
        shortcuts.add("These shortcuts", () -> shortcuts.show(stage), new KeyCodeCombination(KeyCode.F1));
        // As closing the window: its state and the open policy draft are saved, bucket and organization settings not applied asked about.
        shortcuts.add("Quit Weft", () -> {
            if (mayQuit()) {
                stage.close(); // a close by the program: no close request to ask again
            }
        }, Keys.shortcut(KeyCode.Q));
        shortcuts.heading("In the search field");
        shortcuts.describe("Clear the search", new KeyCodeCombination(KeyCode.ESCAPE));
        shortcuts.heading("In a table or list");
        shortcuts.describe("Delete or revoke the selected row, after asking", RowActions.DELETE.toArray(KeyCombination[]::new));
        shortcuts.describe("Copy the selected row's ID or name (the chosen keys' IDs, one a line)", RowActions.COPY);
        shortcuts.describe("Choose every key shown, to revoke them together (a click with Shift or Ctrl chooses a range, "
                + "or one more)", Keys.shortcut(KeyCode.A));
        shortcuts.describe("The selected row's menu (a right click too)", RowActions.MENU.toArray(KeyCombination[]::new));
        shortcuts.describe("Edit the selected cluster, or see the selected key's details (a double click too)",
                new KeyCodeCombination(KeyCode.ENTER));
    }

    /** Opens the requests window. */
    static final javafx.scene.input.KeyCombination REQUESTS = new KeyCodeCombination(KeyCode.L,
            javafx.scene.input.KeyCombination.SHORTCUT_DOWN, javafx.scene.input.KeyCombination.SHIFT_DOWN);

    /** Starts another Weft process; tests put one that records it instead. */
    java.util.function.Consumer<ProcessBuilder> startProcess = pb -> {
        try {
            pb.start();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Could not open a new window: " + e.getMessage(), e);
        }
    };

    /** Whether the window may close: at once, or as the user answers when bucket or organization settings wait unapplied. */
    private boolean mayQuit() {
        return QuitQuestion.mayQuit(stage, vm.buckets().unappliedSettings(), vm.buckets().unappliedOrganizationSettings());
    }

    private void startNewWindow(ProcessBuilder pb) {
        try {
            startProcess.accept(pb);
        } catch (RuntimeException e) {
            ErrorPresenter.show(stage, "Could not open a new window", e);
        }
    }

    void openProfileDialog(Profile existing) {
        vm.tokenStore().thenAcceptAsync(store -> {
            ProfileDialog dialog = new ProfileDialog(stage, vm, existing, store);
            dialog.show();
        }, Platform::runLater);
    }

    private void confirmRemove(Profile p) {
        if (p == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "", new ButtonType("Remove", ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
        confirm.initOwner(stage);
        confirm.setTitle("Remove profile");
        confirm.setHeaderText("Remove the profile “" + p.name() + "”?");
        confirm.setContentText(p.isSandbox() ? "Weft's local sandbox leaves the list. Its sample data was only ever on this computer."
                : "Weft forgets its token (it leaves the keychain), and the kubeconfigs and AWS profiles exported from it stop "
                + "working. Nothing changes in the account itself.");
        confirm.getDialogPane().setId("remove-profile-dialog");
        confirm.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).ifPresent(b -> vm.remove(p));
    }

    /** {@code missing}: there was no token to send (a session-only one is gone after a restart), not a refused one. */
    private void promptForToken(Profile p, boolean missing) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(stage);
        alert.setTitle(missing ? "Token needed" : "Token not accepted");
        alert.setHeaderText(missing ? "Weft has no token for “" + p.name() + "”" : "The token of “" + p.name() + "” was not accepted");
        // The environment's profile is its variables': its token is replaced there, not in a profile dialog.
        boolean fromEnvironment = p.kind() == Profile.Kind.ENVIRONMENT;
        alert.setContentText(missing
                ? "Tokens are kept in the system keychain, and it holds none for this profile (without a keychain a token is "
                + "kept only until Weft closes). Edit the profile to paste it; the tabs load once it is saved."
                : fromEnvironment
                ? "The server answered 401 Unauthorized: the token in " + p.provider().tokenVariable + " is wrong, expired or "
                + "revoked. Weft reads this profile from environment variables: set a new token there and start Weft again, "
                + "or add a profile of your own, whose token is kept in the system keychain."
                : "The server answered 401 Unauthorized: the token is wrong, expired or revoked. "
                + "Edit the profile to paste a new one, then refresh.");
        ButtonType edit = new ButtonType(fromEnvironment ? "Add profile…" : "Edit profile…", ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(edit, new ButtonType("Not now", ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.getDialogPane().setId("unauthorized-dialog");
        alert.setOnHidden(e -> {
            vm.unauthorizedHandled();
            if (alert.getResult() == edit) {
                openProfileDialog(fromEnvironment ? null : p);
            }
        });
        alert.show();
    }

    /** Refreshes every tab as often as Preferences says, while the window is open. */
    private void refreshByItself() {
        Runnable[] stop = {() -> { }};
        javafx.beans.value.ObservableValue<AutoRefresh> every = vm.autoRefreshProperty().flatMap(
                chosen -> stage.showingProperty().map(open -> open ? chosen : AutoRefresh.OFF));
        every.subscribe(chosen -> {
            stop[0].run();
            stop[0] = chosen == null || chosen.period == null ? () -> { } : Every.run(chosen.period, vm::autoRefreshTick);
        });
    }

    private void openPreferences() {
        new PreferencesDialog(stage, vm.uiState().themeOrSystem(), vm.autoRefreshProperty(), () -> AboutDialog.show(stage),
                () -> shortcuts.show(stage), theme -> {
            vm.updateState(vm.uiState().withTheme(theme));
            applyTheme(stage.getScene(), theme);
        }, new PreferencesDialog.ScaleChoice(scaleInEffect, InterfaceScale.choiceOf(vm.uiState().interfaceScale()), fittingScales(),
                percent -> vm.updateState(vm.uiState().withInterfaceScale(percent == InterfaceScale.SYSTEM ? null : percent)),
                NewWindow.again().isPresent() ? this::restart : null)).show();
    }

    /** The interface sizes at which the window, at its least size, fits the screen it is on, in that screen's pixels. */
    private java.util.List<Integer> fittingScales() {
        Screen screen = Screen.getScreensForRectangle(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()).stream()
                .findFirst().orElse(Screen.getPrimary());
        Rectangle2D area = screen.getVisualBounds();
        return InterfaceScale.fitting(area.getWidth() * screen.getOutputScaleX(), area.getHeight() * screen.getOutputScaleY(),
                stage.getMinWidth(), stage.getMinHeight());
    }

    /**
     * Starts Weft again, for a setting JavaFX reads only at start: as quitting does (asking first about settings
     * not applied), the window's state saved before the new Weft reads it.
     */
    private void restart() {
        if (!mayQuit()) {
            return;
        }
        saveNow();
        try {
            NewWindow.again().ifPresent(startProcess);
        } catch (RuntimeException e) {
            ErrorPresenter.show(stage, "Could not start Weft again", e);
            return;
        }
        stage.close(); // a close by the program: no close request to ask again
    }

    private void applyTheme(Scene scene, Theme theme) {
        dark = theme == Theme.DARK;
        Themes.apply(scene, dark);
        if (theme == Theme.SYSTEM) {
            services.work().supply(SystemTheme::prefersDark).thenAcceptAsync(os -> {
                if (vm.uiState().themeOrSystem() == Theme.SYSTEM && os.orElse(false)) {
                    dark = true;
                    Themes.apply(scene, true);
                }
            }, Platform::runLater);
        }
    }

    /** Title, least size, and the saved place (if that is still on a screen) and maximised state. */
    private static void frame(Stage stage, UiState s) {
        stage.titleProperty().unbind(); // a stage a shell had before (tests hand one stage to every window)
        stage.setTitle(TITLE);
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        if (s.x() != null && s.y() != null && s.width() != null && s.height() != null
                && !Screen.getScreensForRectangle(new Rectangle2D(s.x(), s.y(), s.width(), s.height())).isEmpty()) {
            stage.setX(s.x());
            stage.setY(s.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(Boolean.TRUE.equals(s.maximized()));
    }

    private void saveGeometry() {
        vm.updateState(current());
    }

    /** The state with the window's place and size, the splits' dividers and the tables' columns as they are now. */
    private UiState current() {
        Rectangle2D b = stage.isMaximized() && normalBounds != null ? normalBounds
                : new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        return vm.uiState().withGeometry(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(), stage.isMaximized())
                .withDividers(view.dividers()).withColumns(view.columns());
    }

    /**
     * Saves the window state and the policy being edited now, and waits briefly: for shutdown, when the
     * executor is about to stop. The draft's autosave runs every few seconds; the edits since are kept too.
     */
    public void saveNow() {
        UiState s = current();
        CompletableFuture<Void> draft = vm.policies().autosave();
        try {
            CompletableFuture.allOf(draft, CompletableFuture.runAsync(() -> uiStore.save(s), services.work().executor()))
                    .get(2, TimeUnit.SECONDS);
        } catch (Exception e) {
            // A hung disk: the window state is a convenience, and the draft saved seconds ago is still there.
        }
    }

    /** Weft's icon at one of the rendered sizes (16, 32, 64, 256). */
    static javafx.scene.image.Image icon(int size) {
        return new javafx.scene.image.Image(java.util.Objects.requireNonNull(
                Shell.class.getResourceAsStream("/dev/weft/ui/icons/weft-" + size + ".png")));
    }

    public boolean isDark() {
        return dark;
    }

    private static double or(Double v, double fallback) {
        return v == null || v < 200 ? fallback : v;
    }
}
