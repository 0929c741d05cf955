package dev.weft.service;

import dev.weft.api.ApiRequest;
import dev.weft.api.RequestListener;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Counts requests in flight for the status bar, and keeps what each one is, since when and at which attempt:
 * when the bar has said "3 requests…" for a while, its tooltip says what is being waited for. The consumer
 * hears every change of the count, on a service thread.
 */
public final class RequestCounter implements RequestListener {
    private final AtomicInteger inFlight = new AtomicInteger();
    private final IntConsumer onChange;
    /** By identity: two lists of the same path in flight are two requests. */
    private final Map<ApiRequest, Waiting> waiting = Collections.synchronizedMap(new IdentityHashMap<>());

    private record Waiting(Instant since, int attempt) {
    }

    public RequestCounter(IntConsumer onChange) {
        this.onChange = onChange;
    }

    @Override
    public void started(ApiRequest request) {
        waiting.put(request, new Waiting(Instant.now(), 1));
        onChange.accept(inFlight.incrementAndGet());
    }

    @Override
    public void retrying(ApiRequest request, int attempt, String reason) {
        waiting.computeIfPresent(request, (r, w) -> new Waiting(w.since(), attempt));
    }

    @Override
    public void finished(ApiRequest request, int status, boolean ok) {
        waiting.remove(request);
        onChange.accept(inFlight.decrementAndGet());
    }

    public int inFlight() {
        return inFlight.get();
    }

    /** Each request in flight, the longest waiting first: "GET /v1beta1/cks/clusters · 12 s · attempt 2". */
    public List<String> waitingFor(Instant now) {
        List<Map.Entry<ApiRequest, Waiting>> all;
        synchronized (waiting) {
            all = new ArrayList<>(waiting.entrySet());
        }
        all.sort(Map.Entry.comparingByValue(java.util.Comparator.comparing(Waiting::since)));
        return all.stream().map(e -> e.getKey().operation() + " · "
                + Math.max(0, Duration.between(e.getValue().since(), now).toSeconds()) + " s"
                + (e.getValue().attempt() > 1 ? " · attempt " + e.getValue().attempt() : "")).toList();
    }
}
