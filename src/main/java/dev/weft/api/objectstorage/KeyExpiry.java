package dev.weft.api.objectstorage;

import java.time.Instant;

/** How to read a key's expiry: absent, zero, or centuries away all mean "never". */
public final class KeyExpiry {
    /** Beyond this a key is treated as permanent; no temporary key lives for a century. */
    private static final Instant FAR_FUTURE = Instant.parse("2200-01-01T00:00:00Z");

    private KeyExpiry() {
    }

    public static boolean never(Instant expiry) {
        return expiry == null || expiry.getEpochSecond() <= 0 || expiry.isAfter(FAR_FUTURE);
    }
}
