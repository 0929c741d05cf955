package dev.weft.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;

import java.util.ArrayList;
import java.util.List;

/** Finding a view's parts before it is on screen. */
public final class Nodes {
    private Nodes() {
    }

    /**
     * The nodes of {@code type} in {@code root}, itself included. Unlike {@code lookupAll} it looks into the
     * panes a split, scroll, tab or titled pane holds before their skins make them children: a view is
     * searched when it is built, and a table in a split was not found then.
     */
    public static <T extends Node> List<T> all(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <T extends Node> void collect(Node node, Class<T> type, List<T> found) {
        if (node == null) {
            return;
        }
        if (type.isInstance(node)) {
            found.add(type.cast(node));
        }
        if (node instanceof SplitPane split) {
            split.getItems().forEach(n -> collect(n, type, found));
        } else if (node instanceof ScrollPane scroll) {
            collect(scroll.getContent(), type, found);
        } else if (node instanceof TabPane tabs) {
            tabs.getTabs().stream().map(Tab::getContent).forEach(n -> collect(n, type, found));
        } else if (node instanceof TitledPane titled) {
            collect(titled.getContent(), type, found);
        } else if (node instanceof Parent parent && !(node instanceof javafx.scene.control.Control)) {
            parent.getChildrenUnmodifiable().forEach(n -> collect(n, type, found));
        }
    }
}
