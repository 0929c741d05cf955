package dev.weft.api;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every failure of an API call, whatever its cause: an error answer, a network failure, a body we
 * could not read, or a request we refused to send. It never carries the token: the message is
 * built only from the method, the path and what the server said.
 */
public class ApiException extends RuntimeException {
    /** What went wrong, coarsely, so callers can decide without parsing messages. */
    /** NO_TOKEN: the profile's token was asked for and there is none (not in the keychain, or not this session's). */
    public enum Kind { HTTP_ERROR, NETWORK, TIMEOUT, MALFORMED_RESPONSE, INSECURE_TRANSPORT, NO_TOKEN, UNTRUSTED_SERVER }

    private final Kind kind;
    private final int httpStatus;
    private final GrpcCode grpcCode;
    private final String serverMessage;
    private final List<FieldViolation> fieldViolations;
    private final String requestId;
    private final String operation;
    private java.time.Duration retryAfter;
    /** Of a read of one of the API's lists: a 404 then says the endpoint is not that API's. */
    private boolean ofAList;

    public ApiException(Kind kind, int httpStatus, GrpcCode grpcCode, String serverMessage,
                        List<FieldViolation> fieldViolations, String requestId, String operation, Throwable cause) {
        super(describe(operation, httpStatus, grpcCode, serverMessage, requestId), cause);
        this.kind = kind;
        this.httpStatus = httpStatus;
        this.grpcCode = grpcCode;
        this.serverMessage = serverMessage == null ? "" : serverMessage;
        this.fieldViolations = fieldViolations == null ? List.of() : List.copyOf(fieldViolations);
        this.requestId = requestId;
        this.operation = operation;
    }

    /** A copy of another exception: subclasses use it to add meaning without losing any detail. */
    protected ApiException(ApiException other) {
        this(other.kind, other.httpStatus, other.grpcCode, other.serverMessage, other.fieldViolations,
                other.requestId, other.operation, other.getCause());
        this.retryAfter = other.retryAfter;
        this.ofAList = other.ofAList;
    }

    public Kind kind() { return kind; }

    /** The HTTP status, or 0 when no answer arrived. */
    public int httpStatus() { return httpStatus; }

    public GrpcCode grpcCode() { return grpcCode; }

    public String serverMessage() { return serverMessage; }

    public List<FieldViolation> fieldViolations() { return fieldViolations; }

    public Optional<String> requestId() { return Optional.ofNullable(requestId); }

    /** "METHOD /path" of the failed call. */
    public String operation() { return operation; }

    /** How long the server asked us to wait before trying again (429, 503), when it said. */
    public Optional<java.time.Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    void retryAfter(java.time.Duration d) {
        this.retryAfter = d;
    }

    public boolean isUnauthorized() { return httpStatus == 401; }

    /** Whether the profile needs a token put right: refused by the server, or none to send. */
    public boolean needsToken() { return isUnauthorized() || kind == Kind.NO_TOKEN; }

    public boolean isNotFound() { return httpStatus == 404; }

    /** Whether it failed a read of one of the API's lists, which are there on every server of that API. */
    public boolean ofAList() { return ofAList; }

    void ofAList(boolean list) {
        this.ofAList = list;
    }

    /**
     * A create (a POST, which is never sent twice by itself) that reached the server and got no answer (a timeout,
     * a connection lost): it may have been made all the same, and sent again it could be made twice. Not when the
     * connection was never made.
     */
    public boolean outcomeUnknown() {
        boolean post = operation != null && operation.startsWith("POST ");
        if (!post || (kind != Kind.TIMEOUT && kind != Kind.NETWORK)) {
            return false;
        }
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.net.http.HttpConnectTimeoutException
                    || t instanceof java.net.UnknownHostException || t instanceof java.nio.channels.UnresolvedAddressException
                    || handshakeFailed(t)) {
                return false; // nothing was sent
            }
        }
        return true;
    }

    /** A TLS handshake that failed, so no request was sent: ended by the server, or answered in plain text. */
    static boolean handshakeFailed(Throwable t) {
        return t instanceof javax.net.ssl.SSLHandshakeException
                || t instanceof javax.net.ssl.SSLException // "Unrecognized SSL message, plaintext connection?" (JDK 17)
                && String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("unrecognized ssl message");
    }

    /** A short sentence for a person: what failed, why, and what to do about it. */
    public String userMessage() {
        return PlainLanguage.describe(this);
    }

    private static String describe(String operation, int status, GrpcCode code, String message, String requestId) {
        StringBuilder s = new StringBuilder(operation == null ? "request" : operation);
        s.append(status > 0 ? " -> HTTP " + status : " -> no answer");
        if (code != null && status > 0) {
            s.append(' ').append(code.name());
        }
        if (message != null && !message.isBlank()) {
            s.append(": ").append(message);
        }
        if (requestId != null) {
            s.append(" (request id ").append(requestId).append(')');
        }
        return s.toString();
    }

    /** The violations as "field: description" lines. */
    public String violationsText() {
        return fieldViolations.stream().map(v -> v.field() + ": " + v.description()).collect(Collectors.joining("\n"));
    }
}
