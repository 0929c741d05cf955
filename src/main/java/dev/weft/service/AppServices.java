package dev.weft.service;

import dev.weft.profiles.ProfileStore;
import dev.weft.profiles.TokenStore;
import dev.weft.sandbox.SandboxConfig;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Everything the window needs that is not a node: the config dir and its stores, the executor, the
 * token store (probed once in the background), the sandbox, and sessions. Tests build one with a
 * temporary config dir and their own token store.
 */
public final class AppServices implements AutoCloseable {
    private final Path configDir;
    private final Map<String, String> environment;
    private final BackgroundWork work = new BackgroundWork();
    private final ProfileStore profiles;
    private final SandboxHost sandbox;
    private final Sessions sessions;
    private volatile IntConsumer inFlightListener = n -> { };
    private final RequestCounter requests = new RequestCounter(n -> inFlightListener.accept(n));
    /** The requests window's list: a session's last 1,000. */
    private final RequestHistory history = new RequestHistory(1_000);

    public AppServices(Path configDir, Map<String, String> environment, SandboxConfig sandboxConfig,
                       Function<BackgroundWork, CompletableFuture<TokenStore>> tokenStore) {
        this.configDir = configDir;
        this.environment = Map.copyOf(environment);
        this.profiles = new ProfileStore(configDir);
        this.sandbox = new SandboxHost(sandboxConfig, work);
        this.sessions = new Sessions(tokenStore.apply(work), sandbox, this.environment,
                profile -> dev.weft.api.RequestListener.all(requests, history.from(profile.name())));
    }

    public Path configDir() {
        return configDir;
    }

    public Map<String, String> environment() {
        return environment;
    }

    public BackgroundWork work() {
        return work;
    }

    public ProfileStore profileStore() {
        return profiles;
    }

    public SandboxHost sandbox() {
        return sandbox;
    }

    public Sessions sessions() {
        return sessions;
    }

    public CompletableFuture<TokenStore> tokens() {
        return sessions.tokens();
    }

    /** Each request in flight, the longest waiting first, with how long and at which attempt (see {@link RequestCounter}). */
    public java.util.List<String> requestsWaiting() {
        return requests.waitingFor(java.time.Instant.now());
    }

    /** The requests finished since Weft started, newest first (see {@link RequestHistory}). */
    public java.util.List<RequestHistory.Entry> requestsFinished() {
        return history.recent();
    }

    /**
     * Hears the number of requests in flight whenever it changes, on a service thread. Changes on two threads at
     * once may be heard in either order, so the last number heard is not always the count: where it is applied,
     * read {@link #requestsInFlight()}.
     */
    public void onRequestsInFlight(IntConsumer listener) {
        this.inFlightListener = listener;
    }

    /** The number of requests in flight now. */
    public int requestsInFlight() {
        return requests.inFlight();
    }

    @Override
    public void close() {
        sandbox.close();
        work.close();
        sessions.tokens().thenAccept(TokenStore::close); // now, or when a probe still running ends
    }
}
