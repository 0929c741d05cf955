package dev.weft.ui.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How a moment reads in a details pane. */
public final class Moments {
    // Local time to the second, with its zone, in parts that wrap at spaces in a narrow pane
    // ("2026-10-28 02:58:27 UTC"); the raw JSON keeps the API's own form.
    private static final DateTimeFormatter DETAIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z").withZone(ZoneId.systemDefault());

    private Moments() {
    }

    /** The moment in words, or null for none. */
    public static String detailed(Instant moment) {
        return moment == null ? null : DETAIL.format(moment);
    }
}
