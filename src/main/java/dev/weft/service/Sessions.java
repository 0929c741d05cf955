package dev.weft.service;

import dev.weft.api.ApiClient;
import dev.weft.api.ApiToken;
import dev.weft.api.RequestListener;
import dev.weft.profiles.EnvironmentProfile;
import dev.weft.profiles.Profile;
import dev.weft.profiles.TokenStore;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Opens a {@link Session} for a profile: resolves its endpoint (starting the sandbox for a sandbox
 * profile) and gives its client a token supplier. The supplier reads the token store on the service
 * thread that sends the request, never on the FX thread.
 */
public final class Sessions {
    private final CompletableFuture<TokenStore> tokens;
    private final SandboxHost sandbox;
    private final Map<String, String> environment;
    /** Who hears a profile's requests: the requests window says which profile made each. */
    private final java.util.function.Function<Profile, RequestListener> listeners;

    public Sessions(CompletableFuture<TokenStore> tokens, SandboxHost sandbox, Map<String, String> environment,
                    RequestListener listener) {
        this(tokens, sandbox, environment, p -> listener);
    }

    public Sessions(CompletableFuture<TokenStore> tokens, SandboxHost sandbox, Map<String, String> environment,
                    java.util.function.Function<Profile, RequestListener> listeners) {
        this.tokens = tokens;
        this.sandbox = sandbox;
        this.environment = environment;
        this.listeners = listeners;
    }

    public CompletableFuture<TokenStore> tokens() {
        return tokens;
    }

    public CompletableFuture<Session> open(Profile profile) {
        return build(profile, tokenFor(profile));
    }

    /** A session with a token given directly: for "Test connection" before anything is saved. */
    public CompletableFuture<Session> openWith(Profile profile, ApiToken token) {
        return build(profile, () -> token);
    }

    private CompletableFuture<Session> build(Profile profile, Supplier<ApiToken> token) {
        CompletableFuture<URI> endpoint = profile.isSandbox() ? sandbox.baseUri()
                : CompletableFuture.completedFuture(profile.endpoint());
        return endpoint.thenApply(uri -> new Session(profile, uri, ApiClient.builder(uri)
                .token(token)
                .tokenVariable(profile.provider().tokenVariable)
                .listener(listeners.apply(profile))
                .build(), token));
    }

    private Supplier<ApiToken> tokenFor(Profile profile) {
        return switch (profile.kind()) {
            case SANDBOX -> {
                ApiToken t = ApiToken.of(sandbox.config().tokens().get(0));
                yield () -> t;
            }
            case ENVIRONMENT -> {
                ApiToken t = EnvironmentProfile.named(environment, profile.id()).map(Map.Entry::getValue).orElse(null);
                yield () -> t;
            }
            case SAVED -> () -> tokens.join().get(profile.id()).orElse(null);
        };
    }
}
