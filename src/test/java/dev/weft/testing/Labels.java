package dev.weft.testing;

import javafx.scene.control.Label;

/** What a person sees of wrapped labels. */
public final class Labels {
    private Labels() {
    }

    /** How many pixels of height the worst-off label lacks to show all its lines (0 or less: all shown). */
    public static double shortfall(Label... labels) {
        double worst = Double.NEGATIVE_INFINITY;
        for (Label l : labels) {
            worst = Math.max(worst, l.prefHeight(l.getWidth()) - l.getHeight());
        }
        return worst;
    }
}
