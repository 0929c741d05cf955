package dev.weft.ui.accesskeys;

import java.time.Duration;
import java.time.Instant;

/**
 * "in 3 h 12 min", "expired 2 h ago", "never": a key's remaining life in words. The past is said in its largest
 * unit only ("expired 12 h ago", not "12 h 17 min"): the exact time stands beside it, and the longer words did
 * not fit the column.
 */
public final class Countdown {
    private Countdown() {
    }

    public static String of(Instant expiry, boolean permanent, Instant now) {
        if (permanent || expiry == null) {
            return "never";
        }
        Duration left = Duration.between(now, expiry);
        if (left.isNegative() || left.isZero()) {
            return "expired " + words(left.negated(), false) + " ago";
        }
        return "in " + words(left, true);
    }

    /** {@code d} in days, hours, minutes or seconds; with {@code finer}, also in the next unit down. */
    static String words(Duration d, boolean finer) {
        long s = d.toSeconds();
        if (s < 60) {
            return s + " s";
        }
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days > 0) {
            return days + " d" + (finer && hours > 0 ? " " + hours + " h" : "");
        }
        if (hours > 0) {
            return hours + " h" + (finer && minutes > 0 ? " " + minutes + " min" : "");
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
