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

    /** Applies the theme to the whole application; {@code scene} gets Weft's stylesheet and a dark/light marker. */
    public static void apply(Scene scene, boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        if (!scene.getStylesheets().contains(WEFT_CSS)) {
            scene.getStylesheets().add(WEFT_CSS);
        }
        scene.getRoot().getStyleClass().removeAll("weft-dark", "weft-light");
        scene.getRoot().getStyleClass().add(dark ? "weft-dark" : "weft-light");
    }

    public static boolean isDark(Scene scene) {
        return scene.getRoot().getStyleClass().contains("weft-dark");
    }
}
