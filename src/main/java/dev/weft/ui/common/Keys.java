package dev.weft.ui.common;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** Keys as this platform names them: "Ctrl+R" on Linux and Windows, "⌘R" on a Mac. */
public final class Keys {
    private Keys() {
    }

    /** {@code key} with Ctrl, or with Cmd on a Mac. */
    public static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    /**
     * As the platform writes the keys, but "Backspace" as the key is labelled, not JavaFX's "Back Space", "Menu key"
     * for its "Context Menu", and "Enter" where JavaFX draws Return's Mac glyph "↵" on every platform.
     */
    public static String words(KeyCombination keys) {
        String text = keys.getDisplayText().replace("Back Space", "Backspace").replace("Context Menu", "Menu key");
        return MAC ? text : text.replace("↵", "Enter");
    }

    private static final boolean MAC = System.getProperty("os.name", "").startsWith("Mac");
}
