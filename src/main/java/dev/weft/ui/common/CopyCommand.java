package dev.weft.ui.common;

import javafx.scene.control.Button;

/**
 * A button under an answer that ends with a command to try ("Try: kubectl …"): it copies the command, to paste into
 * a terminal rather than type a path or a name again. Shown, and taking room, only while there is one.
 */
public final class CopyCommand extends Button {
    private String command;

    public CopyCommand(String words, String id) {
        super(words);
        setId(id);
        setVisible(false);
        managedProperty().bind(visibleProperty());
        setOnAction(e -> ClipboardText.put(command));
    }

    /** The command to copy, or null for none (the button goes). */
    public void offer(String command) {
        this.command = command;
        setVisible(command != null);
    }
}
