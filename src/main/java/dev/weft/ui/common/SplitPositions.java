package dev.weft.ui.common;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Where a view's splits (those with an id) have their dividers, as fractions, kept between runs. */
public final class SplitPositions {
    private SplitPositions() {
    }

    /** Puts each split's dividers where {@code saved} says, when it names as many as the split has. */
    public static void restore(Node view, Function<String, List<Double>> saved) {
        for (SplitPane split : splits(view)) {
            List<Double> at = saved.apply(split.getId());
            if (at.size() == split.getDividers().size()) {
                split.setDividerPositions(at.stream().mapToDouble(Double::doubleValue).toArray());
            }
        }
    }

    /** Adds where each split's dividers are now to {@code into}, by the split's id, to three decimals. */
    public static void collect(Node view, Map<String, List<Double>> into) {
        for (SplitPane split : splits(view)) {
            into.put(split.getId(), split.getDividers().stream().map(d -> Math.round(d.getPosition() * 1000) / 1000.0).toList());
        }
    }

    private static List<SplitPane> splits(Node view) {
        return view.lookupAll(".split-pane").stream()
                .filter(n -> n instanceof SplitPane s && s.getId() != null).map(n -> (SplitPane) n).toList();
    }
}
