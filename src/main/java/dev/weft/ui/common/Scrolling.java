package dev.weft.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Side panes and long content in a short window. */
public final class Scrolling {
    private Scrolling() {
    }

    /**
     * {@code content} as wide as the pane, wrapping its text, and scrolled up and down when the window is
     * too short for it (sideways only if it cannot be made narrow enough).
     */
    public static ScrollPane down(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /**
     * Scrolls {@code scroll} as little as it takes for {@code node}, in its content, to be in view: a line that
     * appears under a long form (why it was refused) came below the fold, the view kept where it was.
     */
    public static void intoView(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        scroll.applyCss();
        scroll.layout();
        javafx.geometry.Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double view = scroll.getViewportBounds().getHeight();
        double room = content.getLayoutBounds().getHeight() - view;
        if (b == null || room <= 0) {
            return;
        }
        double span = scroll.getVmax() - scroll.getVmin();
        double top = (scroll.getVvalue() - scroll.getVmin()) / span * room;
        if (b.getMaxY() > top + view) {
            top = Math.min(b.getMinY(), b.getMaxY() - view); // its top in view, if it is taller than the view
        } else if (b.getMinY() < top) {
            top = b.getMinY();
        }
        scroll.setVvalue(scroll.getVmin() + Math.max(0, Math.min(room, top)) / room * span);
    }
}
