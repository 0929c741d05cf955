package dev.weft.api.objectstorage;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.weft.api.RepeatedText;

import java.time.Instant;
import java.util.Map;

/** What the API says about a key, never its secret. */
public record AccessKeyInfo(
        @JsonAlias("accessKeyID") String accessKeyId,
        @JsonDeserialize(using = RepeatedText.class) String status,
        @JsonDeserialize(using = RepeatedText.class) String principalName,
        @JsonDeserialize(contentUsing = RepeatedText.class) Map<String, String> attributes,
        Instant expiry,
        @JsonDeserialize(using = RepeatedText.class) String orgId) {

    public static final String ACTIVE = "ACTIVE";
    public static final String EXPIRED = "EXPIRED";
    public static final String REVOKED = "REVOKED";

    public AccessKeyInfo {
        attributes = compact(attributes);
    }

    /**
     * An immutable copy, which for the usual one or two attributes is a few bytes where the parser's
     * LinkedHashMap is ~200: 100,000 keys each hold one. A null value cannot be in such a copy, so a map
     * with one stays as it came.
     */
    private static Map<String, String> compact(Map<String, String> attributes) {
        if (attributes == null || attributes.isEmpty()) {
            return Map.of();
        }
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                return java.util.Collections.unmodifiableMap(attributes);
            }
            if (attributes.size() == 1) {
                return Map.of(e.getKey(), e.getValue()); // the usual case, without copyOf's arrays
            }
        }
        return Map.copyOf(attributes);
    }

    public boolean permanent() {
        return KeyExpiry.never(expiry);
    }

    public record One(AccessKeyInfo info) {
    }
}
