package dev.weft.ui.accesskeys;

import java.time.Duration;
import java.time.Instant;

/** "in 3 h 12 min", "expired 2 h ago", "never": a key's remaining life in words. */
public final class Countdown {
    private Countdown() {
    }

    public static String of(Instant expiry, boolean permanent, Instant now) {
        if (permanent || expiry == null) {
            return "never";
        }
        Duration left = Duration.between(now, expiry);
        if (left.isNegative() || left.isZero()) {
            return "expired " + words(left.negated()) + " ago";
        }
        return "in " + words(left);
    }

    static String words(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return s + " s";
        }
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days > 0) {
            return days + " d" + (hours > 0 ? " " + hours + " h" : "");
        }
        if (hours > 0) {
            return hours + " h" + (minutes > 0 ? " " + minutes + " min" : "");
        }
        return minutes + " min";
    }

    /** Active, temporary, and gone within a day: worth a highlight. */
    public static boolean soon(Instant expiry, boolean permanent, Instant now) {
        if (permanent || expiry == null) {
            return false;
        }
        Duration left = Duration.between(now, expiry);
        return !left.isNegative() && left.compareTo(Duration.ofDays(1)) <= 0;
    }
}
