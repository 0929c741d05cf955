package dev.weft.api.objectstorage;

/** Settings S3 does not expose: audit logging, and archiving after days without access (at least 60). */
public record BucketSettings(Boolean auditLoggingEnabled, Boolean archiveEnabled, Integer archiveAfterLastAccessDays) {
    public static final int MIN_ARCHIVE_DAYS = 60;

    /** The body of SetBucketSettings. */
    public record Update(String bucketName, BucketSettings settings) {
    }

    /** The answer of SetBucketSettings. */
    public record Envelope(BucketSettings settings) {
    }
}
