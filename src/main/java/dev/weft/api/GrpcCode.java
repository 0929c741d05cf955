package dev.weft.api;

import java.util.Arrays;

/** The google.rpc codes the CoreWeave API answers with, and the HTTP status each travels on. */
public enum GrpcCode {
    OK(0, 200),
    CANCELLED(1, 499),
    UNKNOWN(2, 500),
    INVALID_ARGUMENT(3, 400),
    DEADLINE_EXCEEDED(4, 504),
    NOT_FOUND(5, 404),
    ALREADY_EXISTS(6, 409),
    PERMISSION_DENIED(7, 403),
    RESOURCE_EXHAUSTED(8, 429),
    FAILED_PRECONDITION(9, 400),
    ABORTED(10, 409),
    OUT_OF_RANGE(11, 400),
    UNIMPLEMENTED(12, 501),
    INTERNAL(13, 500),
    UNAVAILABLE(14, 503),
    DATA_LOSS(15, 500),
    UNAUTHENTICATED(16, 401);

    public final int code;
    public final int httpStatus;

    GrpcCode(int code, int httpStatus) {
        this.code = code;
        this.httpStatus = httpStatus;
    }

    public static GrpcCode of(int code) {
        return Arrays.stream(values()).filter(c -> c.code == code).findFirst().orElse(UNKNOWN);
    }

    /** The code a server would most likely have meant by an HTTP status that came without a body we understand. */
    public static GrpcCode forHttpStatus(int status) {
        return switch (status) {
            case 400 -> INVALID_ARGUMENT;
            case 401 -> UNAUTHENTICATED;
            case 403 -> PERMISSION_DENIED;
            case 404 -> NOT_FOUND;
            case 409 -> ALREADY_EXISTS;
            case 412 -> FAILED_PRECONDITION;
            case 429 -> RESOURCE_EXHAUSTED;
            case 501 -> UNIMPLEMENTED;
            case 503 -> UNAVAILABLE;
            case 504 -> DEADLINE_EXCEEDED;
            default -> status >= 500 ? INTERNAL : UNKNOWN;
        };
    }
}
