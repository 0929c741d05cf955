package dev.weft.ui.common;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Group;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.scene.shape.StrokeLineCap;
import javafx.util.Duration;

/**
 * A small activity indicator: twelve spokes that step round twelve times a second while it is
 * visible. JavaFX's indeterminate {@code ProgressIndicator} redraws every frame, sixty times a second;
 * on two cores without a GPU that drawing took ~0.1 s of CPU from each 100,000-key load it stood beside.
 * Stepping is what such indicators have always done, and costs a fifth as many frames.
 */
public final class Busy extends StackPane {
    private static final int SPOKES = 12;
    private final Group wheel = new Group();
    private final Timeline steps = new Timeline(new KeyFrame(Duration.millis(1000.0 / SPOKES),
            e -> wheel.setRotate((wheel.getRotate() + 360.0 / SPOKES) % 360)));

    public Busy(double size) {
        getStyleClass().add("busy");
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
        steps.setCycleCount(Timeline.INDEFINITE);
        visibleProperty().addListener(o -> run());
        sceneProperty().addListener(o -> run());
        run();
    }

    /**
     * Whether the wheel is turning: only while the indicator is visible in a scene. A running animation
     * is held by JavaFX's timer, so one left turning in a table cell it was taken out of would never go.
     */
    public boolean turning() {
        return steps.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    private void run() {
        if (isVisible() && getScene() != null) {
            steps.play();
        } else {
            steps.stop();
        }
    }
}
