package dev.weft.domain.objectstorage;

import dev.weft.api.FieldViolation;
import dev.weft.api.objectstorage.BucketSettings;
import dev.weft.domain.Violations;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Bucket names (S3 rules plus CoreWeave's reserved prefixes) and the settings rules. */
public final class BucketRules {
    private static final Pattern NAME = Pattern.compile("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$");

    private BucketRules() {
    }

    public static Optional<String> nameProblem(String name) {
        if (name == null || name.length() < 3 || name.length() > 63) {
            return Optional.of("must be 3 to 63 characters");
        }
        if (!NAME.matcher(name).matches()) {
            return Optional.of("may contain lowercase letters, digits, dots and hyphens, and must start and end with a letter or digit");
        }
        if (name.startsWith("cw-") || name.startsWith("vip-")) {
            return Optional.of("must not start with cw- or vip- (reserved)");
        }
        return Optional.empty();
    }

    public static List<FieldViolation> validateSettings(BucketSettings.Update u) {
        Violations v = new Violations();
        v.unless(u.bucketName() != null && !u.bucketName().isBlank(), "bucketName", "is required");
        BucketSettings s = u.settings();
        if (s == null) {
            return v.add("settings", "is required").toList();
        }
        v.unless(s.auditLoggingEnabled() != null, "settings.auditLoggingEnabled", "is required (true or false)");
        if (Boolean.TRUE.equals(s.archiveEnabled())) {
            Integer days = s.archiveAfterLastAccessDays();
            if (days == null) {
                v.add("settings.archiveAfterLastAccessDays", "is required when archiving is on");
            } else {
                v.unless(days >= BucketSettings.MIN_ARCHIVE_DAYS, "settings.archiveAfterLastAccessDays",
                        "must be at least " + BucketSettings.MIN_ARCHIVE_DAYS + " days (not " + days + ")");
            }
        } else if (s.archiveAfterLastAccessDays() != null) {
            v.unless(s.archiveAfterLastAccessDays() >= BucketSettings.MIN_ARCHIVE_DAYS, "settings.archiveAfterLastAccessDays",
                    "must be at least " + BucketSettings.MIN_ARCHIVE_DAYS + " days");
        }
        return v.toList();
    }
}
