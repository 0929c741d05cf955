package dev.weft.ui.common;

/**
 * What the window remembers between runs: geometry, the selected tab, the active profile, the theme,
 * and whether the sandbox notice was dismissed. Any field may be null (not known yet).
 */
public record UiState(Double x, Double y, Double width, Double height, Boolean maximized, Integer tab,
                      String activeProfile, Theme theme, Boolean sandboxNoticeDismissed) {

    public static UiState defaults() {
        return new UiState(null, null, 1200.0, 760.0, false, 0, null, Theme.SYSTEM, false);
    }

    public UiState withGeometry(double nx, double ny, double w, double h, boolean max) {
        return new UiState(nx, ny, w, h, max, tab, activeProfile, theme, sandboxNoticeDismissed);
    }

    public UiState withTab(int t) {
        return new UiState(x, y, width, height, maximized, t, activeProfile, theme, sandboxNoticeDismissed);
    }

    public UiState withActiveProfile(String id) {
        return new UiState(x, y, width, height, maximized, tab, id, theme, sandboxNoticeDismissed);
    }

    public UiState withTheme(Theme t) {
        return new UiState(x, y, width, height, maximized, tab, activeProfile, t, sandboxNoticeDismissed);
    }

    public UiState withSandboxNoticeDismissed(boolean d) {
        return new UiState(x, y, width, height, maximized, tab, activeProfile, theme, d);
    }

    public Theme themeOrSystem() {
        return theme == null ? Theme.SYSTEM : theme;
    }
}
