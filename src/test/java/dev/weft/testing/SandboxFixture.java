package dev.weft.testing;

import dev.weft.api.ApiClient;
import dev.weft.api.ApiException;
import dev.weft.api.ApiToken;
import dev.weft.api.RetryPolicy;
import dev.weft.sandbox.Sandbox;
import dev.weft.sandbox.SandboxConfig;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** A sandbox on a free loopback port, driven by a manual clock, and a client for it: what API tests talk to. */
public final class SandboxFixture implements AutoCloseable {
    public static final Duration PROVISIONING = Duration.ofSeconds(20);

    public final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T10:00:00Z"));
    public final Sandbox sandbox;
    public final ApiClient client;

    private SandboxFixture(boolean empty) {
        this(empty, List.of(SandboxConfig.DEFAULT_TOKEN));
    }

    private SandboxFixture(boolean empty, List<String> tokens) {
        try {
            sandbox = Sandbox.start(SandboxConfig.defaults().withEmpty(empty).withClock(clock).withProvisioning(PROVISIONING)
                    .withTokens(tokens));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        client = clientWith(tokens.get(0));
    }

    public static SandboxFixture withSampleData() {
        return new SandboxFixture(false);
    }

    public static SandboxFixture empty() {
        return new SandboxFixture(true);
    }

    /** Empty, answering to these tokens (each its own principal); the client has the first. */
    public static SandboxFixture emptyWithTokens(String... tokens) {
        return new SandboxFixture(true, List.of(tokens));
    }

    public ApiClient clientWith(String token) {
        return ApiClient.builder(sandbox.baseUri()).token(ApiToken.of(token)).retry(RetryPolicy.none()).build();
    }

    /** Lets provisioning finish. */
    public void afterProvisioning() {
        clock.advance(PROVISIONING.plusSeconds(1));
    }

    public static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The {@link ApiException} the call fails with; fails the test if it succeeds. */
    public static ApiException failure(CompletableFuture<?> future) {
        return assertThrows(ApiException.class, () -> await(future));
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
