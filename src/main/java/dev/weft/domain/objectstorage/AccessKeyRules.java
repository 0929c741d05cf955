package dev.weft.domain.objectstorage;

import dev.weft.api.FieldViolation;
import dev.weft.api.objectstorage.CreateAccessKeyRequest;
import dev.weft.api.objectstorage.SamlCredentialsRequest;
import dev.weft.domain.Encodings;
import dev.weft.domain.Violations;

import java.util.List;
import java.util.Map;

/** The rules for minting keys, shared by the Access Keys forms and the sandbox. */
public final class AccessKeyRules {
    /** Decision: at most 20 attributes, keys up to 64 and values up to 256 characters. */
    public static final int MAX_ATTRIBUTES = 20;

    private AccessKeyRules() {
    }

    public static List<FieldViolation> validateCreate(CreateAccessKeyRequest r) {
        Violations v = new Violations();
        if (r.durationSeconds() == null) {
            v.add("durationSeconds", "is required: 0 for a permanent key, or the key's lifetime in seconds");
        } else {
            v.unless(r.durationSeconds() >= 0, "durationSeconds", "must be 0 (permanent) or a positive number of seconds");
        }
        checkAttributes(r.attributes(), v);
        return v.toList();
    }

    public static List<FieldViolation> validateSaml(SamlCredentialsRequest r) {
        Violations v = new Violations();
        Long d = r.durationSeconds();
        v.unless(d != null && d >= 1 && d <= SamlCredentialsRequest.MAX_SECONDS, "durationSeconds",
                "must be between 1 and " + SamlCredentialsRequest.MAX_SECONDS + " seconds (12 hours)");
        v.unless(r.orgId() != null && !r.orgId().isBlank(), "orgId", "is required");
        v.unless(r.configId() != null && !r.configId().isBlank(), "configId", "is required: the Workload Federation configuration id");
        if (r.samlResponse() == null || r.samlResponse().isBlank()) {
            v.add("samlResponse", "is required: the SAML response, base64-encoded");
        } else {
            v.unless(Encodings.base64(r.samlResponse()).isPresent(), "samlResponse", "must be base64-encoded");
        }
        return v.toList();
    }

    private static void checkAttributes(Map<String, String> attributes, Violations v) {
        if (attributes == null) {
            return;
        }
        v.unless(attributes.size() <= MAX_ATTRIBUTES, "attributes", "may hold at most " + MAX_ATTRIBUTES + " entries");
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            if (e.getKey() == null || e.getKey().isBlank() || e.getKey().length() > 64) {
                v.add("attributes", "every name must be 1 to 64 characters");
                return;
            }
            if (e.getValue() == null || e.getValue().length() > 256) {
                v.add("attributes", "the value of " + e.getKey() + " must be at most 256 characters");
                return;
            }
        }
    }
}
