package dev.weft.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The 15 px font a Linux desktop here draws in (the tests otherwise draw in 14 px), as a stylesheet. Added
 * to the main window's scene, it reaches the dialogs opened from it too: a dialog takes its owner's
 * stylesheets when it opens, so it is sized in that font.
 */
public final class DesktopFont {
    public static final String STYLESHEET = "data:text/css;base64,"
            + Base64.getEncoder().encodeToString(".root { -fx-font-size: 15px; }".getBytes(StandardCharsets.UTF_8));

    private DesktopFont() {
    }
}
