package dev.weft.service;

import dev.weft.sandbox.Sandbox;
import dev.weft.sandbox.SandboxConfig;

import java.net.URI;
import java.util.concurrent.CompletableFuture;

/** Starts the in-process sandbox the first time a sandbox profile needs it, on the service executor. */
public final class SandboxHost implements AutoCloseable {
    private final SandboxConfig config;
    private final BackgroundWork work;
    private CompletableFuture<Sandbox> running;

    public SandboxHost(SandboxConfig config, BackgroundWork work) {
        this.config = config;
        this.work = work;
    }

    public SandboxConfig config() {
        return config;
    }

    public CompletableFuture<URI> baseUri() {
        return running().thenApply(Sandbox::baseUri);
    }

    /** The sandbox itself, started if need be: tests and benchmarks switch its faults on and off. */
    public synchronized CompletableFuture<Sandbox> running() {
        if (running == null) {
            running = work.supply(() -> {
                try {
                    return Sandbox.start(config);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException("The local sandbox could not start: " + e.getMessage(), e);
                }
            });
        }
        return running;
    }

    @Override
    public synchronized void close() {
        if (running != null) {
            running.thenAccept(Sandbox::close);
        }
    }
}
