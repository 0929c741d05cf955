package dev.weft.ui.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How a moment reads: in a details pane, and in a table's cell or a sentence. */
public final class Moments {
    // Local time to the second, with its zone, in parts that wrap at spaces in a narrow pane
    // ("2026-10-28 02:58:27 UTC"); the raw JSON keeps the API's own form.
    private static final DateTimeFormatter DETAIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z").withZone(ZoneId.systemDefault());

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private Moments() {
    }

    /** The moment in words, or null for none. */
    public static String detailed(Instant moment) {
        return moment == null ? null : DETAIL.format(moment);
    }

    /** Local time to the minute ("2026-10-28 02:58"), or "" for none. */
    public static String toTheMinute(Instant moment) {
        return moment == null ? "" : SHORT.format(moment);
    }

    /** The local time of day to the second ("14:05:09"), for what happened today. */
    public static String timeOfDay(Instant moment) {
        return TIME.format(moment);
    }
}
