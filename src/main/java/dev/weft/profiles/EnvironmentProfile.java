package dev.weft.profiles;

import dev.weft.api.ApiToken;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The profiles the environment implies, never saved: CoreWeave's from COREWEAVE_API_TOKEN (and
 * COREWEAVE_API_ENDPOINT), as CoreWeave's own tools read them; Kupe's from KUPE_API_KEY and KUPE_TENANT, the
 * variables Kupe's documents use (and KUPE_API_ENDPOINT, Weft's own, for another endpoint).
 */
public final class EnvironmentProfile {
    public static final String ID = "environment";
    public static final String KUPE_ID = "environment-kupe";

    private EnvironmentProfile() {
    }

    /** Each profile the environment holds a token for, with that token. */
    public static List<Map.Entry<Profile, ApiToken>> all(Map<String, String> env) {
        return Stream.concat(from(env).stream(), kupe(env).stream()).toList();
    }

    /** The profile of that id or name, when the environment holds it. */
    public static Optional<Map.Entry<Profile, ApiToken>> named(Map<String, String> env, String idOrName) {
        return all(env).stream().filter(e -> e.getKey().id().equals(idOrName) || e.getKey().name().equals(idOrName)).findFirst();
    }

    /** CoreWeave's, when the environment holds its token. */
    public static Optional<Map.Entry<Profile, ApiToken>> from(Map<String, String> env) {
        return value(env, "COREWEAVE_API_TOKEN").map(token -> Map.entry(new Profile(ID, "Environment", Provider.COREWEAVE,
                endpoint(env, "COREWEAVE_API_ENDPOINT", Provider.COREWEAVE), null, Profile.Kind.ENVIRONMENT), ApiToken.of(token)));
    }

    private static Optional<Map.Entry<Profile, ApiToken>> kupe(Map<String, String> env) {
        Optional<String> tenant = value(env, "KUPE_TENANT");
        return value(env, "KUPE_API_KEY").filter(key -> tenant.isPresent()).map(key -> Map.entry(new Profile(KUPE_ID,
                "Environment (Kupe)", Provider.KUPE, endpoint(env, "KUPE_API_ENDPOINT", Provider.KUPE), tenant.get(),
                Profile.Kind.ENVIRONMENT), ApiToken.of(key)));
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    private static URI endpoint(Map<String, String> env, String variable, Provider provider) {
        try {
            return value(env, variable).map(URI::create).map(provider::apiRoot).orElse(provider.defaultEndpoint);
        } catch (IllegalArgumentException badEndpoint) {
            return provider.defaultEndpoint; // a typo in a variable must not hide the token the user set
        }
    }
}
