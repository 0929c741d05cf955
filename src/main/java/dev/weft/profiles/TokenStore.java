package dev.weft.profiles;

import dev.weft.api.ApiToken;

import java.util.Optional;

/**
 * Where profile tokens live: the OS keychain, or, when there is none, memory for this session only.
 * Calls may block on the keychain: never call them on the FX thread.
 */
public interface TokenStore extends AutoCloseable {
    Optional<ApiToken> get(String profileId);

    void put(String profileId, ApiToken token);

    void delete(String profileId);

    /** True for the keychain; false when tokens are forgotten when Weft closes. */
    boolean persistent();

    /** A sentence for the profile dialog: where the token will be kept. */
    String describe();

    /**
     * Lets go of the keychain's connection. The Secret Service's D-Bus library keeps threads that do not end
     * by themselves: a process that leaves it open never ends once its window is closed, and a command that
     * exits waits ~0.3 s for the library's shutdown hook.
     */
    @Override
    default void close() {
    }
}
