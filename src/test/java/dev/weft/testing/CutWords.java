package dev.weft.testing;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * The words a person cannot read whole in a part of the window: a label drawn short with "…" (unless
 * its tooltip tells it whole), or a wrapped label so narrow that a word is broken across lines (a
 * value styled {@code detail-value}, an id or address, may wrap anywhere). Table and list cells are
 * left out: they shorten long values by design, and show them whole when widened.
 */
public final class CutWords {
    private CutWords() {
    }

    /** One line per shown label that is cut, saying how (empty: every word whole). Call on the FX thread. */
    public static List<String> in(Node root) {
        List<String> cut = new ArrayList<>();
        collect(root, cut);
        return cut;
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible() || node instanceof Cell<?>) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank() && drawnText(l) != null) {
            String why = why(l, drawnText(l));
            if (why != null) {
                cut.add(describe(l) + ": " + why);
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, cut);
            }
        }
    }

    /** The text a label's skin draws: its own child, not one of its content's (a titled pane's). */
    private static Text drawnText(Labeled l) {
        return l.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast).findFirst().orElse(null);
    }

    private static String why(Labeled l, Text drawn) {
        String hidden = hiddenByClip(l);
        if (hidden != null) {
            return hidden;
        }
        boolean tellsOnHover = l.getTooltip() != null && l.getTooltip().getText() != null && l.getTooltip().getText().contains(l.getText());
        // A label whose text has just changed is drawn anew at the next pulse: not cut, only not drawn yet.
        if (!drawn.getText().equals(l.getText()) && !tellsOnHover && !l.isNeedsLayout()) {
            return "drawn as \"" + drawn.getText() + "\"";
        }
        if (l.isWrapText() && drawn.getWrappingWidth() > 0 && !l.getStyleClass().contains("detail-value")) {
            for (String word : l.getText().split("\\s+")) {
                Text probe = new Text(word);
                probe.setFont(l.getFont());
                double width = probe.getLayoutBounds().getWidth();
                if (width > drawn.getWrappingWidth() + 0.5) {
                    return "\"" + word + "\" broken across lines (" + Math.round(width) + " px in "
                            + Math.round(drawn.getWrappingWidth()) + ")";
                }
            }
        }
        return null;
    }

    /**
     * Whether part of the label lies outside what a clipping ancestor shows (a split's pane, a tab's
     * content, a tab's header row, a scroll pane that does not scroll that way): drawn whole but cut off
     * at the edge. Past a scroll pane, the way it scrolls is not checked again: the label scrolls into
     * view that way. A table's or list's parts scroll into view, so they are left out.
     */
    private static String hiddenByClip(Labeled l) {
        for (Node n = l.getParent(); n != null; n = n.getParent()) {
            if (n instanceof TableView<?> || n instanceof ListView<?> || n instanceof TextInputControl) {
                return null;
            }
        }
        Bounds own = l.localToScene(l.getLayoutBounds());
        boolean across = true;
        boolean down = true;
        for (Node n = l.getParent(); n != null; n = n.getParent()) {
            if (n.getClip() == null) {
                continue;
            }
            Bounds shown = n.localToScene(n.getClip().getBoundsInParent());
            if (n.getParent() instanceof ScrollPane scroll) { // its viewport: cut only where it cannot scroll
                across &= scroll.isFitToWidth();
                down &= scroll.isFitToHeight();
            }
            if (across && own.getMaxX() > shown.getMaxX() + 1) {
                return "cut off at the edge of what shows it (" + Math.round(own.getMaxX() - shown.getMaxX()) + " px past the right)";
            }
            if (down && own.getMaxY() > shown.getMaxY() + 1) {
                return "cut off at the edge of what shows it (" + Math.round(own.getMaxY() - shown.getMaxY()) + " px below)";
            }
        }
        return null;
    }

    private static String describe(Labeled l) {
        String id = l.getId() != null ? "#" + l.getId() : l.getClass().getSimpleName();
        return id + " \"" + l.getText() + "\"";
    }
}
