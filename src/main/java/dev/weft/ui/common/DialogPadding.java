package dev.weft.ui.common;

import javafx.geometry.Insets;

/** How far a dialog's content sits from the dialog's edges: its texts in line with the forms' fields. */
public final class DialogPadding {
    /**
     * Left and right as the forms' fields sit (a few pixels inside the header's text); with the 4 px that
     * some dialogs had, their texts stood out to the left of their own header.
     */
    public static final Insets CONTENT = new Insets(10, 18, 4, 18);

    private DialogPadding() {
    }
}
