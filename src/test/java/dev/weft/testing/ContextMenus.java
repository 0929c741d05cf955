package dev.weft.testing;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
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
    public static Map<String, Boolean> rightClick(FxRobot robot, Node node, ContextMenu menu) {
        robot.rightClickOn(node);
        robot.interact(() -> {
            Bounds b = node.localToScreen(node.getBoundsInLocal());
            node.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    b.getWidth() / 2, b.getHeight() / 2, b.getCenterX(), b.getCenterY(), false, null));
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
