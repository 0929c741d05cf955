package dev.weft.ui.common;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Plain text onto the system clipboard (secrets go through the secret dialog, which clears it again). */
public final class ClipboardText {
    private ClipboardText() {
    }

    public static void put(String text) {
        ClipboardContent c = new ClipboardContent();
        c.putString(text);
        Clipboard.getSystemClipboard().setContent(c);
    }
}
