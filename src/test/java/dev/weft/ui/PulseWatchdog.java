package dev.weft.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Measures how long the FX thread goes without a pulse. An animation timer asks for a pulse every
 * frame (about 16 ms); a sampler thread watches the time since the last one every 10 ms and, when it
 * passes the limit, looks at what the FX thread is doing, so a stall names its culprit.
 */
public final class PulseWatchdog implements AutoCloseable {
    /** Where an idle FX thread waits for the next event: Monocle's queue (headless tests), GTK's loop. */
    private static final java.util.Set<String> IDLE = java.util.Set.of("getNextRunnable", "_runLoop");

    /** Frames that mean the FX thread waits on I/O or on another thread, wherever it is. */
    private static final List<String> BLOCKING = List.of("CompletableFuture.join", "CompletableFuture.get",
            "CompletableFuture.waitingGet", "sun.nio.ch.", "java.net.Socket", "jdk.internal.net.http.", "java.io.File",
            "java.lang.Thread.sleep", "keyring", "java.lang.Process");

    private final long limitNanos;
    private final AtomicLong lastPulse = new AtomicLong();
    private final AtomicLong longestGap = new AtomicLong();
    private final List<String> stalls = new ArrayList<>();
    private final AtomicLong renderingSamples = new AtomicLong();
    private final AnimationTimer timer;
    private final Thread sampler;
    private volatile Thread fxThread;
    private volatile boolean running = true;
    private volatile boolean watching = true;

    private PulseWatchdog(java.time.Duration limit) {
        this.limitNanos = limit.toNanos();
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                long previous = lastPulse.getAndSet(watching ? t : 0);
                if (previous != 0 && watching) {
                    longestGap.accumulateAndGet(t - previous, Math::max);
                }
                fxThread = Thread.currentThread();
            }
        };
        sampler = new Thread(this::sample, "pulse-watchdog");
        sampler.setDaemon(true);
    }

    /** Starts watching; call from any thread. */
    public static PulseWatchdog start(java.time.Duration limit) {
        PulseWatchdog w = new PulseWatchdog(limit);
        Platform.runLater(w.timer::start);
        w.sampler.start();
        return w;
    }

    private void sample() {
        boolean reported = false;
        while (running) {
            long last = lastPulse.get();
            Thread fx = fxThread;
            if (watching && last != 0 && System.nanoTime() - last > limitNanos && fx != null) {
                StackTraceElement[] stack = fx.getStackTrace();
                boolean rendering = Arrays.stream(stack).anyMatch(e -> e.getClassName().startsWith("com.sun.javafx.tk.")
                        && e.getMethodName().toLowerCase(java.util.Locale.ROOT).contains("pulse")
                        || e.getMethodName().equals("uploadPixels"));
                boolean idle = Arrays.stream(stack).limit(6).anyMatch(e -> IDLE.contains(e.getMethodName()));
                boolean waitingOnIo = Arrays.stream(stack).anyMatch(e -> BLOCKING.stream().anyMatch(b -> e.toString().contains(b)));
                if ((rendering || idle) && !waitingOnIo) {
                    // Drawing in software, or a pulse held back while the render thread finishes the last
                    // frame: the FX thread is free for the user's input either way.
                    renderingSamples.incrementAndGet();
                } else if (!reported) {
                    String trace = fx.getState() + "\n" + Arrays.stream(stack).limit(30).map(e -> "  at " + e)
                            .collect(Collectors.joining("\n"));
                    synchronized (stalls) {
                        stalls.add(trace);
                    }
                    reported = true;
                }
            } else {
                reported = false;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * Looks away while {@code action} runs, for work that is not the subject of the measurement (a
     * tab shown for the first time lays out and styles its whole content, whatever the network does).
     */
    public void lookAway(Runnable action) {
        watching = false;
        lastPulse.set(0);
        try {
            action.run();
        } finally {
            lastPulse.set(0);
            watching = true;
        }
    }

    /** The longest time between two pulses so far, in milliseconds. */
    public long longestGapMillis() {
        return longestGap.get() / 1_000_000;
    }

    /**
     * What the FX thread was doing each time it went past the limit neither in JavaFX's own pulse nor
     * idle: running an event handler or a {@code runLater} for too long, or waiting on something. That
     * is what "blocked" means here; a long pulse (layout and drawing, in software when headless) or an
     * idle thread whose next pulse waits on the render thread are counted apart.
     */
    public List<String> stalls() {
        synchronized (stalls) {
            return List.copyOf(stalls);
        }
    }

    /** How many 10 ms samples found a gap past the limit with the FX thread in a pulse or idle. */
    public long renderingSamples() {
        return renderingSamples.get();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        Platform.runLater(timer::stop);
    }
}
