package dev.weft.ui.common;

import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.PopupControl;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Menus, lists and tooltips without their drop shadow where windows cannot be see-through: an X server
 * without a compositing manager (a remote desktop, a plain window manager) paints the shadow's margin of
 * every popup white, a bright frame around each dark-theme menu. A popup without the shadow is only its
 * content, drawn whole. Where windows can be see-through, nothing changes.
 */
public final class OpaquePopups {
    /** No shadow, and square corners: a rounded corner's outside is see-through too. */
    private static final String NO_SHADOW = "-fx-effect: null; -fx-background-radius: 0; -fx-border-radius: 0;";

    private static final String WATCHED = "weft.popup.flattened";

    private OpaquePopups() {
    }

    /** From now on, on a platform without see-through windows. Call on the FX thread. */
    public static void installWhereNeeded() {
        if (Platform.isSupported(ConditionalFeature.TRANSPARENT_WINDOW)) {
            return;
        }
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window w : change.getAddedSubList()) {
                    // Once per popup: a menu is added to the windows again each time it shows.
                    if (w instanceof PopupWindow popup && popup.getProperties().putIfAbsent(WATCHED, Boolean.TRUE) == null) {
                        popup.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> flatten(popup));
                    }
                }
            }
        });
    }

    /** Takes the shadow off every node of the popup that has one; the popup then fits its content. */
    static void flatten(PopupWindow popup) {
        // A menu's content takes its style from the menu (bound): the menu is where it is set.
        if (popup instanceof PopupControl control && !noShadow(control.getStyle())) {
            control.setStyle(control.getStyle() + NO_SHADOW);
        }
        if (popup.getScene() != null) {
            flatten(popup.getScene().getRoot());
        }
    }

    private static boolean noShadow(String style) {
        return style != null && style.contains(NO_SHADOW);
    }

    private static void flatten(Node node) {
        if (node.getEffect() != null && !node.styleProperty().isBound() && !noShadow(node.getStyle())) {
            node.setStyle((node.getStyle() == null ? "" : node.getStyle()) + NO_SHADOW);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                flatten(child);
            }
        }
    }
}
