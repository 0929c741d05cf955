package dev.weft.service;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The service layer's one executor. Every call that may block (the keychain, files, starting the
 * sandbox, sending a request) runs here, never on the FX thread. A failure that nobody handles is
 * never lost: it goes to the handler the app installs (the error presenter).
 */
public final class BackgroundWork implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(BackgroundWork.class.getName());

    private final ExecutorService executor;
    private volatile Consumer<Throwable> uncaught = e -> LOG.log(System.Logger.Level.ERROR, "background failure", e);

    public BackgroundWork() {
        this.executor = Executors.newFixedThreadPool(4, threads());
    }

    public ExecutorService executor() {
        return executor;
    }

    public void onUncaught(Consumer<Throwable> handler) {
        this.uncaught = handler;
    }

    /** Runs {@code call} on the executor and hands back its result; the call itself may return a future. */
    public <T> CompletableFuture<T> submit(Supplier<CompletableFuture<T>> call) {
        return supply(call).thenCompose(f -> f);
    }

    /** Runs a blocking action on the executor; after {@link #close} the future fails instead of throwing. */
    public <T> CompletableFuture<T> supply(Supplier<T> action) {
        try {
            return CompletableFuture.supplyAsync(action, executor);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new IllegalStateException("Weft is shutting down", e));
        }
    }

    /** True once the app is closing: nothing new should be started. */
    public boolean isClosed() {
        return executor.isShutdown();
    }

    /** Fire and forget, but failures reach the uncaught handler. */
    public void run(Runnable action) {
        if (isClosed()) {
            return;
        }
        executor.execute(() -> {
            try {
                action.run();
            } catch (Throwable t) {
                uncaught.accept(t);
            }
        });
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private ThreadFactory threads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "weft-service-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((thread, e) -> uncaught.accept(e));
            return t;
        };
    }
}
