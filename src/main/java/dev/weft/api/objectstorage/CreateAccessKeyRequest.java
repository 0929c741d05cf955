package dev.weft.api.objectstorage;

import java.util.Map;

/** {@code durationSeconds} is required: 0 makes a permanent key, more a temporary one. */
public record CreateAccessKeyRequest(Long durationSeconds, Map<String, String> attributes) {

    public static CreateAccessKeyRequest permanent() {
        return new CreateAccessKeyRequest(0L, null);
    }

    public static CreateAccessKeyRequest temporary(long seconds) {
        return new CreateAccessKeyRequest(seconds, null);
    }
}
