package dev.weft.api.objectstorage;

/** Organization-wide audit logging switches. */
public record OrganizationSettings(Boolean controlPlaneAuditLoggingEnabled, Boolean bucketAuditLoggingEnabled) {

    /** The body of SetOrganizationSettings and its answer. */
    public record Envelope(OrganizationSettings settings) {
    }
}
