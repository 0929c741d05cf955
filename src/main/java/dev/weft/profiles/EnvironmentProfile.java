package dev.weft.profiles;

import dev.weft.api.ApiToken;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/** The profile CoreWeave's own tools imply: COREWEAVE_API_TOKEN, and COREWEAVE_API_ENDPOINT when set. */
public final class EnvironmentProfile {
    public static final String ID = "environment";

    private EnvironmentProfile() {
    }

    /** The profile and its token, when the environment holds a token. */
    public static Optional<Map.Entry<Profile, ApiToken>> from(Map<String, String> env) {
        String token = env.get("COREWEAVE_API_TOKEN");
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String endpoint = env.get("COREWEAVE_API_ENDPOINT");
        URI uri = Provider.COREWEAVE.defaultEndpoint;
        if (endpoint != null && !endpoint.isBlank()) {
            try {
                uri = URI.create(endpoint.strip());
            } catch (IllegalArgumentException badEndpoint) {
                // Keep the default: a typo in a variable must not hide the token the user set.
            }
        }
        Profile p = new Profile(ID, "Environment", Provider.COREWEAVE, uri, null, Profile.Kind.ENVIRONMENT);
        return Optional.of(Map.entry(p, ApiToken.of(token)));
    }
}
