package dev.weft.ui.common;

import javafx.application.Platform;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Window;

/**
 * A line in a dialog that answers an action ("Connected…", "Written to…", "Not saved: …"): it takes no
 * room until it has words, and the dialog grows taller to show them whole. A dialog keeps its size as its
 * content grows, so an answer otherwise squeezed the texts around it to "…".
 */
public final class DialogMessage {
    private DialogMessage() {
    }

    public static void attach(Dialog<?> dialog, Label message) {
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        // Checked again after each layout of the line, since a new text and the window's new height land on
        // different pulses.
        message.textProperty().addListener((o, was, now) -> Platform.runLater(() -> grow(dialog)));
        message.heightProperty().addListener((o, was, now) -> Platform.runLater(() -> grow(dialog)));
    }

    /** Taller only, at the width it has: its wrapped texts would ask for one long line. */
    private static void grow(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        Window window = pane.getScene() == null ? null : pane.getScene().getWindow();
        double more = pane.prefHeight(pane.getWidth()) - pane.getHeight();
        if (window != null && window.isShowing() && more > 0.5) {
            window.setHeight(window.getHeight() + more);
        }
    }
}
