package dev.weft.profiles;

import dev.weft.api.ApiToken;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Tokens kept in memory only, for when no keychain is available: nothing is ever written to disk. */
public final class SessionTokenStore implements TokenStore {
    private final Map<String, ApiToken> tokens = new ConcurrentHashMap<>();
    private final String why;

    public SessionTokenStore(String why) {
        this.why = why;
    }

    @Override
    public Optional<ApiToken> get(String profileId) {
        return Optional.ofNullable(tokens.get(profileId));
    }

    @Override
    public void put(String profileId, ApiToken token) {
        tokens.put(profileId, token);
    }

    @Override
    public void delete(String profileId) {
        tokens.remove(profileId);
    }

    @Override
    public boolean persistent() {
        return false;
    }

    @Override
    public String describe() {
        return "No system keychain is available (" + why + "). The token is kept only until Weft closes and is never "
                + "written to disk; you will be asked for it again next time.";
    }
}
