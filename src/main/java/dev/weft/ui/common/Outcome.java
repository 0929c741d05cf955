package dev.weft.ui.common;

import javafx.scene.control.Label;

/** A line saying how an action went: green once it went through, red when it did not, plain while it runs. */
public final class Outcome {
    private static final String WENT = "connection-ok";
    private static final String FAILED = "connection-failed";

    private Outcome() {
    }

    public static void running(Label line, String words) {
        say(line, words, null);
    }

    public static void went(Label line, String words) {
        say(line, words, WENT);
    }

    public static void failed(Label line, String words) {
        say(line, words, FAILED);
    }

    private static void say(Label line, String words, String style) {
        line.getStyleClass().removeAll(WENT, FAILED);
        if (style != null) {
            line.getStyleClass().add(style);
        }
        line.setText(words);
    }
}
