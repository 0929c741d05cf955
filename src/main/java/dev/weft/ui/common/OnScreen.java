package dev.weft.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Window;

/** Keeping a window whole on the screen it is on, within what the screen's panels leave. */
public final class OnScreen {
    private OnScreen() {
    }

    /** The visual bounds of the screen the window (at this place and size) is on, or the main screen's. */
    public static Rectangle2D boundsFor(Window window, double width, double height) {
        return Screen.getScreensForRectangle(window.getX(), window.getY(), width, height).stream().findFirst()
                .orElse(Screen.getPrimary()).getVisualBounds();
    }

    /** Moves the window the least it takes to be whole on its screen (its top left kept on it if it is larger). */
    public static void moveInto(Window window) {
        Rectangle2D screen = boundsFor(window, window.getWidth(), window.getHeight());
        window.setX(Math.max(screen.getMinX(), Math.min(window.getX(), screen.getMaxX() - window.getWidth())));
        window.setY(Math.max(screen.getMinY(), Math.min(window.getY(), screen.getMaxY() - window.getHeight())));
    }
}
