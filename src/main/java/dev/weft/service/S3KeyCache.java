package dev.weft.service;

import dev.weft.api.ApiToken;
import dev.weft.api.Json;
import dev.weft.api.objectstorage.CreatedAccessKey;
import dev.weft.profiles.TokenStore;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The temporary storage key {@code weft s3-credentials} last minted for a profile, kept in the keychain beside
 * the profile's token (never in a file), so that the AWS CLI, which runs the command for every call, does not
 * mint a key per call: a script of a thousand {@code aws s3} calls left a thousand keys in the organization.
 * A kept key is offered again only while it was minted with the profile's present token and still has longer
 * to live than the AWS tools' refresh window, and no longer than the lifetime asked for.
 */
public final class S3KeyCache {
    /** The AWS SDKs ask for new credentials 15 minutes before they expire; a key nearer its end is not kept on. */
    static final Duration REFRESH_WINDOW = Duration.ofMinutes(16);

    /** What the keychain entry holds: the key, and a digest of the token that minted it. */
    record Kept(String mintedWith, CreatedAccessKey key) {
    }

    private final TokenStore keychain;
    private final String entry;
    private final String tokenDigest;

    S3KeyCache(TokenStore keychain, String profileId, ApiToken token) {
        this.keychain = keychain;
        this.entry = entryFor(profileId);
        this.tokenDigest = digest(token);
    }

    /** The keychain entry of a profile's kept key: removed with the profile. */
    public static String entryFor(String profileId) {
        return profileId + "/s3-credentials";
    }

    /** The kept key, if it may be offered for a request of {@code seconds} at {@code now}. */
    Optional<CreatedAccessKey> usable(Instant now, long seconds) {
        return read().filter(k -> tokenDigest.equals(k.mintedWith())).map(Kept::key)
                .filter(key -> key.accessKeyId() != null && key.secretKey() != null && !key.permanent())
                .filter(key -> {
                    Duration left = Duration.between(now, key.expiry());
                    return left.compareTo(REFRESH_WINDOW) > 0 && left.compareTo(Duration.ofSeconds(seconds)) <= 0;
                });
    }

    /** Keeps {@code key} for the next call; a keychain that refuses only means the next call mints again. */
    void keep(CreatedAccessKey key) {
        try {
            keychain.put(entry, ApiToken.of(Json.MAPPER.writeValueAsString(new Kept(tokenDigest, key))));
        } catch (Exception e) {
            // nothing kept: the key just minted is still printed
        }
    }

    private Optional<Kept> read() {
        try {
            Optional<ApiToken> value = keychain.get(entry);
            return value.isEmpty() ? Optional.empty() : Optional.of(Json.MAPPER.readValue(value.get().reveal(), Kept.class));
        } catch (Exception e) {
            return Optional.empty(); // unreadable: minted afresh and overwritten
        }
    }

    private static String digest(ApiToken token) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(token.reveal().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
