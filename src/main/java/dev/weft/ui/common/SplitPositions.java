package dev.weft.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Where a view's splits (those with an id) have their dividers, as fractions, kept between runs. */
public final class SplitPositions {
    private static final String INTENDED = "weft.split.intended";

    private SplitPositions() {
    }

    /**
     * Puts each split's dividers where {@code saved} says, when it names as many as the split has, and
     * keeps them there as the window is resized.
     */
    public static void restore(Node view, Function<String, List<Double>> saved) {
        for (SplitPane split : splits(view)) {
            List<Double> at = saved.apply(split.getId());
            if (at.size() == split.getDividers().size()) {
                split.setDividerPositions(at.stream().mapToDouble(Double::doubleValue).toArray());
            }
            keepAcrossResizes(split);
        }
    }

    /** Adds where each split's dividers were left to {@code into}, by the split's id, to three decimals. */
    public static void collect(Node view, Map<String, List<Double>> into) {
        for (SplitPane split : splits(view)) {
            into.put(split.getId(), Arrays.stream(intended(split)).mapToObj(p -> Math.round(p * 1000) / 1000.0).toList());
        }
    }

    /**
     * A narrower window pushes a split's dividers aside to keep its panes' minimum widths, and JavaFX
     * leaves them there when the window widens again: narrowed once, a details pane stayed at half the
     * window. So the positions the user left (dragged, or restored) are kept aside and asked for again
     * at every change of width; the split still keeps its panes' minimums.
     */
    private static void keepAcrossResizes(SplitPane split) {
        split.getProperties().put(INTENDED, split.getDividerPositions());
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (onADivider(e.getTarget(), split)) {
                split.getProperties().put(INTENDED, split.getDividerPositions());
            }
        });
        // After the layout the new width causes: the split's own handling of a resize would otherwise win.
        split.widthProperty().addListener((o, was, now) -> Platform.runLater(() -> split.setDividerPositions(intended(split))));
    }

    private static double[] intended(SplitPane split) {
        return split.getProperties().get(INTENDED) instanceof double[] at ? at : split.getDividerPositions();
    }

    private static boolean onADivider(Object target, SplitPane split) {
        for (Node n = target instanceof Node node ? node : null; n != null && n != split; n = n.getParent()) {
            if (n.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }

    private static List<SplitPane> splits(Node view) {
        return Nodes.all(view, SplitPane.class).stream().filter(s -> s.getId() != null).toList();
    }
}
