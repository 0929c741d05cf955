package dev.weft.ui.common;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.scene.shape.StrokeLineCap;

/**
 * A small activity indicator: twelve spokes that step round twelve times a second while it is
 * visible. JavaFX's indeterminate {@code ProgressIndicator} redraws every frame, sixty times a second;
 * on two cores without a GPU that drawing took ~0.1 s of CPU from each 100,000-key load it stood beside.
 * Stepping is what such indicators have always done, and costs a fifth as many frames. The steps are
 * not an animation ({@link Every}), and one hidden with its tab or its table's placeholder asks for no
 * frame at all: a running animation keeps JavaFX drawing sixty frames a second, seen or not.
 */
public final class Busy extends StackPane {
    private static final int SPOKES = 12;
    private final Group wheel = new Group();
    private static final java.time.Duration STEP = java.time.Duration.ofMillis(1000 / SPOKES);
    /** Stops the steps; null while there are none. */
    private Runnable stopSteps;

    public Busy(double size) {
        getStyleClass().add("busy");
        // Told as what it is, not as a group of lines, to a screen reader.
        setAccessibleRole(javafx.scene.AccessibleRole.PROGRESS_INDICATOR);
        setAccessibleText("Loading");
        double outer = size / 2;
        for (int i = 0; i < SPOKES; i++) {
            double angle = Math.toRadians(i * 360.0 / SPOKES);
            Line spoke = new Line(Math.sin(angle) * outer * 0.45, -Math.cos(angle) * outer * 0.45,
                    Math.sin(angle) * outer * 0.9, -Math.cos(angle) * outer * 0.9);
            spoke.getStyleClass().add("busy-spoke");
            spoke.setStrokeWidth(Math.max(1.5, size / 9));
            spoke.setStrokeLineCap(StrokeLineCap.ROUND);
            spoke.setOpacity(0.2 + 0.8 * i / (SPOKES - 1)); // the brightest leads, the rest trail it
            wheel.getChildren().add(spoke);
        }
        getChildren().add(wheel);
        setMinSize(size, size);
        setPrefSize(size, size);
        setMaxSize(size, size);
        visibleProperty().addListener(o -> run());
        sceneProperty().addListener(o -> run());
        run();
    }

    /**
     * Whether the wheel is stepping: only while the indicator is visible in a scene. Steps are held by
     * their timer, so one left stepping in a table cell it was taken out of would never go.
     */
    public boolean turning() {
        return stopSteps != null;
    }

    private void run() {
        boolean wanted = isVisible() && getScene() != null;
        if (wanted && stopSteps == null) {
            stopSteps = Every.run(STEP, this::step);
        } else if (!wanted && stopSteps != null) {
            stopSteps.run();
            stopSteps = null;
        }
    }

    /** One step, if it can be seen: hidden with a parent, it changes nothing and so draws nothing. */
    private void step() {
        for (Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return;
            }
        }
        if (getScene() != null) {
            wheel.setRotate((wheel.getRotate() + 360.0 / SPOKES) % 360);
        }
    }
}
