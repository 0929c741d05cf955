package dev.weft.ui.shell;

import dev.weft.testing.CutWords;
import dev.weft.testing.DesktopFont;
import dev.weft.testing.Waits;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every dialog, drawn in the 15 px font a Linux desktop here draws in ({@link DesktopFont}, set on the main
 * window and so on every dialog opened from it), says every word whole; and once closed, nothing keeps it (a
 * dialog a view model's listener still held would be memory lost at every opening, in a session left open all day).
 */
@ExtendWith(ApplicationExtension.class)
class DialogsTest {
    private ShellFixture f;
    private Stage stage;
    private final List<String> cut = new ArrayList<>();
    private final List<String> unnamed = new ArrayList<>();
    /** Every dialog checked, held weakly: once closed, nothing of the app should keep it. */
    private final java.util.Map<String, java.lang.ref.WeakReference<DialogPane>> closed = new java.util.LinkedHashMap<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        f = new ShellFixture();
        f.open(stage);
        stage.getScene().getStylesheets().add(DesktopFont.STYLESHEET);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        f.close();
    }

    /**
     * Opens a dialog with {@code open}, does {@code inside} in it, notes any word cut and any field a screen
     * reader would read without a name, and closes it.
     */
    private void check(FxRobot robot, String what, Runnable open, Consumer<DialogPane> inside) {
        Set<Window> before = WaitForAsyncUtils.waitForAsyncFx(5000, () -> new HashSet<>(Window.getWindows()));
        open.run();
        DialogPane pane = Waits.settled(() -> Window.getWindows().stream().filter(w -> !before.contains(w) && w.isShowing())
                .map(w -> w.getScene().getRoot()).filter(DialogPane.class::isInstance).map(DialogPane.class::cast)
                .findFirst().orElse(null), p -> p != null);
        assertThat(pane).as("the %s dialog opened", what).isNotNull();
        inside.accept(pane);
        Waits.settled(() -> CutWords.in(pane), List::isEmpty).forEach(c -> cut.add(what + ": " + c));
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> dev.weft.testing.UnnamedFields.in(pane)).forEach(u -> unnamed.add(what + ": " + u));
        robot.interact(() -> pane.getScene().getWindow().hide());
        closed.put(what, new java.lang.ref.WeakReference<>(pane));
    }

    /** Closes what a check left open under the dialog it checked (the form a nested dialog was opened from). */
    private void closeDialogs(FxRobot robot) {
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
    }

    /** A dialog the new-cluster form opens: checked, then closed with the form under it. */
    private void checkFromTheNewClusterForm(FxRobot robot, String what, String button) {
        check(robot, what, () -> {
            robot.clickOn("#cluster-create");
            Waits.fx(() -> robot.lookup("#" + button).tryQuery().isPresent());
            robot.clickOn("#" + button);
        }, pane -> { });
        closeDialogs(robot);
    }

    /** Presses a button as a click does (a click could land while the window was still taking focus back). */
    private void check(FxRobot robot, String what, String button) {
        check(robot, what, () -> javafx.application.Platform.runLater(
                () -> robot.lookup("#" + button).queryAs(javafx.scene.control.ButtonBase.class).fire()), pane -> { });
    }

    /** The closed dialogs something still holds, after collections (a few: the toolkit lets go of a window lazily). */
    private List<String> keptAfterClosing() {
        List<String> kept = List.of();
        for (int i = 0; i < 20; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            System.gc();
            kept = closed.entrySet().stream().filter(e -> e.getValue().get() != null).map(java.util.Map.Entry::getKey).toList();
            if (kept.isEmpty()) {
                break;
            }
            WaitForAsyncUtils.sleep(100, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        return kept;
    }

    private void select(FxRobot robot, String table, int row) {
        robot.interact(() -> robot.lookup("#" + table).queryAs(TableView.class).getSelectionModel().select(row));
    }

    @Test
    void everyDialogSaysEveryWordWholeInADesktopsFontNamesEveryFieldAndIsLetGoWhenClosed(FxRobot robot) {
        Waits.fx(() -> f.shell.viewModel().clusters().items().size() == 4);
        check(robot, "new cluster, advanced open", () -> robot.clickOn("#cluster-create"), pane -> {
            robot.interact(() -> ((TitledPane) pane.lookup("#cluster-advanced")).setExpanded(true));
            WaitForAsyncUtils.waitForFxEvents();
        });
        checkFromTheNewClusterForm(robot, "new VPC", "cluster-new-vpc");
        checkFromTheNewClusterForm(robot, "a request as curl", "create-cluster-curl");
        select(robot, "clusters-table", 0);
        check(robot, "edit cluster", "cluster-edit");
        check(robot, "upgrade", "cluster-upgrade");
        check(robot, "delete cluster", "cluster-delete");
        check(robot, "kubeconfig", "cluster-kubeconfig");
        check(robot, "VPCs", () -> javafx.application.Platform.runLater(() -> robot.lookup("#cluster-vpcs").queryButton().fire()),
                pane -> Waits.fx(() -> ((javafx.scene.control.Label) pane.lookup("#vpcs-state")).getText().endsWith("VPCs.")));

        check(robot, "add profile", () -> robot.clickOn("#profiles-menu").clickOn("#add-profile"), pane -> { });
        check(robot, "preferences", "preferences");
        // F1's own action, as the window runs it: a key released through the robot lands in the sheet, which has
        // the focus by then, and that event's target stays held outside the app (F1 itself: ShellTest).
        check(robot, "keyboard shortcuts", () -> javafx.application.Platform.runLater(() -> stage.getScene().getAccelerators()
                .get(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.F1)).run()), pane -> { });
        check(robot, "requests", () -> javafx.application.Platform.runLater(() -> stage.getScene().getAccelerators()
                .get(Shell.REQUESTS).run()), pane -> { });

        robot.interact(() -> robot.lookup("#tabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().select(1));
        Waits.fx(() -> f.shell.viewModel().accessKeys().items().size() == 12);
        check(robot, "new key", "key-create");
        check(robot, "SAML credentials", "key-saml");
        select(robot, "keys-table", 0);
        check(robot, "revoke", "key-revoke");
        check(robot, "revoke all of a principal's", "key-revoke-principal");
        // From the row's menu, as the keyboard shortcuts' sheet is opened: a key released through the robot lands in
        // the dialog and stays held outside the app.
        check(robot, "a key's details", () -> javafx.application.Platform.runLater(() -> robot.lookup("#keys-table")
                .queryAs(TableView.class).getContextMenu().getItems().stream().filter(i -> "Details…".equals(i.getText()))
                .findFirst().orElseThrow().fire()),
                pane -> Waits.fx(() -> !((javafx.scene.control.Label) pane.lookup("#key-details-check")).getText().startsWith("Checking")));

        robot.interact(() -> robot.lookup("#tabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().select(2));
        Waits.fx(() -> f.shell.viewModel().policies().policies().size() == 3);
        check(robot, "new policy", "policy-new");
        robot.interact(() -> robot.lookup("#policy-list").queryAs(ListView.class).getSelectionModel().select(1));
        Waits.fx(() -> robot.lookup("#statement-pick-0").tryQuery().isPresent());
        check(robot, "pick actions", "statement-pick-0");
        check(robot, "delete policy", "policy-delete");
        robot.interact(() -> {
            javafx.scene.control.TextField actions = robot.lookup("#statement-actions-0").queryAs(javafx.scene.control.TextField.class);
            actions.setText("s3:ListAllMyBuckets, s3:GetBucketLocation");
            actions.fireEvent(new javafx.event.ActionEvent());
        });
        check(robot, "apply a policy", "policy-apply");

        robot.interact(() -> robot.lookup("#tabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().select(0));
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            var switcher = (javafx.scene.control.ComboBox<dev.weft.profiles.Profile>) robot.lookup("#profile-switcher").query();
            switcher.setValue(switcher.getItems().get(1)); // the Kupe sandbox
        });
        Waits.fx(() -> f.shell.viewModel().clusters().items().size() == 2);
        check(robot, "new Kupe cluster", "cluster-create");
        select(robot, "clusters-table", 0);
        check(robot, "edit a Kupe cluster", "cluster-edit");

        assertThat(cut).as("words cut in the dialogs").isEmpty();
        closeDialogs(robot);
        assertThat(keptAfterClosing()).as("dialogs still held after they were closed (memory a long session would lose)").isEmpty();
        assertThat(unnamed).as("fields without a name for a screen reader (a label's labelFor, or an accessible text)").isEmpty();
    }
}
