package dev.weft.service;

import dev.weft.api.ApiRequest;
import dev.weft.api.RequestListener;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** Counts requests in flight for the status bar; the consumer hears every change, on a service thread. */
public final class RequestCounter implements RequestListener {
    private final AtomicInteger inFlight = new AtomicInteger();
    private final IntConsumer onChange;

    public RequestCounter(IntConsumer onChange) {
        this.onChange = onChange;
    }

    @Override
    public void started(ApiRequest request) {
        onChange.accept(inFlight.incrementAndGet());
    }

    @Override
    public void finished(ApiRequest request, int status, boolean ok) {
        onChange.accept(inFlight.decrementAndGet());
    }

    public int inFlight() {
        return inFlight.get();
    }
}
