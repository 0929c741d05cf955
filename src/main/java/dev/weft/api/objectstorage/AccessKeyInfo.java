package dev.weft.api.objectstorage;

import com.fasterxml.jackson.annotation.JsonAlias;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the API says about a key, never its secret. */
public record AccessKeyInfo(
        @JsonAlias("accessKeyID") String accessKeyId,
        String status,
        String principalName,
        Map<String, String> attributes,
        Instant expiry,
        String orgId) {

    public static final String ACTIVE = "ACTIVE";
    public static final String EXPIRED = "EXPIRED";
    public static final String REVOKED = "REVOKED";

    public AccessKeyInfo {
        attributes = attributes == null ? Map.of() : attributes;
    }

    public boolean permanent() {
        return KeyExpiry.never(expiry);
    }

    public record One(AccessKeyInfo info) {
    }

    public record Many(List<AccessKeyInfo> info) {
        public Many {
            info = info == null ? List.of() : info;
        }
    }
}
