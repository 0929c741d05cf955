package dev.weft.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

import java.util.Objects;

/** Applies AtlantaFX's Primer themes, light or dark, plus Weft's own small stylesheet. */
public final class Themes {
    private static final String WEFT_CSS = Objects.requireNonNull(Themes.class.getResource("/dev/weft/ui/weft.css")).toExternalForm();

    private Themes() {
    }

    /**
     * Sets the theme's stylesheet for the whole application. Called before the first control is made,
     * it also spares JavaFX loading its default stylesheet only to replace it; the precompiled (binary)
     * form is read several times faster than the text one.
     */
    public static void useFor(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
    }

    /** Applies the theme to the whole application; {@code scene} gets Weft's stylesheet and a dark/light marker. */
    public static void apply(Scene scene, boolean dark) {
        useFor(dark);
        if (!scene.getStylesheets().contains(WEFT_CSS)) {
            scene.getStylesheets().add(WEFT_CSS);
        }
        scene.getRoot().getStyleClass().removeAll("weft-dark", "weft-light");
        scene.getRoot().getStyleClass().add(dark ? "weft-dark" : "weft-light");
    }

    /**
     * Gives a popup Weft's stylesheet from its first showing. ControlsFX's completion popup is styled once
     * before it takes its owner window's stylesheets, and without Weft's its Modena colour names were
     * unresolved (a CSS warning at the first suggestion).
     */
    static <P extends javafx.stage.PopupWindow> P styled(P popup) {
        popup.getScene().getStylesheets().add(WEFT_CSS);
        return popup;
    }

    public static boolean isDark(Scene scene) {
        return scene.getRoot().getStyleClass().contains("weft-dark");
    }
}
