package dev.weft.api;

/** Hears about every request a client makes: the status bar counts requests in flight with it, tests count retries. */
public interface RequestListener {
    RequestListener NONE = new RequestListener() { };

    default void started(ApiRequest request) {
    }

    default void retrying(ApiRequest request, int attempt, String reason) {
    }

    /** Called once per request, with the final status (0 when none arrived). */
    default void finished(ApiRequest request, int status, boolean ok) {
    }
}
