package dev.weft.ui.common;

import javafx.application.Platform;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Window;

/**
 * A line in a dialog that answers an action ("Connected…", "Written to…", "Not saved: …") or says what is
 * wrong: it takes no room until it has words, the dialog grows taller to show them whole, and back to its
 * height when they go. A dialog keeps its size as its content changes, so an answer otherwise squeezed the
 * texts around it to "…", and a problem put right while typing left its lines' room blank.
 */
public final class DialogMessage {
    private static final Object CHROME = new Object();
    private static final Object OPENED = new Object();
    /**
     * A wrapped text's preferred height can fall a pixel or two short of what its layout takes: shrunk or grown
     * to it exactly, a dialog cut an answer's last line by 2 px (grown, now and then, on a busy machine). It
     * grows to a little more, and shrinks only when a line's worth is spare, keeping as much.
     */
    private static final double SLACK = 4;
    private DialogMessage() {
    }

    public static void attach(Dialog<?> dialog, Label message) {
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        // Checked again after each layout of the line, since a new text and the window's new height land on
        // different pulses.
        message.textProperty().addListener((o, was, now) -> Platform.runLater(() -> fit(dialog)));
        message.heightProperty().addListener((o, was, now) -> Platform.runLater(() -> fit(dialog)));
    }

    /**
     * At the width it has (its wrapped texts would ask for one long line), as tall as its content, never
     * shorter than it opened; shorter only when there is room to spare. To a height, not by a difference: asked twice before the window had taken the
     * first (a text and the line's new height), growing by the difference grew it twice.
     */
    private static void fit(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        Window window = pane.getScene() == null ? null : pane.getScene().getWindow();
        if (window == null || !window.isShowing()) {
            return;
        }
        // The window's frame, measured before it is first grown here: once asked for a height, the window has
        // it a pulse before its scene does, and the difference then counted the growth twice.
        double chrome = (double) pane.getProperties().computeIfAbsent(CHROME, k -> window.getHeight() - pane.getScene().getHeight());
        double opened = (double) pane.getProperties().computeIfAbsent(OPENED, k -> window.getHeight());
        double wanted = Math.max(opened, pane.prefHeight(pane.getWidth()) + chrome);
        if (wanted > window.getHeight() + 0.5 || wanted + SLACK < window.getHeight()) {
            resize(window, wanted + SLACK / 2);
        }
    }

    /**
     * The height, with the width it has: a height alone, asked for just after the window opened (before the
     * desktop had told GTK its size), reached GTK with a width of 0 ("Gtk-CRITICAL: gtk_window_resize:
     * assertion 'width > 0' failed" on the terminal each time a profile dialog opened).
     */
    private static void resize(Window window, double height) {
        window.setWidth(window.getWidth());
        window.setHeight(height);
        OnScreen.moveInto(window); // grown downwards from where it was put, its buttons could go below the screen
    }
}
