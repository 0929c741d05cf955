package dev.weft.api;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One call to an API, independent of where it is sent: the method, the path below the base URL, an
 * optional JSON body and extra headers. It holds no token; the client adds that when sending.
 * {@code list}: it reads one of the API's lists, which no one deletes, so a 404 says the endpoint is not that API's.
 */
public record ApiRequest(String method, String path, String jsonBody, Map<String, String> headers, boolean retryable,
                         boolean list) {

    public ApiRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with /: " + path);
        }
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public ApiRequest(String method, String path, String jsonBody, Map<String, String> headers) {
        this(method, path, jsonBody, headers, true, false);
    }

    public static ApiRequest get(String path) {
        return new ApiRequest("GET", path, null, null);
    }

    /** A read of one of the API's lists (clusters, keys, policies…): always there on the API's server. */
    public static ApiRequest list(String path) {
        return new ApiRequest("GET", path, null, null, true, true);
    }

    public static ApiRequest delete(String path) {
        return new ApiRequest("DELETE", path, null, null);
    }

    public static ApiRequest post(String path, Object body) {
        return new ApiRequest("POST", path, toJson(body), null);
    }

    public static ApiRequest put(String path, Object body) {
        return new ApiRequest("PUT", path, toJson(body), null);
    }

    public static ApiRequest patch(String path, Object body) {
        return new ApiRequest("PATCH", path, toJson(body), null);
    }

    public ApiRequest withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new ApiRequest(method, path, jsonBody, copy, retryable, list);
    }

    /** The same request, never retried: for calls whose error answers are answers, not faults. */
    public ApiRequest withoutRetries() {
        return new ApiRequest(method, path, jsonBody, headers, false, list);
    }

    /**
     * Whether sending this twice has the same effect as sending it once, so a retry is safe. A POST
     * creates or revokes something and is never retried blindly.
     */
    public boolean idempotent() {
        return !method.equals("POST");
    }

    /** Whether the client may send this again after a transient failure. */
    public boolean mayRetry() {
        return retryable && idempotent();
    }

    /** "METHOD /path", for messages and logs. */
    public String operation() {
        return method + " " + path;
    }

    private static String toJson(Object body) {
        try {
            return body instanceof String s ? s : Json.MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the request body as JSON", e);
        }
    }
}
