package dev.weft.api.objectstorage;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.time.Instant;
import java.util.Map;

/**
 * What the API says about a key, never its secret. Read by {@link AccessKeyInfoReader} (which also takes
 * {@code accessKeyID} for the id).
 */
@JsonDeserialize(using = AccessKeyInfoReader.class)
public record AccessKeyInfo(String accessKeyId, String status, String principalName, Map<String, String> attributes,
                            Instant expiry, String orgId) {

    public static final String ACTIVE = "ACTIVE";
    public static final String EXPIRED = "EXPIRED";
    public static final String REVOKED = "REVOKED";

    private static final Class<?> ONE_ENTRY = Map.of("", "").getClass();

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
        if (attributes.getClass() == ONE_ENTRY) {
            return attributes; // already one (the reader makes the usual single attribute so)
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
