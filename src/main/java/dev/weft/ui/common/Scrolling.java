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
}
