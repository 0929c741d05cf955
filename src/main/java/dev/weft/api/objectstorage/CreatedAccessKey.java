package dev.weft.api.objectstorage;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * A freshly minted key pair: the only time the API ever returns the secret. {@code toString} hides
 * the secret so it cannot reach a log by accident.
 */
public record CreatedAccessKey(
        @JsonProperty("accessKeyID") @JsonAlias("accessKeyId") String accessKeyId,
        String secretKey,
        Instant expiry,
        String principalName) {

    /** Whether the key lasts until revoked (no expiry, or one of the "never" markers a server may send). */
    public boolean permanent() {
        return KeyExpiry.never(expiry);
    }

    @Override
    public String toString() {
        return "CreatedAccessKey[accessKeyId=" + accessKeyId + ", secretKey=***, expiry=" + expiry
                + ", principalName=" + principalName + "]";
    }
}
