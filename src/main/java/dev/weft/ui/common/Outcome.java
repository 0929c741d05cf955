package dev.weft.ui.common;

import javafx.scene.control.Label;

/** A line saying how an action went: green once it went through, red when it did not, plain while it runs. */
public final class Outcome {
    private static final String WENT = "connection-ok";
    private static final String FAILED = "connection-failed";
    /** Plain even on a line whose own colour is an error's (a form's error line, where "Sending…" read red). */
    private static final String PLAIN = "outcome-plain";

    private Outcome() {
    }

    public static void running(Label line, String words) {
        say(line, words, PLAIN);
    }

    /** The action has ended: the line says nothing, in its own colour, until it is told what came of it. */
    public static void ended(Label line) {
        say(line, "", null);
    }

    /**
     * Says the action {@code button} started is running, the button disabled meanwhile. The keyboard stays where
     * it was: a disabled button hands it to the next control, and a scroll pane scrolled that into view (Apply in
     * a bucket's side pane took the user down to the S3 commands, the outcome out of sight).
     */
    public static void sending(javafx.scene.control.Button button, Label line, String words) {
        if (button.isFocused() && button.getParent() != null) {
            button.getParent().requestFocus();
        }
        button.setDisable(true);
        running(line, words);
    }

    public static void went(Label line, String words) {
        say(line, words, WENT);
    }

    public static void failed(Label line, String words) {
        say(line, words, FAILED);
    }

    private static void say(Label line, String words, String style) {
        line.getStyleClass().removeAll(WENT, FAILED, PLAIN);
        if (style != null) {
            line.getStyleClass().add(style);
        }
        line.setText(words);
    }
}
