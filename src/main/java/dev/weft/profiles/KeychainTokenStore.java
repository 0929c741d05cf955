package dev.weft.profiles;

import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import dev.weft.api.ApiToken;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens in the OS keychain (macOS Keychain, Windows Credential Manager, Secret Service on Linux),
 * one entry per profile under the service "Weft". Read once per profile, then held in memory, so a
 * refresh does not go to the keychain every time.
 */
public final class KeychainTokenStore implements TokenStore {
    static final String SERVICE = "Weft";
    private static final System.Logger LOG = System.getLogger(KeychainTokenStore.class.getName());

    private final Keyring keyring;
    private final String service;
    private final Map<String, Optional<ApiToken>> cache = new ConcurrentHashMap<>();

    public KeychainTokenStore(Keyring keyring) {
        this(keyring, SERVICE);
    }

    /** With another service name: tests use their own so they never touch a user's entries. */
    public KeychainTokenStore(Keyring keyring, String service) {
        this.keyring = keyring;
        this.service = service;
    }

    @Override
    public Optional<ApiToken> get(String profileId) {
        return cache.computeIfAbsent(profileId, id -> {
            try {
                String value = keyring.getPassword(service, id);
                return value == null || value.isBlank() ? Optional.empty() : Optional.of(ApiToken.of(value));
            } catch (PasswordAccessException e) {
                return Optional.empty();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "keychain read failed for a profile: {0}", e.getClass().getSimpleName());
                return Optional.empty();
            }
        });
    }

    @Override
    public void put(String profileId, ApiToken token) {
        try {
            keyring.setPassword(service, profileId, token.reveal());
            cache.put(profileId, Optional.of(token));
        } catch (PasswordAccessException | RuntimeException e) {
            throw new IllegalStateException("The system keychain refused to store the token (" + e.getClass().getSimpleName() + ").");
        }
    }

    @Override
    public void delete(String profileId) {
        cache.remove(profileId);
        try {
            keyring.deletePassword(service, profileId);
        } catch (PasswordAccessException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "no keychain entry to delete for a profile");
        }
    }

    @Override
    public void close() {
        TokenStores.close(keyring);
    }

    @Override
    public boolean persistent() {
        return true;
    }

    @Override
    public String describe() {
        return "The token is stored in your system keychain (" + keyring.getKeyringStorageType() + "), not in a file.";
    }
}
