package dev.weft.testing;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import org.testfx.api.FxRobot;

import java.util.LinkedHashMap;
import java.util.Map;

/** A right click's menu, as a test reads it. */
public final class ContextMenus {
    private ContextMenus() {
    }

    /**
     * Right-clicks the node (which selects its row) and sends what the platform sends after it: Monocle, the
     * headless platform, sends no context-menu request (TestFX issue 645). Returns the menu's items by their
     * words, each with whether it is enabled, and hides the menu again (Monocle gives its popup no keys).
     */
    public static Map<String, Boolean> rightClick(FxRobot robot, Node node, Control list) {
        ContextMenu menu = list.getContextMenu();
        Bounds b = org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(5000, () -> node.localToScreen(node.getBoundsInLocal()));
        // At the point where it is drawn: a table remakes its cells when it refreshes, the row stays where it is.
        robot.clickOn(new javafx.geometry.Point2D(b.getCenterX(), b.getCenterY()), javafx.scene.input.MouseButton.SECONDARY);
        // To the list that owns the menu, where the request would arrive: the row's cell may be remade by then.
        robot.interact(() -> {
            javafx.geometry.Point2D at = list.screenToLocal(b.getCenterX(), b.getCenterY());
            list.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    at.getX(), at.getY(), b.getCenterX(), b.getCenterY(), false, null));
        });
        Waits.fx(menu::isShowing);
        Map<String, Boolean> items = new LinkedHashMap<>();
        for (MenuItem i : menu.getItems()) {
            if (i.getText() != null) {
                items.put(i.getText(), !i.isDisable());
            }
        }
        robot.interact(menu::hide);
        return items;
    }
}
