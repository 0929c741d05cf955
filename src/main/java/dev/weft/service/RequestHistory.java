package dev.weft.service;

import dev.weft.api.ApiRequest;
import dev.weft.api.RequestListener;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The requests this session finished, newest first, the last {@code capacity} of them: what was asked, how it
 * ended, how long it took, after how many attempts, and the server's request id — what a support ticket asks for,
 * without the log file. Holds no body and no header: nothing a token or secret is in.
 */
public final class RequestHistory {
    /**
     * One finished request, and the profile that made it (a window switched between accounts lists both's).
     * {@code status} is 0 when no answer came (a network failure).
     */
    public record Entry(Instant started, String profile, String operation, int status, boolean ok, Duration took, int attempts,
                        String requestId) {
    }

    private record Running(Instant since, int attempts) {
    }

    private final int capacity;
    private final Map<ApiRequest, Running> running = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Deque<Entry> finished = new ArrayDeque<>();

    public RequestHistory(int capacity) {
        this.capacity = capacity;
    }

    /** What hears the requests of one profile's client. */
    public RequestListener from(String profile) {
        return new RequestListener() {
            @Override
            public void started(ApiRequest request) {
                running.put(request, new Running(Instant.now(), 1));
            }

            @Override
            public void retrying(ApiRequest request, int attempt, String reason) {
                running.computeIfPresent(request, (r, was) -> new Running(was.since(), attempt));
            }

            @Override
            public void finished(ApiRequest request, int status, boolean ok, String requestId) {
                Running r = running.remove(request);
                Instant now = Instant.now();
                Instant since = r == null ? now : r.since();
                add(new Entry(since, profile, request.operation(), status, ok, Duration.between(since, now),
                        r == null ? 1 : r.attempts(), requestId));
            }
        };
    }

    private void add(Entry e) {
        synchronized (finished) {
            finished.addFirst(e);
            if (finished.size() > capacity) {
                finished.removeLast();
            }
        }
    }

    /** The finished requests, newest first. */
    public List<Entry> recent() {
        synchronized (finished) {
            return new ArrayList<>(finished);
        }
    }
}
