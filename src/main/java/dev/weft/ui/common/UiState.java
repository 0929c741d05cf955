package dev.weft.ui.common;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the window remembers between runs: geometry, the selected tab, the active profile, the theme,
 * whether the sandbox notice was dismissed, how each table was sorted (by its id: the columns' titles
 * and directions, as {@link TableSorts} writes them) and where each split's dividers were left (by its id,
 * as fractions of its width), and how often the tabs refresh by themselves. Any field may be null (not
 * known yet).
 */
public record UiState(Double x, Double y, Double width, Double height, Boolean maximized, Integer tab,
                      String activeProfile, Theme theme, Boolean sandboxNoticeDismissed,
                      Map<String, List<String>> sorts,
                      Map<String, List<Double>> dividers,
                      AutoRefresh autoRefresh) {

    public static UiState defaults() {
        return new UiState(null, null, 1200.0, 760.0, false, 0, null, Theme.SYSTEM, false, null, null, AutoRefresh.OFF);
    }

    public UiState withGeometry(double nx, double ny, double w, double h, boolean max) {
        return new UiState(nx, ny, w, h, max, tab, activeProfile, theme, sandboxNoticeDismissed, sorts, dividers, autoRefresh);
    }

    public UiState withTab(int t) {
        return new UiState(x, y, width, height, maximized, t, activeProfile, theme, sandboxNoticeDismissed, sorts, dividers, autoRefresh);
    }

    public UiState withActiveProfile(String id) {
        return new UiState(x, y, width, height, maximized, tab, id, theme, sandboxNoticeDismissed, sorts, dividers, autoRefresh);
    }

    public UiState withTheme(Theme t) {
        return new UiState(x, y, width, height, maximized, tab, activeProfile, t, sandboxNoticeDismissed, sorts, dividers, autoRefresh);
    }

    public UiState withSandboxNoticeDismissed(boolean d) {
        return new UiState(x, y, width, height, maximized, tab, activeProfile, theme, d, sorts, dividers, autoRefresh);
    }

    public UiState withSort(String table, List<String> sort) {
        Map<String, List<String>> all = new TreeMap<>(sorts == null ? Map.of() : sorts);
        all.put(table, List.copyOf(sort));
        return new UiState(x, y, width, height, maximized, tab, activeProfile, theme, sandboxNoticeDismissed, all, dividers, autoRefresh);
    }

    /** The table's sort as last left, or none. */
    public List<String> sortOf(String table) {
        return sorts == null || sorts.get(table) == null ? List.of() : sorts.get(table);
    }

    public UiState withDividers(Map<String, List<Double>> positions) {
        return new UiState(x, y, width, height, maximized, tab, activeProfile, theme, sandboxNoticeDismissed, sorts,
                new TreeMap<>(positions), autoRefresh);
    }

    /** The split's divider positions as last left, or none. */
    public List<Double> dividersOf(String split) {
        return dividers == null || dividers.get(split) == null ? List.of() : dividers.get(split);
    }

    public UiState withAutoRefresh(AutoRefresh every) {
        return new UiState(x, y, width, height, maximized, tab, activeProfile, theme, sandboxNoticeDismissed, sorts, dividers, every);
    }

    /** The auto refresh chosen, or off (a file from before there was one). */
    public AutoRefresh autoRefreshOrOff() {
        return autoRefresh == null ? AutoRefresh.OFF : autoRefresh;
    }

    public Theme themeOrSystem() {
        return theme == null ? Theme.SYSTEM : theme;
    }
}
