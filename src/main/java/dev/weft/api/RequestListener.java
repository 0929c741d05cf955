package dev.weft.api;

/**
 * Hears about every request a client makes: the status bar counts requests in flight with it, the requests window
 * lists the finished ones, tests count retries.
 */
public interface RequestListener {
    RequestListener NONE = new RequestListener() { };

    default void started(ApiRequest request) {
    }

    default void retrying(ApiRequest request, int attempt, String reason) {
    }

    /** Called once per request, with the final status (0 when none arrived). */
    default void finished(ApiRequest request, int status, boolean ok) {
    }

    /** As {@link #finished(ApiRequest, int, boolean)}, with the request id the server gave its answer (null for none). */
    default void finished(ApiRequest request, int status, boolean ok, String requestId) {
        finished(request, status, ok);
    }

    /** Tells each of these, in turn. */
    static RequestListener all(RequestListener... listeners) {
        return new RequestListener() {
            @Override
            public void started(ApiRequest request) {
                for (RequestListener l : listeners) {
                    l.started(request);
                }
            }

            @Override
            public void retrying(ApiRequest request, int attempt, String reason) {
                for (RequestListener l : listeners) {
                    l.retrying(request, attempt, reason);
                }
            }

            @Override
            public void finished(ApiRequest request, int status, boolean ok, String requestId) {
                for (RequestListener l : listeners) {
                    l.finished(request, status, ok, requestId);
                }
            }
        };
    }
}
