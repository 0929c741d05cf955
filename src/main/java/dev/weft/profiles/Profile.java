package dev.weft.profiles;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One account Weft can act as. It never holds the token: that lives in the {@link TokenStore} under
 * the profile's id. A sandbox profile has no fixed endpoint: it talks to the sandbox this run starts.
 */
public record Profile(String id, String name, Provider provider, URI endpoint, String tenant, Kind kind) {

    /** Where a profile comes from, which decides how it is stored and where its token is. */
    public enum Kind {
        /** Added by the user: stored in profiles.json, token in the keychain. */
        SAVED,
        /** Talks to the built-in sandbox: stored, but its token is the sandbox's, not a secret. */
        SANDBOX,
        /** Offered from COREWEAVE_API_TOKEN and COREWEAVE_API_ENDPOINT: never stored. */
        ENVIRONMENT
    }

    public Profile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(provider, "provider");
        kind = kind == null ? Kind.SAVED : kind;
    }

    public static Profile saved(String name, Provider provider, URI endpoint, String tenant) {
        return new Profile(UUID.randomUUID().toString(), name, provider, endpoint, blankToNull(tenant), Kind.SAVED);
    }

    public static Profile sandbox(String name, Provider provider, String tenant) {
        return new Profile(sandboxId(provider), name, provider, null, tenant, Kind.SANDBOX);
    }

    /** Whether {@code id} is a sandbox profile's, which the command-line helpers meet in what Weft wrote for one. */
    public static boolean isSandboxId(String id) {
        return java.util.Arrays.stream(Provider.values()).map(Profile::sandboxId).anyMatch(s -> s.equals(id));
    }

    private static String sandboxId(Provider provider) {
        return "sandbox-" + provider.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The arguments of a {@code weft} helper ({@code token}, {@code s3-credentials}) acting as this profile, as Weft
     * writes them into kubeconfigs and AWS profiles: by its name, for the person reading them, and by its id, which a
     * rename leaves as it is.
     */
    public List<String> commandFor(String command) {
        return List.of(command, "--profile", name, "--profile-id", id);
    }

    public boolean isSandbox() {
        return kind == Kind.SANDBOX;
    }

    public Profile withDetails(String newName, Provider newProvider, URI newEndpoint, String newTenant) {
        return new Profile(id, newName, newProvider, newEndpoint, blankToNull(newTenant), kind);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String toString() {
        return name;
    }
}
