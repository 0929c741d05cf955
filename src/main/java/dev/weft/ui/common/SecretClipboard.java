package dev.weft.ui.common;

import javafx.animation.PauseTransition;
import javafx.scene.input.Clipboard;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.List;

/**
 * A secret put on the clipboard for a while, then taken off, unless something else was copied since. Taken
 * off too when Weft quits before: a clipboard outlives the program that filled it on macOS and Windows, and
 * on Linux where a clipboard manager keeps it, and the secret stayed there for whatever pasted next.
 * FX thread only.
 */
public final class SecretClipboard {
    /** The secrets put on the clipboard and not yet taken off. */
    private static final List<String> WAITING = new ArrayList<>();

    private SecretClipboard() {
    }

    public static void put(String secret, Duration forHowLong) {
        ClipboardText.put(secret);
        WAITING.add(secret);
        PauseTransition later = new PauseTransition(forHowLong);
        later.setOnFinished(e -> takeOff(secret));
        later.play();
    }

    /** As Weft quits: a secret still on the clipboard is taken off. */
    public static void takeOffAll() {
        for (String secret : List.copyOf(WAITING)) {
            takeOff(secret);
        }
    }

    private static void takeOff(String secret) {
        WAITING.remove(secret);
        Clipboard c = Clipboard.getSystemClipboard();
        if (secret.equals(c.getString())) {
            c.clear();
        }
    }
}
