package dev.weft.api.objectstorage;

/** Temporary credentials from a SAML assertion: 1 to 43,200 seconds, the assertion base64-encoded. */
public record SamlCredentialsRequest(Long durationSeconds, String orgId, String configId, String samlResponse) {
    public static final long MAX_SECONDS = 43_200;

    @Override
    public String toString() {
        return "SamlCredentialsRequest[durationSeconds=" + durationSeconds + ", orgId=" + orgId + ", configId=" + configId
                + ", samlResponse=(" + (samlResponse == null ? 0 : samlResponse.length()) + " chars)]";
    }
}
