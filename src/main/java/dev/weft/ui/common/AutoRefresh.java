package dev.weft.ui.common;

import java.time.Duration;

/** How often every tab refreshes by itself, as chosen in Preferences; off unless chosen. */
public enum AutoRefresh {
    OFF("Never", null), ONE_MINUTE("Every minute", Duration.ofMinutes(1)), FIVE_MINUTES("Every 5 minutes", Duration.ofMinutes(5)),
    FIFTEEN_MINUTES("Every 15 minutes", Duration.ofMinutes(15));

    public final String label;
    /** Null when off. */
    public final Duration period;

    AutoRefresh(String label, Duration period) {
        this.label = label;
        this.period = period;
    }

    @Override
    public String toString() {
        return label;
    }
}
