package dev.weft.ui.accesskeys;

import dev.weft.api.objectstorage.AccessKeyInfo;
import dev.weft.ui.common.StatusBadge.Tone;

/** An access key's status as a person reads it: a word, and the colour of its badge. */
final class KeyStatus {
    private KeyStatus() {
    }

    /** "Active", "Expired", "Revoked"; a status the documents do not name is shown as the server sent it. */
    static String words(String status) {
        if (status == null) {
            return "(none)";
        }
        return switch (status) {
            case AccessKeyInfo.ACTIVE -> "Active";
            case AccessKeyInfo.EXPIRED -> "Expired";
            case AccessKeyInfo.REVOKED -> "Revoked";
            default -> status;
        };
    }

    /** The key's status as of {@code now}: an active key whose expiry has passed since it was listed is expired. */
    static String asOf(AccessKeyInfo k, java.time.Instant now) {
        boolean passed = AccessKeyInfo.ACTIVE.equals(k.status()) && !k.permanent() && k.expiry() != null && !k.expiry().isAfter(now);
        return passed ? AccessKeyInfo.EXPIRED : k.status();
    }

    /** Whether the key, listed as active, passed its expiry after {@code was} and by {@code is}: a tick of the clock. */
    static boolean expiredBetween(AccessKeyInfo k, java.time.Instant was, java.time.Instant is) {
        return AccessKeyInfo.ACTIVE.equals(asOf(k, was)) && AccessKeyInfo.EXPIRED.equals(asOf(k, is));
    }

    /** Active is well; revoked was cut off on purpose and never works again; expired and unknown are neither. */
    static Tone tone(String status) {
        return AccessKeyInfo.ACTIVE.equals(status) ? Tone.HEALTHY : AccessKeyInfo.REVOKED.equals(status) ? Tone.FAILED : Tone.UNKNOWN;
    }
}
