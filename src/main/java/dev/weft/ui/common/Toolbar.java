package dev.weft.ui.common;

import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/** A tab's row of controls. */
public final class Toolbar {
    private Toolbar() {
    }

    /**
     * Keeps each control's whole text when the row is short of room: an HBox shrinks every child to its
     * minimum, which for a button or a label is "…", before it takes room from the one that can spare it
     * (a summary, a spacer).
     */
    public static void keepWhole(Control... controls) {
        for (Control c : controls) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    /** The style class of a tab's button that makes a new thing: what Ctrl+N (⌘N on a Mac) presses. */
    public static final String NEW_ACTION = "new-action";

    /** Marks {@code button} as its tab's "New …" button, pressed by Ctrl+N (⌘N on a Mac), and says so on hover. */
    public static void newAction(javafx.scene.control.Button button) {
        button.getStyleClass().add(NEW_ACTION);
        button.setTooltip(new Tooltip(button.getText().replace("…", "") + " (" + Keys.words(Keys.shortcut(javafx.scene.input.KeyCode.N)) + ")"));
    }

    /** For a label that gives up room (a summary): its whole text on hover when the row has cut it short. */
    public static void wholeOnHover(Label label) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(label.textProperty());
        label.setTooltip(tip);
    }
}
