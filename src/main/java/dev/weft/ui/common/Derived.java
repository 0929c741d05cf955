package dev.weft.ui.common;

import java.util.function.Function;

/**
 * Something worked out from a row's value once per value, not on every use: a filter keystroke over
 * 100,000 rows asks each row for its search text, a total asks each bucket for its bytes, and neither
 * should parse or lower-case anything that has not changed. One thread at a time: the FX thread, or
 * for a row's search text the sweeper thread that makes the search index ({@link ShownRows}).
 */
public final class Derived<T, R> {
    private final Function<T, R> work;
    private T from;
    private R result;

    public Derived(Function<T, R> work) {
        this.work = work;
    }

    public R of(T value) {
        if (value != from || result == null) {
            result = work.apply(value);
            from = value;
        }
        return result;
    }

    /** Lower-cased, for a search that ignores case; parts are kept on lines of their own so a match never spans two. */
    public static String searchable(Object... parts) {
        StringBuilder b = new StringBuilder();
        for (Object p : parts) {
            if (p != null) {
                b.append(p).append('\n');
            }
        }
        return b.toString().toLowerCase(java.util.Locale.ROOT);
    }
}
