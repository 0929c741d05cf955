package dev.weft.ui.common;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * What the window remembers between runs: geometry, the selected tab, the active profile, the theme,
 * whether the sandbox notice was dismissed, how each table was sorted (by its id: the columns' titles
 * and directions, as {@link TableSorts} writes them) and where each split's dividers were left (by its id,
 * as fractions of its width), how often the tabs refresh by themselves, and each table's columns (by its
 * id: their titles in order, with their widths or hidden, as {@link ColumnLayout} writes them), and the interface's
 * size in percent ({@link InterfaceScale}). Any field may be null (not known yet; for the size, the system's own).
 */
public record UiState(Double x, Double y, Double width, Double height, Boolean maximized, Integer tab,
                      String activeProfile, Theme theme, Boolean sandboxNoticeDismissed,
                      Map<String, List<String>> sorts,
                      Map<String, List<Double>> dividers,
                      AutoRefresh autoRefresh,
                      Map<String, List<String>> columns,
                      Integer interfaceScale) {

    public static UiState defaults() {
        return new UiState(null, null, 1200.0, 760.0, false, 0, null, Theme.SYSTEM, false, null, null, AutoRefresh.OFF, null, null);
    }

    public UiState withGeometry(double nx, double ny, double w, double h, boolean max) {
        return with(c -> {
            c.x = nx;
            c.y = ny;
            c.width = w;
            c.height = h;
            c.maximized = max;
        });
    }

    public UiState withTab(int t) {
        return with(c -> c.tab = t);
    }

    public UiState withActiveProfile(String id) {
        return with(c -> c.activeProfile = id);
    }

    public UiState withTheme(Theme t) {
        return with(c -> c.theme = t);
    }

    public UiState withSandboxNoticeDismissed(boolean d) {
        return with(c -> c.sandboxNoticeDismissed = d);
    }

    public UiState withSort(String table, List<String> sort) {
        Map<String, List<String>> all = new TreeMap<>(sorts == null ? Map.of() : sorts);
        all.put(table, List.copyOf(sort));
        return with(c -> c.sorts = all);
    }

    /** The table's sort as last left, or none. */
    public List<String> sortOf(String table) {
        return sorts == null || sorts.get(table) == null ? List.of() : sorts.get(table);
    }

    public UiState withDividers(Map<String, List<Double>> positions) {
        return with(c -> c.dividers = new TreeMap<>(positions));
    }

    /** The split's divider positions as last left, or none. */
    public List<Double> dividersOf(String split) {
        return dividers == null || dividers.get(split) == null ? List.of() : dividers.get(split);
    }

    public UiState withColumns(Map<String, List<String>> layouts) {
        return with(c -> c.columns = new TreeMap<>(layouts));
    }

    /** The table's columns as last left, or none. */
    public List<String> columnsOf(String table) {
        return columns == null || columns.get(table) == null ? List.of() : columns.get(table);
    }

    public UiState withAutoRefresh(AutoRefresh every) {
        return with(c -> c.autoRefresh = every);
    }

    /** The auto refresh chosen, or off (a file from before there was one). */
    public AutoRefresh autoRefreshOrOff() {
        return autoRefresh == null ? AutoRefresh.OFF : autoRefresh;
    }

    /** The interface's size in percent, as chosen in Preferences; null for the system's own. */
    public UiState withInterfaceScale(Integer percent) {
        return with(c -> c.interfaceScale = percent);
    }

    public Theme themeOrSystem() {
        return theme == null ? Theme.SYSTEM : theme;
    }

    /**
     * This window's settings laid over another Weft window's: what this window changed since {@code base} (what
     * it last loaded or saved) over {@code theirs} (the file as it is now), setting by setting — the window's
     * place and size as one, each table's sort and columns and each split's dividers on their own — so a theme
     * chosen in one window is not undone when another one, which left it alone, is closed after it.
     */
    public UiState over(UiState base, UiState theirs) {
        boolean moved = !Objects.equals(x, base.x) || !Objects.equals(y, base.y) || !Objects.equals(width, base.width)
                || !Objects.equals(height, base.height) || !Objects.equals(maximized, base.maximized);
        return theirs.with(c -> {
            if (moved) {
                c.x = x;
                c.y = y;
                c.width = width;
                c.height = height;
                c.maximized = maximized;
            }
            c.tab = pick(tab, base.tab, theirs.tab);
            c.activeProfile = pick(activeProfile, base.activeProfile, theirs.activeProfile);
            c.theme = pick(theme, base.theme, theirs.theme);
            c.sandboxNoticeDismissed = pick(sandboxNoticeDismissed, base.sandboxNoticeDismissed, theirs.sandboxNoticeDismissed);
            c.autoRefresh = pick(autoRefresh, base.autoRefresh, theirs.autoRefresh);
            c.interfaceScale = pick(interfaceScale, base.interfaceScale, theirs.interfaceScale);
            c.sorts = overByKey(sorts, base.sorts, theirs.sorts);
            c.dividers = overByKey(dividers, base.dividers, theirs.dividers);
            c.columns = overByKey(columns, base.columns, theirs.columns);
        });
    }

    private static <T> T pick(T mine, T base, T theirs) {
        return Objects.equals(mine, base) ? theirs : mine;
    }

    private static <V> Map<String, V> overByKey(Map<String, V> mine, Map<String, V> base, Map<String, V> theirs) {
        Map<String, V> m = mine == null ? Map.of() : mine;
        Map<String, V> b = base == null ? Map.of() : base;
        Map<String, V> out = new TreeMap<>(theirs == null ? Map.of() : theirs);
        java.util.Set<String> keys = new java.util.TreeSet<>(m.keySet());
        keys.addAll(b.keySet());
        for (String k : keys) {
            if (!Objects.equals(m.get(k), b.get(k))) {
                if (m.get(k) == null) {
                    out.remove(k);
                } else {
                    out.put(k, m.get(k));
                }
            }
        }
        return out.isEmpty() && theirs == null && mine == null ? null : out;
    }

    /** A copy with some fields changed: the fields are listed here once, not again in every wither. */
    private UiState with(Consumer<Copy> change) {
        Copy c = new Copy(this);
        change.accept(c);
        return c.state();
    }

    private static final class Copy {
        Double x;
        Double y;
        Double width;
        Double height;
        Boolean maximized;
        Integer tab;
        String activeProfile;
        Theme theme;
        Boolean sandboxNoticeDismissed;
        Map<String, List<String>> sorts;
        Map<String, List<Double>> dividers;
        AutoRefresh autoRefresh;
        Map<String, List<String>> columns;
        Integer interfaceScale;

        Copy(UiState s) {
            x = s.x;
            y = s.y;
            width = s.width;
            height = s.height;
            maximized = s.maximized;
            tab = s.tab;
            activeProfile = s.activeProfile;
            theme = s.theme;
            sandboxNoticeDismissed = s.sandboxNoticeDismissed;
            sorts = s.sorts;
            dividers = s.dividers;
            autoRefresh = s.autoRefresh;
            columns = s.columns;
            interfaceScale = s.interfaceScale;
        }

        UiState state() {
            return new UiState(x, y, width, height, maximized, tab, activeProfile, theme, sandboxNoticeDismissed, sorts, dividers,
                    autoRefresh, columns, interfaceScale);
        }
    }
}
