package dev.weft.ui;

import dev.weft.testing.Waits;
import dev.weft.ui.shell.ShellFixture;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.control.ListView;
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

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone working from the keyboard sees where the Tab key has taken them: every stop, in every tab and in
 * the forms and dialogs, looks different with the keyboard on it than a moment before. (The sandbox notice's
 * Dismiss, the tab headers, check boxes and 23 more showed nothing: the keyboard seemed lost for a stop.)
 */
@ExtendWith(ApplicationExtension.class)
class FocusVisibleTest {
    private ShellFixture f;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        f = new ShellFixture();
        f.open(stage);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        f.close();
    }

    @Test
    void everyTabStopShowsItHasTheKeyboard(FxRobot robot) {
        Waits.fx(() -> f.shell.viewModel().lastRefreshProperty().get() != null);
        Set<String> unseen = new LinkedHashSet<>();
        int stops = 0;
        // Each tab with its first row chosen, so that its details are there too (the policy's statements, the bucket's settings)
        List<String> lists = List.of("#clusters-table", "#keys-table", "#policy-list", "#buckets-table");
        for (int i = 0; i < lists.size(); i++) {
            shortcut(robot, KeyCode.valueOf("DIGIT" + (i + 1)));
            javafx.scene.control.Control list = robot.lookup(lists.get(i)).queryAs(javafx.scene.control.Control.class);
            robot.interact(() -> (list instanceof javafx.scene.control.TableView<?> t ? t.getSelectionModel()
                    : ((ListView<?>) list).getSelectionModel()).select(0));
            stops += walk(robot, stage.getScene(), unseen);
        }
        assertThat(stops).as("the walk went through the window").isGreaterThan(40);
        // The forms and dialogs, each opened from the keyboard as its own window
        for (KeyCode tab : List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3)) {
            shortcut(robot, tab);
            stops += inDialog(robot, KeyCode.N, unseen);
        }
        stops += inDialog(robot, KeyCode.COMMA, unseen);
        shortcut(robot, KeyCode.DIGIT1); // its first cluster, running, chosen above
        stops += inDialog(robot, () -> robot.clickOn("#cluster-kubeconfig"), unseen);
        stops += inDialog(robot, () -> robot.clickOn("#notice-add-profile"), unseen);
        assertThat(unseen).as("stops that look the same with the keyboard on them and without").isEmpty();
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int inDialog(FxRobot robot, KeyCode key, Set<String> unseen) {
        return inDialog(robot, () -> shortcut(robot, key), unseen);
    }

    /** Opens a window, walks it and closes it. */
    private int inDialog(FxRobot robot, Runnable open, Set<String> unseen) {
        open.run();
        javafx.stage.Window dialog = Waits.settled(() -> robot.listTargetWindows().stream()
                .filter(w -> w != stage && w instanceof Stage && w.isShowing()).findFirst().orElse(null), w -> w != null);
        assertThat(dialog).as("a window opened").isNotNull();
        WaitForAsyncUtils.waitForFxEvents();
        int stops = walk(robot, dialog.getScene(), unseen);
        robot.interact(((Stage) dialog)::close);
        WaitForAsyncUtils.waitForFxEvents();
        return stops;
    }

    /**
     * Goes round the scene's Tab stops once, and names those that look the same as the moment before the
     * Tab key brought the focus there.
     */
    private int walk(FxRobot robot, Scene scene, Set<String> unseen) {
        List<Node> seen = new ArrayList<>();
        Node first = null;
        WritableImage before = snapshot(scene);
        for (int i = 0; i < 80; i++) {
            robot.press(KeyCode.TAB).release(KeyCode.TAB);
            Node owner = scene.getFocusOwner();
            if (owner == null || owner == first) {
                break;
            }
            if (first == null) {
                first = owner;
            }
            WritableImage focused = snapshot(scene);
            if (!seen.contains(owner)) {
                seen.add(owner);
                Bounds where = WaitForAsyncUtils.waitForAsyncFx(5000, () -> owner.localToScene(owner.getLayoutBounds()));
                if (same(before, focused, where)) {
                    unseen.add(describe(owner));
                }
            }
            before = focused;
        }
        return seen.size();
    }

    private static WritableImage snapshot(Scene scene) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> scene.snapshot(null));
    }

    /** The node's area, and the few pixels around it where a focus ring is drawn, are the same in both. */
    private static boolean same(WritableImage a, WritableImage b, Bounds where) {
        PixelReader pa = a.getPixelReader();
        PixelReader pb = b.getPixelReader();
        int x0 = Math.max(0, (int) where.getMinX() - 3);
        int y0 = Math.max(0, (int) where.getMinY() - 3);
        int x1 = Math.min((int) a.getWidth(), (int) Math.ceil(where.getMaxX()) + 3);
        int y1 = Math.min((int) a.getHeight(), (int) Math.ceil(where.getMaxY()) + 3);
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (pa.getArgb(x, y) != pb.getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String describe(Node n) {
        String text = n instanceof javafx.scene.control.Labeled l ? " \"" + l.getText() + "\"" : "";
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : " #" + n.getId()) + text + " " + n.getStyleClass();
    }
}
